import { formatRangeAddress, parseCellAddress } from "../core/grid";
import type { SourceRange } from "../core/grid/types";

/** Sheet-qualified address of what was read: `Figures!A1:N30` (or the top-left cell for an empty read). */
export function sourceAddress(range: SourceRange): string {
  const origin = parseCellAddress(range.topLeft) ?? { row: 0, col: 0 };
  const rows = range.values.length;
  const cols = range.values.reduce((n, r) => Math.max(n, r.length), 0);
  return formatRangeAddress({
    sheet: range.sheet,
    top: origin.row,
    left: origin.col,
    bottom: origin.row + Math.max(0, rows - 1),
    right: origin.col + Math.max(0, cols - 1),
  });
}

/** True when every cell is blank (empty string) — nothing to read figures from. */
export function isBlank(range: SourceRange): boolean {
  return range.values.every((row) =>
    row.every((v) => v === "" || (typeof v === "string" && v.trim() === ""))
  );
}
