/**
 * Free names for what the add-in writes, shared by both workbook adapters: a same-named sheet or table it does
 * not own keeps its name and ours takes the first free one. Excel compares these names case-insensitively.
 */
import { MAX_SHEET_NAME, readsAsCellReference } from "../core/grid";

/** Whether `name` is in `names`, ignoring case as Excel does. */
export function hasName(names: string[], name: string): boolean {
  const wanted = name.toLowerCase();
  return names.some((n) => n.toLowerCase() === wanted);
}

/** "KPI Summary" → "KPI Summary (2)", "(3)" … the first name not taken, within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: string[]): string {
  if (!hasName(taken, wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!hasName(taken, candidate)) return candidate;
  }
}

/**
 * "QuarterDeckKPIs" → "QuarterDeckKPIs2", "…3" … the first name not taken (`taken`: the workbook's tables and
 * defined names, which share one namespace). Where the number would make a cell reference ("KPI" → "KPI2", a
 * cell in column KPI) it goes behind an underscore: "KPI_2".
 */
export function freeTableName(wanted: string, taken: string[]): string {
  if (!hasName(taken, wanted)) return wanted;
  for (let n = 2; ; n++) {
    const plain = `${wanted}${n}`;
    const candidate = readsAsCellReference(plain) ? `${wanted}_${n}` : plain;
    if (!hasName(taken, candidate)) return candidate;
  }
}
