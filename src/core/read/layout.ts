import type { CellValue, Grid } from "../grid/types";
import type { Period } from "../periods/types";
import { CELL_NUMBER, readNumberCell, type NumberSlot } from "./numbers";
import { parseUnitCell } from "./units";
import { labelGrids } from "./layout-labels";

/** How far the reader looks for a header: title rows rarely exceed this. */
export const HEADER_SCAN_ROWS = 50;
export const HEADER_SCAN_COLS = 50;
/** Rows sampled when classifying columns. */
export const SAMPLE_ROWS = 500;

type Parse = (cell: CellValue | undefined) => Period | null;

/** Column roles of a long table (one row per period × metric [× segment]). -1 when absent. */
export interface LongColumns {
  period: number;
  metric: number;
  segment: number;
  amount: number;
  unit: number;
}

/** Cells of a line of period labels: a row's columns, or a column's rows (zero-based, within the grid). */
export interface LabelSpan {
  index: number;
  first: number;
  last: number;
}

export type LayoutGuess =
  | { layout: "wide"; headerRow: number }
  | { layout: "tall"; headerCol: number }
  | { layout: "long"; headerRow: number; columns: LongColumns }
  /** Numbers read as periods both across a row and down a column, and no text says which: not guessed. */
  | { layout: "ambiguous"; row: LabelSpan; col: LabelSpan };

function countRow(row: CellValue[] | undefined, parse: Parse): number {
  if (!row) return 0;
  let n = 0;
  for (const cell of row) if (parse(cell) !== null) n++;
  return n;
}

function countCol(grid: Grid, c: number, rows: number, parse: Parse): number {
  let n = 0;
  for (let r = 0; r < rows; r++) if (parse(grid[r]?.[c]) !== null) n++;
  return n;
}

/** First index whose count is close to the best: header rows precede data rows, whose numbers may look like years. */
function pickHeader(counts: number[]): { index: number; count: number } {
  const max = Math.max(0, ...counts);
  if (max === 0) return { index: -1, count: 0 };
  const threshold = max >= 2 ? Math.max(2, Math.ceil(max / 2)) : 1;
  const index = counts.findIndex((n) => n >= threshold);
  return { index, count: counts[index] ?? 0 };
}

/** The row of period labels of a wide block (-1 when none) and how many labels it holds. */
export function findPeriodRow(grid: Grid, parse: Parse): { index: number; count: number } {
  const rows = Math.min(grid.length, HEADER_SCAN_ROWS);
  const counts: number[] = [];
  for (let r = 0; r < rows; r++) {
    const n = countRow(grid[r], parse);
    counts.push(n);
    // A row made mostly of period labels is the header: the rows below it are figures.
    if (n >= 2 && n * 2 >= filledCount(grid[r])) return { index: r, count: n };
  }
  return pickHeader(counts);
}

function filledCount(row: CellValue[] | undefined): number {
  let n = 0;
  for (const cell of row ?? []) if (cell !== "") n++;
  return n;
}

/** The column of period labels of a tall block (-1 when none) and how many labels it holds (in the sampled rows). */
export function findPeriodCol(grid: Grid, parse: Parse): { index: number; count: number } {
  const cols = Math.min(grid[0]?.length ?? 0, HEADER_SCAN_COLS);
  const rows = Math.min(grid.length, SAMPLE_ROWS);
  const counts: number[] = [];
  for (let c = 0; c < cols; c++) counts.push(countCol(grid, c, rows, parse));
  return pickHeader(counts);
}

const LONG_HEADERS: Record<keyof LongColumns, ReadonlySet<string>> = {
  period: new Set([
    "date",
    "period",
    "month",
    "quarter",
    "fiscal period",
    "period end",
    "as of",
    "fiscal quarter",
    "fiscal month",
    "fiscal year",
    "period ending",
    "period end date",
    "posting date",
    "transaction date",
    "invoice date",
    "日付",
    "年月",
    "期間",
    "決算期",
    "月",
  ]),
  metric: new Set([
    "metric",
    "account",
    "item",
    "line item",
    "kpi",
    "measure",
    "name",
    "metric id",
    "id",
    "科目",
    "勘定科目",
    "項目",
  ]),
  segment: new Set([
    "segment",
    "division",
    "business",
    "business segment",
    "region",
    "セグメント",
    "事業",
    "部門",
  ]),
  amount: new Set([
    "amount",
    "value",
    "actual",
    "actuals",
    "figure",
    "net amount",
    "金額",
    "値",
    "実績",
  ]),
  unit: new Set(["unit", "units", "currency", "単位", "通貨"]),
};

/** A header as compared with the names above: NFKC, lower case, no trailing colon, no unit in brackets ("Amount (USD m)"). */
function headerText(cell: CellValue | undefined): string {
  return typeof cell === "string"
    ? cell
        .normalize("NFKC")
        .trim()
        .toLowerCase()
        .replace(/[:：]$/, "")
        .replace(/\s*[(（[][^)）\]]*[)）\]]$/u, "")
        .trim()
    : "";
}

/** A long table's header row: names a period/date column, a metric/account column and an amount column. */
export function findLongHeader(grid: Grid): { headerRow: number; columns: LongColumns } | null {
  const rows = Math.min(grid.length, 20);
  for (let r = 0; r < rows; r++) {
    const row = grid[r] ?? [];
    const cols: LongColumns = { period: -1, metric: -1, segment: -1, amount: -1, unit: -1 };
    row.forEach((cell, c) => {
      const t = headerText(cell);
      for (const role of Object.keys(LONG_HEADERS) as (keyof LongColumns)[]) {
        if (cols[role] === -1 && LONG_HEADERS[role].has(t)) {
          cols[role] = c;
          break;
        }
      }
    });
    if (cols.period >= 0 && cols.metric >= 0 && cols.amount >= 0)
      return { headerRow: r, columns: cols };
  }
  return null;
}

/** Whether the sampled cells of a period column repeat a period: the mark of a long table. */
function repeatsPeriods(grid: Grid, c: number, parse: Parse): boolean {
  const seen = new Set<string>();
  const rows = Math.min(grid.length, SAMPLE_ROWS);
  for (let r = 0; r < rows; r++) {
    const p = parse(grid[r]?.[c]);
    if (!p) continue;
    const key = `${p.start}/${p.end}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** Guess the roles of a long table's columns when its header does not name them. */
function guessLongColumns(grid: Grid, periodCol: number, headerRow: number): LongColumns {
  const width = grid[0]?.length ?? 0;
  const rows = Math.min(grid.length, headerRow + 1 + SAMPLE_ROWS);
  const slot: NumberSlot = { value: 0 };
  const cols: LongColumns = { period: periodCol, metric: -1, segment: -1, amount: -1, unit: -1 };
  for (let c = 0; c < width; c++) {
    if (c === periodCol) continue;
    let numbers = 0;
    let units = 0;
    let texts = 0;
    let filled = 0;
    for (let r = headerRow + 1; r < rows; r++) {
      const cell = grid[r]?.[c];
      if (cell === undefined || cell === "") continue;
      filled++;
      if (readNumberCell(cell, slot) === CELL_NUMBER) numbers++;
      else if (parseUnitCell(cell)) units++;
      else if (typeof cell === "string") texts++;
    }
    if (filled === 0) continue;
    if (numbers / filled >= 0.5) cols.amount = c;
    else if (units / filled >= 0.6 && cols.unit === -1) cols.unit = c;
    else if (texts > 0 && cols.metric === -1) cols.metric = c;
    else if (texts > 0 && cols.segment === -1) cols.segment = c;
  }
  return cols;
}

/** The first and last cells of a row (or column, `across` false) that read as periods. */
function spanOf(grid: Grid, index: number, across: boolean, parse: Parse): LabelSpan {
  let first = -1;
  let last = -1;
  const n = across ? (grid[index]?.length ?? 0) : Math.min(grid.length, SAMPLE_ROWS);
  for (let i = 0; i < n; i++) {
    if (parse(across ? grid[index]?.[i] : grid[i]?.[index]) === null) continue;
    if (first < 0) first = i;
    last = i;
  }
  return { index, first, last };
}

/** The row and the column of period labels, each found in the grid of the labels it may hold. */
export interface PeriodHeaders {
  /** The grid masked for rows (numbers that cannot head a row are no labels) and the header row found in it. */
  rowGrid: Grid;
  row: { index: number; count: number };
  /** The same for columns. */
  colGrid: Grid;
  col: { index: number; count: number };
  /** Clear labels (text, numbers formatted as dates) in a row or in a column. */
  clear: boolean;
}

/**
 * The header row and column of period labels as the layout decides them (`layout-labels.ts`): numbers that read
 * as periods count only in a header position, years consistent, serials not formatted as numbers, and not at
 * all when the other way holds clear labels. `detectLayout` and the sheet's Detect (`detect.ts`) both use it.
 */
export function findPeriodHeaders(
  grid: Grid,
  parse: Parse,
  numberFormats?: string[][]
): PeriodHeaders {
  const labels = labelGrids(grid, SAMPLE_ROWS, parse, numberFormats);
  // clear labels one way: numbers the other way are figures
  const clearRows = labels.clearInRow >= 2;
  const clearCols = labels.clearInCol >= 2;
  const rowGrid = clearCols && !clearRows ? labels.clear() : labels.rows();
  const colGrid = clearRows && !clearCols ? labels.clear() : labels.cols();
  return {
    rowGrid,
    row: findPeriodRow(rowGrid, parse),
    colGrid,
    col: findPeriodCol(colGrid, parse),
    clear: clearRows || clearCols,
  };
}

/**
 * Which way the figures run. Long when a header names date/period, metric and amount columns (or a
 * period column repeats its periods); wide when a row holds at least as many period labels as any column;
 * tall otherwise. Null when no period label is found.
 *
 * Figures may read as periods (a revenue of 2024, a 45,000 that is an Excel date), so a number counts as a period
 * label only where a header can be (`layout-labels.ts`): not when the other way has clear labels (text, or
 * numbers formatted as dates), and otherwise only at the head of the figures, years consistent, serials not
 * formatted as numbers. Numbers both across a row and down a column with no text to settle it: ambiguous.
 * `headers`, when given, are `findPeriodHeaders` of the same grid and formats (a caller that needs them too).
 */
export function detectLayout(
  grid: Grid,
  parse: Parse,
  numberFormats?: string[][],
  headers?: PeriodHeaders
): LayoutGuess | null {
  const long = findLongHeader(grid);
  if (long) return { layout: "long", headerRow: long.headerRow, columns: long.columns };
  const { rowGrid, colGrid, row, col, clear } =
    headers ?? findPeriodHeaders(grid, parse, numberFormats);
  if (!clear && row.count >= 2 && col.count >= 2)
    return {
      layout: "ambiguous",
      row: spanOf(rowGrid, row.index, true, parse),
      col: spanOf(colGrid, col.index, false, parse),
    };
  // A header row with more labels than the sampled rows of any column can hold settles it: wide.
  if (row.index >= 0 && row.count >= Math.min(grid.length, SAMPLE_ROWS))
    return { layout: "wide", headerRow: row.index };
  if (row.index < 0 && col.index < 0) return null;
  if (col.index >= 0 && col.count > row.count) {
    if (repeatsPeriods(grid, col.index, parse)) {
      let first = 0;
      while (first < grid.length && parse(grid[first]?.[col.index]) === null) first++;
      const headerRow = first - 1;
      const columns = guessLongColumns(grid, col.index, headerRow);
      if (columns.metric >= 0 && columns.amount >= 0) return { layout: "long", headerRow, columns };
    }
    return { layout: "tall", headerCol: col.index };
  }
  return { layout: "wide", headerRow: row.index };
}
