import { parseCellAddress } from "./cell-address";
import { MAX_COLS, MAX_ROWS } from "./limits";
import type { RangeAddress, SourceRange } from "./types";

/** Rows × columns of a range: bottom − top + 1 by right − left + 1. */
export function rangeSize(range: RangeAddress): { rows: number; cols: number } {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}

/** Whether a zero-based cell lies inside a range (sheet names compared when both sides have one). */
export function rangeContains(
  range: RangeAddress,
  cell: { row: number; col: number; sheet?: string }
): boolean {
  if (range.sheet !== undefined && cell.sheet !== undefined && range.sheet !== cell.sheet)
    return false;
  return (
    cell.row >= range.top &&
    cell.row <= range.bottom &&
    cell.col >= range.left &&
    cell.col <= range.right
  );
}

/**
 * The overlap of two ranges (e.g. a full-column reference trimmed to the used range), keeping the first's sheet;
 * null when they do not overlap. The result is a plain block: no full-column/full-row flags.
 */
export function intersectRanges(a: RangeAddress, b: RangeAddress): RangeAddress | null {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  if (top > bottom || left > right) return null;
  const out: RangeAddress = { top, left, bottom, right };
  if (a.sheet !== undefined) out.sheet = a.sheet;
  return out;
}

/** The sheet range a source grid covers, from its top-left and its size; null when malformed or off the sheet. */
export function sourceRangeAddress(
  source: Pick<SourceRange, "sheet" | "topLeft" | "values">
): RangeAddress | null {
  const origin = parseCellAddress(source.topLeft);
  if (!origin) return null;
  const rows = source.values.length;
  const cols = source.values[0]?.length ?? 0;
  const bottom = origin.row + Math.max(rows, 1) - 1;
  const right = origin.col + Math.max(cols, 1) - 1;
  if (bottom >= MAX_ROWS || right >= MAX_COLS) return null;
  return { sheet: source.sheet, top: origin.row, left: origin.col, bottom, right };
}
