import type { CellValue, Grid } from "../grid/types";
import type { Period } from "../periods/types";

type Parse = (cell: CellValue | undefined) => Period | null;

/**
 * What a cell that reads as a period is worth when deciding which way the figures run:
 * - `clear`: text ("1Q25", "FY2024") or a number formatted as a date — a label whatever surrounds it;
 * - `year`: a whole number 1950–2100 — a label only in a header position and consistent with its line;
 * - `serial`: another number read as an Excel date, its format unknown — a label only in a header position.
 * - `figure`: a number in the date range whose format is known and is no date format;
 * - `none`: no period at all.
 */
export type LabelKind = "none" | "clear" | "year" | "serial" | "figure";

/** Whether an Excel number format shows a date ("m/d/yyyy", "mmm-yy", "yyyy年m月", "[$-409]d-mmm"). */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "");
  return /[dmy]/i.test(bare) && !/[#0?]/.test(bare);
}

/** Whether a cell's format, when known, shows a date; each format text tested once (a range repeats a few). */
const dateFormats = new Map<string, boolean>();
function dateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  let known = dateFormats.get(format);
  if (known === undefined) {
    known = isDateFormat(format);
    if (dateFormats.size < 1000) dateFormats.set(format, known);
  }
  return known;
}

function isYearNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1950 && n <= 2100;
}

/** The kind of label the cell at (r, c) is. */
export function labelKind(
  grid: Grid,
  r: number,
  c: number,
  parse: Parse,
  formats?: string[][]
): LabelKind {
  const cell = grid[r]?.[c];
  if (cell === undefined || parse(cell) === null) return "none";
  if (typeof cell !== "number") return "clear";
  const format = formats?.[r]?.[c];
  if (dateFormat(format)) return "clear";
  if (isYearNumber(cell)) return "year";
  return format === undefined ? "serial" : "figure";
}

/** The widest step between years that still reads as a regular series (2020, 2025, 2030 or 2000, 2010). */
const MAX_YEAR_STEP = 10;

/**
 * Years that read as a line of period labels: one step, at most ten, between the distinct years (2021, 2022, 2023
 * or 2020, 2025, 2030), written ascending or descending; a year may repeat (a long table) and a run may start over
 * ("2024 2023 | 2024 2023": three months, then six months, each this year and last). Figures rarely are.
 */
export function consistentYears(years: number[]): boolean {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (sorted.length < 2) return true;
  const step = (sorted[1] ?? 0) - (sorted[0] ?? 0);
  if (step > MAX_YEAR_STEP) return false;
  for (let i = 2; i < sorted.length; i++)
    if ((sorted[i] ?? 0) - (sorted[i - 1] ?? 0) !== step) return false;
  // written one way: every change that is not a start over moves one step in the direction of the first
  let direction = 0;
  for (let i = 1; i < years.length; i++) {
    const d = (years[i] ?? 0) - (years[i - 1] ?? 0);
    if (d === 0) continue;
    if (direction === 0) direction = Math.sign(d);
    if (Math.sign(d) === direction && Math.abs(d) !== step) return false;
  }
  return true;
}

/** Stands in the masked grids for a cell that is no label: filled, but no period. */
const NOT_A_LABEL = Number.NaN;

/** The grids the layout is decided on: the labels a header row, or a header column, may hold. */
export interface LabelGrids {
  /** Cells kept as labels of their row: clear labels; numbers in a header position, years consistent. */
  rows(): Grid;
  /** The same for columns. */
  cols(): Grid;
  /** Clear labels only: numbers that read as periods masked. */
  clear(): Grid;
  /** The most clear labels in one row, and in one column. */
  clearInRow: number;
  clearInCol: number;
}

/**
 * The first `height` rows of the grid, masked three ways (each grid made when asked: the layout needs two). A
 * number that reads as a period stays a label of its row only when the cell above it holds no number (it heads
 * the figures below, it does not sit among them) and, for years, when the row's years are consistent; of its
 * column likewise with the cell at its left.
 */
export function labelGrids(
  grid: Grid,
  height: number,
  parse: Parse,
  formats?: string[][]
): LabelGrids {
  const rows = Math.min(grid.length, height);
  const isNumber = (r: number, c: number): boolean => typeof grid[r]?.[c] === "number";
  // A number among the figures (one above it and one at its left) is a label of neither its row nor its column
  // whatever it reads as: it is not parsed ("figure"), which spares parsing every figure of a big range.
  const kinds: LabelKind[][] = [];
  const clearByCol: number[] = [];
  let clearInRow = 0;
  for (let r = 0; r < rows; r++) {
    const row = grid[r] ?? [];
    const k = new Array<LabelKind>(row.length);
    let n = 0;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const kind =
        typeof cell === "number" &&
        isNumber(r - 1, c) &&
        isNumber(r, c - 1) &&
        !dateFormat(formats?.[r]?.[c])
          ? "figure"
          : labelKind(grid, r, c, parse, formats);
      k[c] = kind;
      if (kind === "clear") {
        n++;
        clearByCol[c] = (clearByCol[c] ?? 0) + 1;
      }
    }
    kinds.push(k);
    if (n > clearInRow) clearInRow = n;
  }
  const rowsGrid = (): Grid =>
    grid.slice(0, rows).map((row, r) => {
      const k = kinds[r] ?? [];
      const heads = (c: number): boolean =>
        k[c] !== "none" && k[c] !== "clear" && !isNumber(r - 1, c);
      const years = row.filter((_, c) => k[c] === "year" && heads(c)) as number[];
      const yearsOk = consistentYears(years);
      return row.map((cell, c) =>
        k[c] === "year" || k[c] === "serial"
          ? heads(c) && (k[c] === "serial" || yearsOk)
            ? cell
            : NOT_A_LABEL
          : k[c] === "figure"
            ? NOT_A_LABEL
            : cell
      );
    });
  const clearGrid = (): Grid =>
    grid
      .slice(0, rows)
      .map((row, r) =>
        row.map((cell, c) =>
          kinds[r]?.[c] === "clear" || kinds[r]?.[c] === "none" ? cell : NOT_A_LABEL
        )
      );
  const colsGrid = (): Grid => {
    const out: Grid = grid.slice(0, rows).map((row) => row.slice());
    const width = Math.max(0, ...kinds.map((k) => k.length));
    for (let c = 0; c < width; c++) {
      const heads = (r: number): boolean => {
        const k = kinds[r]?.[c];
        return (k === "year" || k === "serial") && !isNumber(r, c - 1);
      };
      const years: number[] = [];
      for (let r = 0; r < rows; r++)
        if (kinds[r]?.[c] === "year" && heads(r)) years.push(grid[r]?.[c] as number);
      const yearsOk = consistentYears(years);
      for (let r = 0; r < rows; r++) {
        const k = kinds[r]?.[c];
        if (k !== "year" && k !== "serial" && k !== "figure") continue;
        const keep = k !== "figure" && heads(r) && (k === "serial" || yearsOk);
        const line = out[r];
        if (!keep && line) line[c] = NOT_A_LABEL;
      }
    }
    return out;
  };
  return {
    rows: rowsGrid,
    cols: colsGrid,
    clear: clearGrid,
    clearInRow,
    clearInCol: clearByCol.reduce((a, n) => Math.max(a, n), 0),
  };
}
