import { columnIndex, columnLetters } from "./columns";
import { MAX_ROWS } from "./limits";

/** A parsed A1 cell reference, zero-based. */
export interface CellPosition {
  row: number;
  col: number;
  /** `$` before the row / the column. */
  rowAbsolute?: boolean;
  colAbsolute?: boolean;
}

const A1 = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

/** Parse `B3`, `$B$3`, `b3` (no sheet) into zero-based row/column; null when malformed or beyond Excel's limits. */
export function parseCellAddress(text: string): CellPosition | null {
  const m = A1.exec(text.trim());
  if (!m) return null;
  const col = columnIndex(m[2] ?? "");
  const rowNumber = Number(m[4]);
  if (col === null || rowNumber < 1 || rowNumber > MAX_ROWS) return null;
  const pos: CellPosition = { row: rowNumber - 1, col };
  if (m[1] === "$") pos.colAbsolute = true;
  if (m[3] === "$") pos.rowAbsolute = true;
  return pos;
}

/** A1 text of a zero-based cell: (6, 14) → "O7"; `absolute` gives "$O$7". Returns "" outside the sheet. */
export function formatCellAddress(row: number, col: number, absolute = false): string {
  const letters = columnLetters(col);
  if (letters === "" || !Number.isInteger(row) || row < 0 || row >= MAX_ROWS) return "";
  return absolute ? `$${letters}$${row + 1}` : `${letters}${row + 1}`;
}
