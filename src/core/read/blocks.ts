/**
 * The blocks of a range: each table of figures with its own header of periods. A row of period labels below
 * the first header starts a new block (tables stacked); a column of labels to the right of period columns
 * starts a new band of blocks (tables side by side). Works on the grid as read (a tall range transposed), so a
 * column of periods starts a block in a periods-in-rows layout.
 *
 * A range with one table is one block spanning it, found with one pass over the rows that stops at each row's
 * first figure.
 */
import type { CellValue, Grid } from "../grid/types";
import type { Period } from "../periods/types";
import type { Settings } from "../settings";
import { computedHeader } from "./computed";
import { joinHeaderRows } from "./header-rows";
import { HEADER_SCAN_ROWS, SAMPLE_ROWS } from "./layout";
import { isBlankText, parseNumberText } from "./numbers";
import { findUnitNote, parseUnitCell } from "./units";

type Parse = (cell: CellValue | undefined) => Period | null;

/** One block: rows [top, end) and columns [left, right] of the grid, its header row. */
export interface BlockSpan {
  top: number;
  end: number;
  left: number;
  right: number;
  headerRow: number;
  /** True when the header is written over two rows: the row above it names what the labels below are. */
  joined?: boolean;
}

function isYear(cell: number): boolean {
  return Number.isInteger(cell) && cell >= 1900 && cell <= 2199;
}

/**
 * Whether row `r` between columns left…right is a header of periods: two period labels or more, at least half
 * its filled cells, and no figure (a number that is not a year). Years written as numbers count only when no
 * other text than a unit note or a ratio header sits beside them (a row "Revenue 2021 2022" is figures).
 */
export function isHeaderRow(
  row: readonly CellValue[] | undefined,
  left: number,
  right: number,
  parse: Parse
): boolean {
  if (!row) return false;
  const end = Math.min(right, row.length - 1);
  // a figure says it is no header: found before any label is parsed
  let strings = 0;
  let years = 0;
  for (let c = left; c <= end; c++) {
    const cell = row[c];
    if (typeof cell === "number") {
      if (!isYear(cell)) return false;
      years++;
    } else if (typeof cell === "string" && cell !== "") strings++;
  }
  if (strings + years < 2) return false;
  let periods = 0;
  let filled = 0;
  let texts = 0;
  for (let c = left; c <= end; c++) {
    const cell = row[c];
    if (typeof cell === "number") {
      if (parse(cell) === null) return false;
      filled++;
      periods++;
      continue;
    }
    if (typeof cell !== "string" || cell.trim() === "") continue;
    filled++;
    if (parse(cell) !== null) periods++;
    else if (parseNumberText(cell) !== null) return false;
    else if (
      computedHeader(cell) === null &&
      findUnitNote(cell) === null &&
      parseUnitCell(cell) === null
    )
      texts++;
  }
  return periods >= 2 && periods * 2 >= filled && (years < periods || texts === 0);
}

/** Whether the row holds a number (a figure) between left and right. */
function hasFigure(row: readonly CellValue[] | undefined, left: number, right: number): boolean {
  if (!row) return false;
  const end = Math.min(right, row.length - 1);
  for (let c = left; c <= end; c++) {
    const cell = row[c];
    if (typeof cell === "number" && cell - cell === 0) return true;
    if (typeof cell === "string" && cell !== "" && parseNumberText(cell) !== null) return true;
  }
  return false;
}

/**
 * Columns that hold line labels: text (not periods, numbers, units or dashes) in most filled cells of the sampled
 * rows (one at least).
 */
function labelColumns(grid: Grid, from: number, width: number, parse: Parse): boolean[] {
  const rows = Math.min(grid.length, from + SAMPLE_ROWS);
  const out: boolean[] = new Array<boolean>(width).fill(false);
  for (let c = 0; c < width; c++) {
    let texts = 0;
    let others = 0;
    for (let r = from; r < rows; r++) {
      const cell = grid[r]?.[c];
      if (cell === undefined || cell === "") continue;
      if (typeof cell === "string") {
        if (isBlankText(cell)) continue;
        if (
          parse(cell) === null &&
          parseNumberText(cell) === null &&
          parseUnitCell(cell) === null &&
          findUnitNote(cell) === null &&
          computedHeader(cell) === null
        )
          texts++;
        else others++;
      } else others++;
      // a column of figures says so in its first cells
      if (others > 8 && others > texts * 4) break;
    }
    out[c] = texts >= 1 && texts > others;
  }
  return out;
}

/**
 * Which cells are period labels: text that reads as a period, and a year written as a number (2024) in the
 * range's header row or in a row that is a header of periods by itself. A number elsewhere may be a figure.
 */
function periodCellTest(
  grid: Grid,
  headerRow: number,
  width: number,
  parse: Parse
): (r: number, cell: CellValue | undefined) => boolean {
  const headerRows = new Map<number, boolean>();
  return (r, cell) => {
    if (typeof cell === "string") return cell !== "" && parse(cell) !== null;
    if (typeof cell !== "number" || !isYear(cell) || parse(cell) === null) return false;
    if (r === headerRow) return true;
    let is = headerRows.get(r);
    if (is === undefined) {
      is = isHeaderRow(grid[r], 0, width - 1, parse);
      headerRows.set(r, is);
    }
    return is;
  };
}

type IsPeriodCell = ReturnType<typeof periodCellTest>;

/**
 * Columns holding a period label in some sampled row, and the first row and column holding one.
 */
function periodColumns(
  grid: Grid,
  width: number,
  isPeriod: IsPeriodCell
): { cols: boolean[]; row: number; col: number } {
  const rows = Math.min(grid.length, SAMPLE_ROWS);
  const cols: boolean[] = new Array<boolean>(width).fill(false);
  let first = { row: -1, col: width };
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    if (!row) continue;
    for (let c = 0; c < width && c < row.length; c++) {
      const cell = row[c];
      if (cols[c] || !isPeriod(r, cell)) continue;
      cols[c] = true;
      if (first.row < 0) first = { row: r, col: c };
      else if (c < first.col) first = { row: first.row, col: c };
    }
  }
  return { cols, row: first.row, col: first.col };
}

/** The first column holding a period label in the rows where headers are looked for; -1 when none. */
function firstPeriodCol(grid: Grid, width: number, isPeriod: IsPeriodCell): number {
  const rows = Math.min(grid.length, HEADER_SCAN_ROWS);
  let first = width;
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    if (!row) continue;
    for (let c = 0; c < first && c < row.length; c++) {
      if (isPeriod(r, row[c])) first = c;
    }
  }
  return first < width ? first : -1;
}

/** Whether a sampled row holds text right of column `from` that is no period, number, dash, unit or ratio header. */
function textRightOf(grid: Grid, from: number, width: number, parse: Parse): boolean {
  // the tables' headers are among the first rows (HEADER_SCAN_ROWS): their first lines tell
  const rows = Math.min(grid.length, 2 * HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    if (!row) continue;
    for (let c = from + 1; c < width && c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "string" || cell === "") continue;
      if (
        !isBlankText(cell) &&
        parse(cell) === null &&
        parseNumberText(cell) === null &&
        parseUnitCell(cell) === null &&
        computedHeader(cell) === null
      )
        return true;
    }
  }
  return false;
}

/**
 * Column bands of tables side by side: a new band starts at a label column that has period columns at its left
 * in the current band. One band [0, width-1] when there is none.
 */
function bands(grid: Grid, width: number, parse: Parse, headerRow: number): [number, number][] {
  const isPeriod = periodCellTest(grid, headerRow, width, parse);
  // cheap test first: tables side by side put text (labels) right of the first table's periods
  const first = firstPeriodCol(grid, width, isPeriod);
  if (first < 0 || !textRightOf(grid, first, width, parse)) return [[0, width - 1]];
  const periods = periodColumns(grid, width, isPeriod);
  const labels = labelColumns(grid, periods.row + 1, width, parse);
  const out: [number, number][] = [];
  let start = 0;
  let seenPeriod = false;
  for (let c = 0; c < width; c++) {
    // a column headed by a period is figures, whatever text its cells hold ("1,2O0")
    if (labels[c] && !periods.cols[c] && seenPeriod) {
      out.push([start, c - 1]);
      start = c;
      seenPeriod = false;
    }
    if (periods.cols[c]) seenPeriod = true;
  }
  out.push([start, width - 1]);
  return out;
}

/** The vertical blocks of one band: a header row each, from the row after the last figure above it. */
function stacked(
  grid: Grid,
  left: number,
  right: number,
  firstHeader: number,
  parse: Parse,
  settings: Settings
): BlockSpan[] {
  const headers: { row: number; joined: boolean }[] = [{ row: firstHeader, joined: false }];
  for (let r = firstHeader + 1; r < grid.length; r++) {
    if (isHeaderRow(grid[r], left, right, parse)) headers.push({ row: r, joined: false });
    else if (r > firstHeader + 1 && isLowerHeaderRow(grid, r, left, right, parse, settings))
      headers.push({ row: r, joined: true });
  }
  const out: BlockSpan[] = [];
  let top = 0;
  for (let k = 0; k < headers.length; k++) {
    const { row: headerRow, joined } = headers[k] as { row: number; joined: boolean };
    const next = headers[k + 1];
    let end = grid.length;
    if (next !== undefined) {
      // the next block's title rows (its unit note, the upper row of its header) go with it: this block ends
      // after its last figure
      end = next.joined ? next.row - 1 : next.row;
      while (end - 1 > headerRow && !hasFigure(grid[end - 1], left, right)) end--;
    }
    out.push({ top, end, left, right, headerRow, ...(joined ? { joined } : {}) });
    top = end;
  }
  return out;
}

/**
 * Whether row `r` is the lower row of a header written over two rows ("FY2025" over "Q1 … Q4", 2026年2月期 over
 * 第1四半期 …): no figure in it, and joined with the row above it names two periods or more.
 */
function isLowerHeaderRow(
  grid: Grid,
  r: number,
  left: number,
  right: number,
  parse: Parse,
  settings: Settings
): boolean {
  const lower = grid[r];
  const upper = grid[r - 1];
  if (!lower || !upper) return false;
  const end = Math.min(right, lower.length - 1);
  let texts = 0;
  for (let c = left; c <= end; c++) {
    const cell = lower[c];
    if (typeof cell === "number" && !isYear(cell)) return false;
    if (typeof cell === "string" && cell.trim() !== "") {
      if (parseNumberText(cell) !== null) return false;
      texts++;
    }
  }
  if (texts < 2) return false;
  const pair: Grid = [upper.slice(left, right + 1), lower.slice(left, right + 1)];
  return joinHeaderRows(pair, parse, settings, 0) !== pair;
}

/** The first header row of a band: the range's header when the band holds it, else the first header row found. */
function firstHeaderOf(
  grid: Grid,
  left: number,
  right: number,
  given: number,
  parse: Parse
): number {
  if (isHeaderRow(grid[given], left, right, parse)) return given;
  const row = grid[given] ?? [];
  let any = 0;
  for (let c = left; c <= right; c++) if (parse(row[c]) !== null) any++;
  if (any >= 1) return given;
  for (let r = 0; r < grid.length; r++) if (isHeaderRow(grid[r], left, right, parse)) return r;
  return -1;
}

/** The blocks of a grid whose (first) header of periods is row `headerRow`, in reading order. */
export function findBlocks(
  grid: Grid,
  headerRow: number,
  width: number,
  parse: Parse,
  settings: Settings
): BlockSpan[] {
  const out: BlockSpan[] = [];
  for (const [left, right] of bands(grid, width, parse, headerRow)) {
    const first = firstHeaderOf(grid, left, right, headerRow, parse);
    if (first < 0) continue;
    out.push(...stacked(grid, left, right, first, parse, settings));
  }
  return out;
}
