import { formatCellAddress, parseCellAddress } from "./cell-address";
import { MAX_COLS, MAX_ROWS } from "./limits";
import { quoteSheetName } from "./sheet-name";
import type { CellRef, SourceRange } from "./types";

/** Sheet-qualified A1 address of a cell: `{sheet: "Figures", row: 6, col: 14}` → `Figures!O7`, `'Q4 pack'!B3`. */
export function cellAddress(ref: CellRef): string {
  return `${quoteSheetName(ref.sheet)}!${formatCellAddress(ref.row, ref.col)}`;
}

/**
 * The sheet cell at zero-based offset (r, c) inside a block whose top-left cell is `topLeft` (`"B3"`):
 * (0, 0) is the top-left itself. Null when `topLeft` is malformed or the cell falls outside the sheet.
 */
export function cellRefAt(sheet: string, topLeft: string, r: number, c: number): CellRef | null {
  const origin = parseCellAddress(topLeft);
  if (!origin || !Number.isInteger(r) || !Number.isInteger(c)) return null;
  const row = origin.row + r;
  const col = origin.col + c;
  if (row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) return null;
  return { sheet, row, col };
}

/** `cellRefAt` for a source range: where grid cell values[r][c] sits on its sheet. */
export function sourceCellRef(
  range: Pick<SourceRange, "sheet" | "topLeft">,
  r: number,
  c: number
): CellRef | null {
  return cellRefAt(range.sheet, range.topLeft, r, c);
}

/** Sheet-qualified address of grid cell values[r][c] of a source range (`Figures!O7`), or null outside the sheet. */
export function sourceCellAddress(
  range: Pick<SourceRange, "sheet" | "topLeft">,
  r: number,
  c: number
): string | null {
  const ref = sourceCellRef(range, r, c);
  return ref ? cellAddress(ref) : null;
}
