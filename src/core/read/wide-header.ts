/**
 * The header line of a wide block: which cells are periods (under the calendar the labels imply), which are
 * the book's own ratios ("YoY%", "CAGR %"), which head figures without being either (a warning), and the unit
 * note written above or beside it.
 */
import { figureStatus } from "../periods/annotations";
import type { OutlookColumn } from "./forecast-columns";
import type { CellValue, Grid } from "../grid/types";
import { periodKey } from "../periods";
import type { FiscalCalendar, Period } from "../periods/types";
import type { Settings } from "../settings";
import { chooseCalendar, DEFAULT_CALENDAR, periodParser } from "./calendar";
import { computedHeader, type ComputedHeader } from "./computed";
import { addressAt, report, type ReadContext } from "./context";
import { readMessages } from "./messages";
import type { PReading } from "./p-mark";
import { CELL_NUMBER, readNumberCell, type NumberSlot } from "./numbers";
import type { Unit } from "./types";
import { findUnitNote, parseUnitCell } from "./units";
import type { LabelColumns } from "./wide-columns";

const NON_PERIOD_HEADERS =
  /^(units?|notes?|comments?|remarks?|source|memo|id|label|code|account( code)?|no\.?|#|item|単位|備考|注記|摘要|科目|コード)$/i;

/** A year-to-date word ending a header (`累計`, `2026年2月期 累計`, `YTD`). */
const TO_DATE_WORD = /(累計|\bYTD|\bcumulative|\byear[- ]to[- ]date)$/i;

/**
 * The header cells that are period labels: those the default calendar reads, and labels that are periods only
 * under the calendar the header implies or the settings give ("Nine Months Ended June 29, 2024" closes the third
 * quarter of a September year). Column indexes in order.
 */
export function periodCandidates(header: readonly CellValue[], settings: Settings): number[] {
  const probe = periodParser(DEFAULT_CALENDAR);
  const candidates: number[] = [];
  const others: number[] = [];
  header.forEach((cell, c) => {
    if (probe(cell) !== null) candidates.push(c);
    else if (typeof cell === "string" && /\d/.test(cell)) others.push(c);
  });
  if (others.length > 0) {
    const implied = periodParser(chooseCalendar(header as CellValue[], settings).calendar);
    for (const c of others) if (implied(header[c]) !== null) candidates.push(c);
    candidates.sort((a, b) => a - b);
  }
  return candidates;
}

/** The calendar of a header's period labels (or the one given for the whole range). */
export function headerCalendar(
  header: readonly CellValue[],
  candidates: readonly number[],
  settings: Settings
): { calendar: FiscalCalendar; inferred: boolean } {
  return chooseCalendar(
    candidates.map((c) => header[c] as CellValue),
    settings
  );
}

/** Period columns and their periods, the first of each period kept (a repeat is an error naming both cells). */
export function periodColumns(
  ctx: ReadContext,
  header: readonly CellValue[],
  headerRow: number,
  candidates: readonly number[],
  parse: (cell: CellValue | undefined) => Period | null,
  pReadings: ReadonlyMap<number, PReading> = new Map()
): { periodCols: number[]; periods: Period[]; outlooks: OutlookColumn[] } {
  const periodCols: number[] = [];
  const periods: Period[] = [];
  const outlooks: OutlookColumn[] = [];
  const firstByKey = new Map<string, number>();
  for (const c of candidates) {
    const p = parse(header[c]);
    if (!p) continue;
    // a forecast or plan column ("通期予想", "FY25E", "Guidance") is guidance, never an actual; a `P` column is
    // read as the range says, and left out when it does not say (see `p-mark.ts`)
    const reading = pReadings.get(c);
    if (reading === "unclear") continue;
    const status = reading ?? figureStatus(header[c]);
    if (status !== "actual") {
      outlooks.push({ at: c, period: p, status });
      continue;
    }
    const key = periodKey(p);
    const first = firstByKey.get(key);
    if (first !== undefined) {
      report(ctx, "error", "duplicate-period", () => ({
        message: readMessages.duplicatePeriod(
          addressAt(ctx, headerRow, c),
          p.label,
          addressAt(ctx, headerRow, first)
        ),
        cell: addressAt(ctx, headerRow, c),
        period: p.label,
      }));
      continue;
    }
    firstByKey.set(key, c);
    periodCols.push(c);
    periods.push(p);
  }
  return { periodCols, periods, outlooks };
}

/** A column headed by one of the book's own ratios, with the periods it refers to as far as the layout says. */
export interface ComputedColumn {
  col: number;
  def: ComputedHeader;
  /** The period the ratio is about: the nearest period column at its left (the last year for a CAGR). */
  period?: Period;
  /** The period compared with: the second nearest at its left ("% change"), the first year (CAGR). */
  base?: Period;
}

/** Whether a change from `base` to `period` is a plain comparison: same kind of period, the base before. */
function comparable(base: Period, period: Period | undefined): boolean {
  return period !== undefined && base.kind === period.kind && base.end < period.start;
}

/** The header's computed columns ("YoY%", "CAGR %" …) and the periods each refers to. */
export function computedColumns(
  header: readonly CellValue[],
  periodCols: readonly number[],
  periods: readonly Period[]
): ComputedColumn[] {
  const out: ComputedColumn[] = [];
  for (let c = 0; c < header.length; c++) {
    const def = computedHeader(header[c]);
    if (!def) continue;
    const col: ComputedColumn = { col: c, def };
    let nearest = -1;
    for (let j = 0; j < periodCols.length && (periodCols[j] as number) < c; j++) nearest = j;
    if (def.compares === "cagr") {
      // over the block's first and last years, when the block holds years only
      if (periods.length >= 2 && periods.every((p) => p.kind === "year")) {
        col.base = periods[0];
        col.period = periods[periods.length - 1];
      }
    } else if (nearest >= 0) {
      col.period = periods[nearest];
      const before = nearest >= 1 ? periods[nearest - 1] : undefined;
      // two periods of one kind, the earlier first: "% change" compares them; else which ones is not clear
      if (def.compares === "adjacent" && before && comparable(before, col.period))
        col.base = before;
    }
    out.push(col);
  }
  return out;
}

function hasNumberBelow(grid: Grid, headerRow: number, c: number, slot: NumberSlot): boolean {
  for (let r = headerRow + 1; r < grid.length; r++) {
    if (readNumberCell(grid[r]?.[c], slot) === CELL_NUMBER) return true;
  }
  return false;
}

/**
 * Header cells that are not periods (nor the book's ratios) but head figures: among or after the periods, or
 * before them when the column is not one of the label columns (a first period mistyped "1Q0O"). A warning each.
 */
export function warnUnknownHeaders(
  ctx: ReadContext,
  grid: Grid,
  headerRow: number,
  skip: ReadonlySet<number>,
  firstPeriodCol: number,
  cols: LabelColumns
): void {
  const header = grid[headerRow] ?? [];
  const slot: NumberSlot = { value: 0 };
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    if (
      skip.has(c) ||
      typeof cell !== "string" ||
      cell.trim() === "" ||
      NON_PERIOD_HEADERS.test(cell.trim())
    )
      continue;
    if (c < firstPeriodCol && (c === cols.id || c === cols.label || c === cols.unit)) continue;
    if (parseUnitCell(cell) || findUnitNote(cell) || !hasNumberBelow(grid, headerRow, c, slot))
      continue;
    const toDate = TO_DATE_WORD.test(cell.trim());
    report(ctx, "warning", "unknown-period", () => ({
      message: (toDate ? readMessages.unknownToDate : readMessages.unknownPeriod)(
        addressAt(ctx, headerRow, c),
        cell.trim()
      ),
      cell: addressAt(ctx, headerRow, c),
    }));
  }
}

/** The first unit note ("JPY in millions") in the title rows or the header row's label cells. */
export function findNote(grid: Grid, headerRow: number, firstPeriodCol: number): Unit | null {
  for (let r = 0; r <= headerRow; r++) {
    const row = grid[r] ?? [];
    const width = r === headerRow ? firstPeriodCol : row.length;
    for (let c = 0; c < width; c++) {
      const unit = findUnitNote(row[c]);
      if (unit) return unit;
    }
  }
  return null;
}
