/**
 * 1-based A1 text for the summary layout and the file adapter (ExcelJS counts rows and columns from 1),
 * built on the zero-based address helpers of core/grid.
 */
import { formatCellAddress, formatRangeAddress } from "../../core/grid";

/** "B3" from 1-based row 3, column 2. */
export function cellA1(row: number, col: number): string {
  return formatCellAddress(row - 1, col - 1);
}

/** "B3:D9" (or "B3" for one cell) from 1-based bounds. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return formatRangeAddress({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
}

/** "$B$3:$D$9" (or "$B$3" for one cell) from 1-based bounds. */
export function absoluteRangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = formatCellAddress(top - 1, left - 1, true);
  return top === bottom && left === right
    ? a
    : `${a}:${formatCellAddress(bottom - 1, right - 1, true)}`;
}
