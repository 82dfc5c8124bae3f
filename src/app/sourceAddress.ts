/** Addresses of what was read, printed one way: sheet-qualified, the sheet quoted when Excel needs it. */
import { formatRangeAddress, parseCellAddress, quoteSheetName } from "../core/grid";
import type { SourceRange } from "../core/grid/types";

/** Rows `top..bottom` and columns `left..right`, 0-based and inclusive, relative to a range's top-left cell. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet-qualified address of a block inside a range that was read: `'Q4 pack'!B3:N30`. */
export function blockAddress(range: Pick<SourceRange, "sheet" | "topLeft">, block: Block): string {
  const origin = parseCellAddress(range.topLeft) ?? { row: 0, col: 0 };
  return formatRangeAddress({
    sheet: range.sheet,
    top: origin.row + block.top,
    left: origin.col + block.left,
    bottom: origin.row + block.bottom,
    right: origin.col + block.right,
  });
}

/** Sheet-qualified address of what was read: `Figures!A1:N30` (or the top-left cell for an empty read). */
export function sourceAddress(range: SourceRange): string {
  const rows = range.values.length;
  const cols = range.values.reduce((n, r) => Math.max(n, r.length), 0);
  return blockAddress(range, {
    top: 0,
    left: 0,
    bottom: Math.max(0, rows - 1),
    right: Math.max(0, cols - 1),
  });
}

/** The whole of a sheet as a full-column reference (ports trim it to the used range). */
export function wholeSheet(sheet: string): string {
  return `${quoteSheetName(sheet)}!A:XFD`;
}

/** True when every cell is blank (empty string) — nothing to read figures from. */
export function isBlank(range: SourceRange): boolean {
  return range.values.every((row) =>
    row.every((v) => v === "" || (typeof v === "string" && v.trim() === ""))
  );
}
