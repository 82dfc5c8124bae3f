/**
 * Reading a long table: one row per period (or date) × metric [× segment] with an amount [and a unit]. The steps,
 * one file each under `long/`: the records (series and period of each row), the period slots, the metric names,
 * the figures filed by series and slot, the ledger roll-up into output periods, and the check of years against
 * their halves.
 */
import type { Grid } from "../grid/types";
import type { Settings } from "../settings";
import { addressAt, report, type ReadContext } from "./context";
import type { LongColumns } from "./layout";
import { checkYearsOfHalves, yearsOfHalves } from "./long/agree";
import { fileFigures } from "./long/figures";
import { rollUp, type Column } from "./long/ledger";
import { longLabel, nameSeries } from "./long/naming";
import { amountReader, readRecords } from "./long/records";
import { outlookRows } from "./long/outlook";
import { assignSlots } from "./long/slots";
import type { GuidanceItem } from "../settings";
import { readMessages } from "./messages";
import type { NumberSlot } from "./numbers";
import { chooseMoneyBase, isMoneyUnit, moneyLine, rescale } from "./scale";
import type { Series, Unit } from "./types";
import { findUnitNote } from "./units";
import { structureSeries, type SeriesPlace } from "./structure-apply";
import type { BlockRead } from "./wide";
import { withLazyCells } from "./cells";

export { longLabel, longMetric } from "./long/naming";

/** The money note of a long table: in the title rows, or in the amount column's header ("Amount (USD m)"). */
function noteOf(grid: Grid, headerRow: number, cols: LongColumns): Unit | null {
  let note: Unit | null = null;
  for (let r = 0; r < headerRow && !note; r++)
    for (const cell of grid[r] ?? []) note ??= findUnitNote(cell);
  return note ?? findUnitNote(grid[headerRow]?.[cols.amount]);
}

/**
 * Read a long table. Monthly rows roll up into fiscal quarters and, when all four quarters are there, fiscal
 * years: flows are summed (a quarter needs its three months), stocks and rates take the last month of the quarter.
 * A second row for the same metric and period is reported and ignored. Quarters, halves and years given side by
 * side are kept as given; a year whose halves do not add up to it is n.m. (see `long/agree.ts`).
 */
export function readLong(
  ctx: ReadContext,
  grid: Grid,
  headerRow: number,
  cols: LongColumns,
  settings: Settings
): BlockRead {
  // the issues from here on are this table's own: the structure step re-points only these
  const from = ctx.issues.length;
  const slot: NumberSlot = { value: 0 };
  const rec = readRecords(grid, headerRow, cols);
  const amountAt = amountReader(grid, cols, rec, slot);
  const slots = assignSlots(ctx, rec, cols, settings);
  const { metrics, natures, fixed } = nameSeries(
    rec.seriesLabel,
    rec.seriesSegment,
    rec.seriesUnit,
    settings
  );
  const base = chooseMoneyBase(
    noteOf(grid, headerRow, cols),
    natures.map((nat, s) =>
      nat === "flow" && isMoneyUnit(rec.seriesUnit[s] ?? null) ? (rec.seriesUnit[s] ?? null) : null
    ),
    settings
  );
  const shownLabel = (s: number): string =>
    longLabel(rec.seriesLabel[s] ?? "", rec.seriesSegment[s] ?? "");
  const figures = fileFigures({
    ctx,
    grid,
    cols,
    rec,
    slots,
    natures,
    metricOf: (s) => metrics[s]?.metric,
    shownLabel,
    amountAt,
    slot,
  });
  const roll = rollUp(ctx, grid, cols, slots, figures, natures, amountAt, slot);
  const { columns } = roll;
  const periods = columns.map((c) => c.period);
  const halvesToCheck = yearsOfHalves(periods);
  const like = slots.periods.find((p) => p.kind !== "month")?.label;
  const outlook = outlookRows(rec, slots, slots.calendar, like, amountAt, slot);
  const guidance: GuidanceItem[] = [];

  const series: Series[] = [];
  const places: SeriesPlace[] = [];
  let unitWarned = false;
  metrics.forEach((m, s) => {
    const nature = natures[s] ?? "flow";
    const lineUnit = rec.seriesUnit[s] ?? null;
    let unit: Unit = lineUnit ?? { scale: 1, label: "" };
    let factor = 1;
    let fromScale = 1;
    let toScale = 1;
    const labelCell = addressAt(ctx, rec.seriesFirstRow[s] as number, cols.metric);
    places.push({
      indent: 0,
      cell: labelCell,
      fixed: fixed[s] ?? true,
      afterBreak: false,
    });
    if (nature === "flow" && isMoneyUnit(lineUnit)) {
      if (!lineUnit && !base && !unitWarned) {
        unitWarned = true;
        report(ctx, "warning", "unit-unknown", () => ({
          message: readMessages.unitUnknown(labelCell),
          cell: labelCell,
          metric: m.metric,
        }));
      }
      ({ unit, factor, fromScale, toScale } = moneyLine(lineUnit, base));
    }
    if (m.unknownLabel) {
      report(ctx, "info", "unknown-label", () => ({
        message: readMessages.unknownLabel(labelCell, rec.seriesLabel[s] ?? "", m.metric),
        cell: labelCell,
        metric: m.metric,
      }));
    }
    const values = new Array<number | null>(columns.length);
    roll.load(s);
    for (let j = 0; j < columns.length; j++) {
      const v = roll.valueIn(columns[j] as Column, s);
      values[j] = v === null ? null : rescale(v, fromScale, toScale);
    }
    if (halvesToCheck.length > 0) {
      checkYearsOfHalves(
        ctx,
        halvesToCheck,
        values,
        nature,
        { metric: m.metric, label: shownLabel(s) },
        (j) => roll.cellIn(columns[j] as Column, s),
        (j) => (periods[j] as { label: string }).label,
        factor
      );
    }
    if (outlook) {
      const toLine = (v: number): number => rescale(v, fromScale, toScale);
      guidance.push(...outlook.guidanceOf(s, m.metric, toLine));
    }
    // cells are built when first read (formulas, issues): most reads never look at them
    series.push(
      withLazyCells(
        {
          metric: m.metric,
          label: shownLabel(s),
          nature,
          unit,
          values,
          factor,
          ...(m.unknownLabel ? { unknownLabel: true } : {}),
        },
        () => columns.map((col) => roll.cellIn(col, s))
      )
    );
  });
  structureSeries(ctx, series, places, from);
  const read: BlockRead = {
    calendar: slots.calendar,
    calendarInferred: slots.inferred,
    periods,
    series,
    money: base ?? { scale: 1, label: "" },
    hasNumbers: figures.hasNumbers,
  };
  if (guidance.length > 0) read.guidance = guidance;
  return read;
}
