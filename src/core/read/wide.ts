import type { Grid } from "../grid/types";
import { periodKey } from "../periods";
import type { GuidanceItem } from "../settings";
import { addressAt } from "./context";
import { guidanceLabel, reportOutlooks, type OutlookColumn } from "./forecast-columns";
import { structureSeries, type SeriesPlace } from "./structure-apply";
import type { FiscalCalendar, Period } from "../periods/types";
import type { Settings } from "../settings";
import { DEFAULT_CALENDAR, periodParser } from "./calendar";
import type { ReadContext } from "./context";
import { labelOverrides } from "./label-map";
import { mapLines, natureOf, stockMetric, type LineLabel } from "./metrics";
import { chooseMoneyBase, isMoneyUnit } from "./scale";
import type { BookRatio, Series, Unit } from "./types";
import { readPColumns, type NoteScope } from "./p-mark";
import { resolveToDate } from "./to-date";
import { parseUnitCell } from "./units";
import { classifyLabelColumns, unitInLabel } from "./wide-columns";
import {
  computedColumns,
  findNote,
  headerCalendar,
  periodCandidates,
  periodColumns,
  warnUnknownHeaders,
} from "./wide-header";
import { bookRatiosOf } from "./wide-ratios";
import { blockRuns, blockTitle, segmentRuns, type OpenRun } from "./segment-runs";
import { collectLines, readLine, type LineReading } from "./wide-rows";

/** What a block of figures yields before it becomes a Dataset. */
export interface BlockRead {
  calendar: FiscalCalendar;
  calendarInferred: boolean;
  periods: Period[];
  series: Series[];
  money: Unit;
  /** False when no cell under the periods held a number. */
  hasNumbers: boolean;
  /** Guidance read from the block's forecast columns (see `forecast-columns.ts`). */
  guidance?: GuidanceItem[];
  /** The unit note the block's money was read in (its own, or the one it was given), null when none. */
  note?: Unit | null;
  /** The book's own ratios found in the block. */
  bookRatios?: BookRatio[];
  /** Its runs of lines when none repeats another inside it: segment tables are decided across the blocks. */
  runs?: OpenRun[];
}

/** How a block of a range with several blocks is read: the range's calendar, the note of the block above. */
export interface BlockOptions {
  calendar?: { calendar: FiscalCalendar; inferred: boolean };
  note?: Unit | null;
  /** The whole range the block is part of: a note saying what a `P` mark stands for may sit anywhere in it. */
  range?: NoteScope;
}

/** The grid with the header's bare year-to-date cells (`2026年2月期 累計`) named by their quarters. */
function withToDate(grid: Grid, headerRow: number): Grid {
  const header = grid[headerRow];
  if (!header) return grid;
  const resolved = resolveToDate(header, periodParser(DEFAULT_CALENDAR));
  if (resolved === header) return grid;
  const out = grid.slice();
  out[headerRow] = resolved;
  return out;
}

/**
 * Read a wide block (metrics in rows, periods across) whose period labels are in `headerRow`.
 * Tall blocks come here transposed (see ReadContext.transposed).
 */
export function readWide(
  ctx: ReadContext,
  given: Grid,
  headerRow: number,
  settings: Settings,
  options: BlockOptions = {}
): BlockRead {
  // the issues from here on are this block's own: the structure step re-points only these
  const from = ctx.issues.length;
  const grid = withToDate(given, headerRow);
  const header = grid[headerRow] ?? [];
  const candidates = periodCandidates(header, settings);
  const { calendar, inferred } = options.calendar ?? headerCalendar(header, candidates, settings);
  const parse = periodParser(calendar);
  const firstPeriodCol = candidates[0] ?? header.length;
  const { periodCols, periods, outlooks } = periodColumns(
    ctx,
    header,
    headerRow,
    candidates,
    parse,
    readPColumns(ctx, grid, headerRow, candidates, parse, options.range)
  );
  const like = periods[0]?.label;
  const outlookLabel = (o: OutlookColumn): string => guidanceLabel(o.period, calendar, like);
  reportOutlooks(ctx, headerRow, outlooks, outlookLabel);
  const guidance: GuidanceItem[] = [];
  const computed = computedColumns(header, periodCols, periods);
  const cols = classifyLabelColumns(grid, headerRow, firstPeriodCol);
  const skip = new Set(candidates);
  for (const col of computed) skip.add(col.col);
  warnUnknownHeaders(ctx, grid, headerRow, skip, firstPeriodCol, cols);

  const note = findNote(grid, headerRow, firstPeriodCol) ?? options.note ?? null;
  const { lines, lineRows, ratioRows } = collectLines(ctx, grid, headerRow, cols, periodCols);
  const overrideOf = labelOverrides(settings.labelMap);
  const mapped = mapLines(lines, overrideOf);
  const labelCol = cols.label >= 0 ? cols.label : cols.id;
  const cellOf = (r: number, c: number): string => addressAt(ctx, r, c);
  const runs = blockRuns(
    lines,
    mapped,
    (i) => cellOf(lineRows[i] as number, labelCol),
    blockTitle(grid, headerRow, cols.label, cellOf)
  );

  // Units.
  const lineUnits: (Unit | null)[] = lines.map((line, i) => {
    const r = lineRows[i] as number;
    return (cols.unit >= 0 ? parseUnitCell(grid[r]?.[cols.unit]) : null) ?? unitInLabel(line.label);
  });
  const natures = mapped.map((m, i) =>
    m ? natureOf(m.metric, lines[i]?.label ?? "", lineUnits[i] ?? null) : "flow"
  );
  mapped.forEach((m, i) => {
    if (m?.unknownLabel && natures[i] === "stock") m.metric = stockMetric(lines[i]?.label ?? "");
  });
  const moneyUnits = mapped.map((m, i) =>
    m && natures[i] === "flow" && isMoneyUnit(lineUnits[i] ?? null) ? (lineUnits[i] ?? null) : null
  );
  const base = chooseMoneyBase(note, moneyUnits, settings);

  const at: LineReading = {
    ctx,
    grid,
    periodCols,
    periods,
    labelCol,
    base,
    unitWarned: false,
    hasNumbers: false,
    slot: { value: 0 },
  };
  if (outlooks.length > 0) at.outlook = { columns: outlooks, labelOf: outlookLabel, guidance };
  const series: Series[] = [];
  const places: SeriesPlace[] = [];
  const keepLines = computed.length > 0 || ratioRows.length > 0;
  const lineSeries: (Series | null)[] = new Array<Series | null>(lines.length).fill(null);
  mapped.forEach((m, i) => {
    if (!m) return;
    const s = readLine(
      at,
      m,
      lines[i] as LineLabel,
      lineRows[i] as number,
      natures[i] ?? "flow",
      lineUnits[i] ?? null
    );
    const line = lines[i] as LineLabel;
    places.push({
      indent: line.indent,
      cell: addressAt(ctx, lineRows[i] as number, at.labelCol),
      // the series' label is the line as shown (its label, else its id)
      fixed: line.id !== "" || overrideOf(s.label) !== null,
      afterBreak: lines[i - 1]?.heading === true,
    });
    series.push(s);
    lineSeries[i] = s;
  });
  const money = base ?? { scale: 1, label: "" };
  // several tables titled by segment, repeating the same lines: each is its segment's
  const open: OpenRun[] = runs.map((run) => ({
    title: run.title,
    cell: run.cell,
    series: run.lines.flatMap((i) => lineSeries[i] ?? []),
    periods: periods.map(periodKey),
    scale: money.scale,
  }));
  const parts: { series: Series[]; guidance?: GuidanceItem[] } = { series, guidance };
  const tables = segmentRuns(ctx, [
    { read: parts, runs: open, issues: { from, to: ctx.issues.length } },
  ]);
  // a segment table's lines are the segment's, whatever their figures add up to
  series.forEach((s, k) => {
    if (tables.inTable.has(s)) (places[k] as SeriesPlace).fixed = true;
  });
  structureSeries(ctx, series, places, from);
  const read: BlockRead = {
    calendar,
    calendarInferred: inferred,
    periods,
    series,
    money,
    hasNumbers: at.hasNumbers,
    note,
  };
  if (parts.guidance && parts.guidance.length > 0) read.guidance = parts.guidance;
  if (tables.open && open.length > 0) read.runs = open;
  if (keepLines)
    read.bookRatios = bookRatiosOf(ctx, grid, computed, ratioRows, lineSeries, lineRows, {
      periodCols,
      periods,
    });
  return read;
}
