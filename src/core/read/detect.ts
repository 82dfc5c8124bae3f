import type { CellValue, Grid } from "../grid/types";
import { DEFAULT_CALENDAR, periodParser } from "./calendar";
import { isHeaderRow } from "./blocks";
import { detectLayout, findPeriodHeaders, type LayoutGuess } from "./layout";
import { CELL_NUMBER, readNumberCell, type NumberSlot } from "./numbers";

/** Zero-based, inclusive bounds of a block inside a grid. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Gap of empty lines that ends a block of figures. */
const GAP = 3;
/** How far below a block another header of periods is taken for a table of the same pack (stacked). */
const STACK_GAP = 10;

type Get = (r: number, c: number) => CellValue | undefined;

/**
 * The block below (beside) a header line: `head` is the header line, `periods` its period positions.
 * Lines run along the first axis, positions along the second.
 */
function blockFrom(
  get: Get,
  lines: number,
  head: number,
  periods: number[],
  positions: number
): Bounds | null {
  const slot: NumberSlot = { value: 0 };
  const first = periods[0] as number;
  let last = periods[periods.length - 1] as number;
  // Columns right of the last period that still carry figures.
  for (let c = last + 1; c < positions; c++) {
    let any = false;
    for (let r = head + 1; r < Math.min(lines, head + 200) && !any; r++)
      any = readNumberCell(get(r, c), slot) === CELL_NUMBER;
    if (!any) break;
    last = c;
  }
  let bottom = -1;
  let gap = 0;
  for (let r = head + 1; r < lines && gap < GAP; r++) {
    let numbers = false;
    let filled = false;
    for (let c = 0; c <= last; c++) {
      const cell = get(r, c);
      if (cell === undefined || cell === "") continue;
      filled = true;
      if (c >= first && readNumberCell(cell, slot) === CELL_NUMBER) {
        numbers = true;
        break;
      }
    }
    if (numbers) bottom = r;
    gap = filled ? 0 : gap + 1;
  }
  if (bottom < 0) return null;
  // Label columns: contiguous filled columns left of the first period.
  let left = first;
  for (let c = first - 1; c >= 0; c--) {
    let any = false;
    for (let r = head + 1; r <= bottom && !any; r++) {
      const cell = get(r, c);
      any = cell !== undefined && cell !== "";
    }
    if (!any) break;
    left = c;
  }
  return { top: head, left, bottom, right: last };
}

/** The block grown down over the tables stacked below it: each further header of periods and its figures. */
function withStacked(
  grid: Grid,
  first: Bounds,
  width: number,
  parse: ReturnType<typeof periodParser>
): Bounds {
  const out = { ...first };
  for (let r = out.bottom + 1; r < grid.length && r <= out.bottom + STACK_GAP; r++) {
    if (!isHeaderRow(grid[r], 0, width - 1, parse)) continue;
    const periods: number[] = [];
    (grid[r] ?? []).forEach((cell, c) => {
      if (parse(cell) !== null) periods.push(c);
    });
    const next = blockFrom((i, c) => grid[i]?.[c], grid.length, r, periods, width);
    if (!next) continue;
    out.left = Math.min(out.left, next.left);
    out.right = Math.max(out.right, next.right);
    out.bottom = next.bottom;
    r = next.bottom;
  }
  return out;
}

/** A block found on a sheet and which way its figures run, as the reader decides it (`layout.ts`). */
export interface DetectedTable {
  bounds: Bounds;
  /** `ambiguous`: numbers read as periods both ways; the reader will say so, naming both. */
  layout: LayoutGuess["layout"];
}

/** Positions along a line (a row's columns, a column's rows) that read as periods in a masked label grid. */
function periodsOf(
  cells: (CellValue | undefined)[],
  parse: ReturnType<typeof periodParser>
): number[] {
  const out: number[] = [];
  cells.forEach((cell, i) => {
    if (parse(cell) !== null) out.push(i);
  });
  return out;
}

/**
 * Find the table of figures on a sheet (the pane's "Detect"): the header of period labels, the label columns at
 * its left and the lines of numbers below it, without the title rows above and the notes after a gap; tables
 * stacked a few rows below it (another header of periods) are taken with it. Which way it runs and which cells
 * are period labels are decided as the reader does (`findPeriodHeaders`, `detectLayout`): figures that look like
 * years or dates are no header. Where the reader would read a long table or not guess, the larger of the blocks
 * across and down. Null when the sheet holds no such block.
 */
export function detectTable(grid: Grid, numberFormats?: string[][]): DetectedTable | null {
  if (!Array.isArray(grid) || grid.length === 0) return null;
  const parse = periodParser(DEFAULT_CALENDAR);
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  const formats = Array.isArray(numberFormats) ? numberFormats : undefined;
  const headers = findPeriodHeaders(grid, parse, formats);
  const guess = detectLayout(grid, parse, formats, headers);
  if (!guess) return null;
  const across = (): Bounds | null => {
    const { index } = headers.row;
    if (index < 0) return null;
    const periods = periodsOf(headers.rowGrid[index] ?? [], parse);
    const b = blockFrom((r, c) => grid[r]?.[c], grid.length, index, periods, width);
    return b && withStacked(grid, b, width, parse);
  };
  const down = (): Bounds | null => {
    const { index } = headers.col;
    if (index < 0) return null;
    const periods = periodsOf(
      headers.colGrid.map((row) => row[index]),
      parse
    );
    const b = blockFrom((c, r) => grid[r]?.[c], width, index, periods, grid.length);
    return b && { top: b.left, left: b.top, bottom: b.right, right: b.bottom };
  };
  const bounds =
    guess.layout === "wide"
      ? across()
      : guess.layout === "tall"
        ? down()
        : larger(across(), down());
  return bounds && { bounds, layout: guess.layout };
}

function area(b: Bounds): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

function larger(a: Bounds | null, b: Bounds | null): Bounds | null {
  if (!a || !b) return a ?? b;
  return area(b) > area(a) ? b : a;
}

/** The bounds of `detectTable`: the block the pane proposes as the source. */
export function detectFigures(grid: Grid, numberFormats?: string[][]): Bounds | null {
  return detectTable(grid, numberFormats)?.bounds ?? null;
}
