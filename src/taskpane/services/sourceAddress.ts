import { formatRangeAddress, parseCellAddress, quoteSheetName } from "../../core/grid";
import type { SourceRange } from "../../core/grid/types";

/** The whole of a sheet as a full-column reference (ports trim it to the used range). */
export function wholeSheet(sheet: string): string {
  return `${quoteSheetName(sheet)}!A:XFD`;
}

/**
 * The sheet-qualified address of a block inside a range that was read:
 * rows `top..bottom` and columns `left..right` (0-based, inclusive, relative to the range's top-left).
 */
export function blockAddress(
  range: Pick<SourceRange, "sheet" | "topLeft">,
  top: number,
  left: number,
  bottom: number,
  right: number
): string {
  const origin = parseCellAddress(range.topLeft) ?? { row: 0, col: 0 };
  return formatRangeAddress({
    sheet: range.sheet,
    top: origin.row + top,
    left: origin.col + left,
    bottom: origin.row + bottom,
    right: origin.col + right,
  });
}
