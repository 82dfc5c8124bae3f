/**
 * The lines of a wide block: the labelled rows under the header, each read into a series of figures under the
 * period columns (scaled to the block's money unit), and the rows of the book's own ratios ("YoY %" under a
 * line), which are kept for the tie-out instead of being read as figures.
 */
import type { GuidanceItem } from "../settings";
import { lineGuidance, type OutlookColumn } from "./forecast-columns";
import type { Grid } from "../grid/types";
import type { Period } from "../periods/types";
import { lineCells, withLazyCells } from "./cells";
import { computedHeader, type ComputedHeader } from "./computed";
import { addressAt, refAt, report, type ReadContext } from "./context";
import { indentOf, type LineLabel, type LineMetric } from "./metrics";
import { readMessages } from "./messages";
import {
  CELL_BLANK,
  CELL_EXCEL_ERROR,
  CELL_NUMBER,
  cellText,
  readNumberCell,
  type NumberSlot,
} from "./numbers";
import { isMoneyUnit, moneyLine, rescale } from "./scale";
import type { MetricNature, Series, Unit } from "./types";
import { text, type LabelColumns } from "./wide-columns";

/** A row of the book's ratios: its grid row and the index (in `lines`) of the line above it that it is about. */
export interface RatioRow {
  row: number;
  def: ComputedHeader;
  line: number;
}

/** The labelled rows below the header (headings and blank rows kept as heading lines), and the ratio rows. */
export function collectLines(
  ctx: ReadContext,
  grid: Grid,
  headerRow: number,
  cols: LabelColumns,
  periodCols: readonly number[]
): { lines: LineLabel[]; lineRows: number[]; ratioRows: RatioRow[] } {
  const lines: LineLabel[] = [];
  const lineRows: number[] = [];
  const ratioRows: RatioRow[] = [];
  let lastFilled = -1;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const label = cols.label >= 0 ? text(row[cols.label]) : "";
    const id = cols.id >= 0 ? text(row[cols.id]).trim() : "";
    let filled = false;
    for (const c of periodCols) {
      const cell = row[c];
      if (cell !== undefined && cell !== "") {
        filled = true;
        break;
      }
    }
    if (label.trim() === "" && id === "") {
      if (filled) {
        const cell = addressAt(ctx, r, cols.label >= 0 ? cols.label : (periodCols[0] ?? 0));
        report(ctx, "info", "unknown-label", () => ({
          message: readMessages.unlabelledRow(cell),
          cell,
        }));
      } else {
        lines.push({ label: "", id: "", indent: 0, heading: true });
        lineRows.push(r);
      }
      continue;
    }
    // "YoY %" under a line: the book's ratio of the line above, not a line of figures
    const ratio = filled && id === "" && label.length <= 40 ? computedHeader(label) : null;
    if (ratio) {
      if (lastFilled >= 0) ratioRows.push({ row: r, def: ratio, line: lastFilled });
      continue;
    }
    if (filled) lastFilled = lines.length;
    lines.push({ label, id, indent: indentOf(label), heading: !filled });
    lineRows.push(r);
  }
  return { lines, lineRows, ratioRows };
}

/** What reading a line's figures needs besides the line. */
export interface LineReading {
  ctx: ReadContext;
  grid: Grid;
  periodCols: readonly number[];
  periods: readonly Period[];
  labelCol: number;
  base: Unit | null;
  /** Set once the block has said its money has no unit (one warning per block). */
  unitWarned: boolean;
  hasNumbers: boolean;
  slot: NumberSlot;
  /** The block's forecast columns and where the guidance read from them goes (absent: none). */
  outlook?: {
    columns: readonly OutlookColumn[];
    labelOf: (o: OutlookColumn) => string;
    guidance: GuidanceItem[];
  };
}

/** One line's series: its figures under the period columns, issues for the cells that are not numbers. */
export function readLine(
  at: LineReading,
  m: LineMetric,
  line: LineLabel,
  r: number,
  nature: MetricNature,
  lineUnit: Unit | null
): Series {
  const { ctx, periodCols, periods, labelCol, base, slot } = at;
  const row = at.grid[r] ?? [];
  const shownLabel = line.label.trim() !== "" ? line.label.trim() : line.id;
  let unit: Unit;
  let factor = 1;
  let fromScale = 1;
  let toScale = 1;
  if (nature === "flow" && isMoneyUnit(lineUnit)) {
    // one warning per range: a block below another without a unit says nothing new
    if (!lineUnit && !base && !at.unitWarned && !ctx.counts.has("unit-unknown")) {
      at.unitWarned = true;
      const cell = addressAt(ctx, r, labelCol);
      report(ctx, "warning", "unit-unknown", () => ({
        message: readMessages.unitUnknown(cell),
        cell,
        metric: m.metric,
      }));
    }
    ({ unit, factor, fromScale, toScale } = moneyLine(lineUnit, base));
  } else {
    unit = lineUnit ?? { scale: 1, label: "" };
  }
  if (m.unknownLabel) {
    const cell = addressAt(ctx, r, labelCol);
    report(ctx, "info", "unknown-label", () => ({
      message: readMessages.unknownLabel(cell, shownLabel, m.metric),
      cell,
      metric: m.metric,
    }));
  }
  const scaled = fromScale !== toScale;
  const values: (number | null)[] = new Array<number | null>(periodCols.length);
  let textAt: number[] | null = null;
  for (let j = 0; j < periodCols.length; j++) {
    const c = periodCols[j] as number;
    const cell = row[c];
    if (typeof cell === "number" && cell - cell === 0) {
      values[j] = scaled ? rescale(cell, fromScale, toScale) : cell;
      at.hasNumbers = true;
      continue;
    }
    const status = readNumberCell(cell, slot);
    if (status === CELL_NUMBER) {
      values[j] = scaled ? rescale(slot.value, fromScale, toScale) : slot.value;
      at.hasNumbers = true;
      // a number typed as text
      (textAt ??= []).push(j);
      continue;
    }
    values[j] = null;
    if (status === CELL_BLANK) continue;
    const period = (periods[j] as Period).label;
    report(ctx, "error", status === CELL_EXCEL_ERROR ? "excel-error" : "not-a-number", () => {
      const address = addressAt(ctx, r, c);
      const message =
        status === CELL_EXCEL_ERROR
          ? readMessages.excelError(address, cellText(cell).trim(), shownLabel, period)
          : readMessages.notANumber(address, cellText(cell), shownLabel, period);
      return { message, cell: address, metric: m.metric, period };
    });
  }
  if (at.outlook) {
    const toLine = (v: number): number => (scaled ? rescale(v, fromScale, toScale) : v);
    const { columns, labelOf, guidance } = at.outlook;
    guidance.push(...lineGuidance(row, columns, m.metric, toLine, labelOf, slot));
  }
  const s = withLazyCells(
    { metric: m.metric, label: shownLabel, nature, unit, values, factor },
    lineCells(refAt(ctx, r, 0), ctx.transposed, periodCols, textAt)
  );
  if (m.parent !== undefined) s.parent = m.parent;
  if (m.unknownLabel) s.unknownLabel = true;
  return s;
}
