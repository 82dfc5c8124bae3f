/**
 * A period written once over several columns (a merged `FY2025` over `Q1 (Apr-Jun) … Q4 (Jan-Mar)`) whose labels
 * below could not be joined to it: the figures under it are its parts, not the period itself. Such a header cell
 * is found here so that the reader leaves its columns out (and says so) rather than reading the first part's
 * figure as the whole period's.
 */
import type { CellValue, Grid } from "../grid/types";
import type { Period } from "../periods/types";
import { addressAt, report, type ReadContext } from "./context";
import { rowBelow } from "./header-rows";
import { findPeriodRow } from "./layout";
import { readMessages } from "./messages";
import { CELL_NUMBER, readNumberCell, type NumberSlot } from "./numbers";

type Parse = (cell: CellValue | undefined) => Period | null;

/** A label below a header cell: text that is neither a number nor a period. */
function isSubLabel(cell: CellValue | undefined, parse: Parse, slot: NumberSlot): boolean {
  return (
    typeof cell === "string" &&
    cell.trim() !== "" &&
    readNumberCell(cell, slot) !== CELL_NUMBER &&
    parse(cell) === null
  );
}

export interface GroupHeader {
  /** Column of the period written over its parts. */
  col: number;
  /** The first label below it. */
  below: string;
}

/**
 * The period cells of `headerRow` written over sub-labels: the cell right below is such a label, and so is a cell
 * below one of the blanks the period spans (up to the next filled header cell).
 */
export function groupHeaders(grid: Grid, headerRow: number, parse: Parse): GroupHeader[] {
  const header = grid[headerRow] ?? [];
  const below = grid[rowBelow(grid, headerRow)];
  if (!below) return [];
  const slot: NumberSlot = { value: 0 };
  const out: GroupHeader[] = [];
  for (let c = 0; c < header.length; c++) {
    if (!parse(header[c]) || !isSubLabel(below[c], parse, slot)) continue;
    let spans = false;
    for (let k = c + 1; k < header.length && !spans; k++) {
      const h = header[k];
      if (h !== undefined && h !== "") break;
      spans = isSubLabel(below[k], parse, slot);
    }
    if (spans) out.push({ col: c, below: String(below[c]).trim() });
  }
  return out;
}

/**
 * The grid with the period cells of `headerRow` that head parts it cannot read blanked (each reported as a
 * warning), and the header row found again; the grid itself when there is none. `headerRow` −1: no periods left.
 */
export function leaveOutGroups(
  ctx: ReadContext,
  grid: Grid,
  headerRow: number,
  parse: Parse
): { grid: Grid; headerRow: number } {
  const groups = headerRow < 0 ? [] : groupHeaders(grid, headerRow, parse);
  if (groups.length === 0) return { grid, headerRow };
  const row = (grid[headerRow] ?? []).slice();
  for (const g of groups) {
    const cell = addressAt(ctx, headerRow, g.col);
    const label = String(row[g.col]).trim();
    report(ctx, "warning", "unknown-period", () => ({
      message: readMessages.groupOverUnknown(cell, label, g.below),
      cell,
    }));
    row[g.col] = "";
  }
  const out = grid.slice();
  out[headerRow] = row;
  return { grid: out, headerRow: findPeriodRow(out, parse).index };
}
