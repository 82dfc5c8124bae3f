/**
 * The label columns of a wide block: which of the columns left of the first period hold metric ids, labels and
 * units, and the unit a label carries itself.
 */
import type { CellValue, Grid } from "../grid/types";
import { SAMPLE_ROWS } from "./layout";
import { looksLikeId } from "./metrics";
import type { Unit } from "./types";
import { parseUnitCell } from "./units";

export interface LabelColumns {
  id: number;
  label: number;
  unit: number;
}

export function text(cell: CellValue | undefined): string {
  if (cell === undefined || typeof cell === "boolean") return "";
  return typeof cell === "number" ? String(cell) : cell;
}

/** Which of the columns left of the periods hold ids, labels and units. */
export function classifyLabelColumns(
  grid: Grid,
  headerRow: number,
  firstPeriodCol: number
): LabelColumns {
  const cols: LabelColumns = { id: -1, label: -1, unit: -1 };
  const end = Math.min(grid.length, headerRow + 1 + SAMPLE_ROWS);
  let bestText = 0;
  for (let c = 0; c < firstPeriodCol; c++) {
    const head = text(grid[headerRow]?.[c]).trim().toLowerCase();
    let filled = 0;
    let ids = 0;
    let dotted = 0;
    let units = 0;
    let texts = 0;
    for (let r = headerRow + 1; r < end; r++) {
      const cell = grid[r]?.[c];
      if (typeof cell !== "string" || cell.trim() === "") continue;
      filled++;
      const t = cell.trim();
      if (looksLikeId(t)) {
        ids++;
        if (t.includes(".")) dotted++;
      }
      if (parseUnitCell(t)) units++;
      else texts++;
    }
    if (filled === 0) continue;
    if (
      cols.id === -1 &&
      (head === "id" || head === "metric id" || (dotted > 0 && ids / filled >= 0.6))
    )
      cols.id = c;
    else if (cols.unit === -1 && (/^(units?|単位)$/.test(head) || units / filled >= 0.6))
      cols.unit = c;
    else if (texts > bestText) {
      bestText = texts;
      cols.label = c;
    }
  }
  return cols;
}

/** A unit written in the label itself: "Revenues (JPY mn)", "Bandwidth (Mbps)". */
export function unitInLabel(label: string): Unit | null {
  const m = /[(（]([^()（）]+)[)）]\s*$/.exec(label);
  return m ? parseUnitCell(m[1]) : null;
}
