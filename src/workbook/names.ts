/**
 * Free names for what the add-in writes, shared by both workbook adapters: a same-named sheet or table it does
 * not own keeps its name and ours takes the first free one. Excel compares these names case-insensitively.
 */
import { MAX_SHEET_NAME } from "../core/grid";

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

/** Table names may not contain spaces or brackets: "QuarterDeckKPIs" → "QuarterDeckKPIs2", "…3" … */
export function freeTableName(wanted: string, taken: string[]): string {
  if (!hasName(taken, wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}${n}`;
    if (!hasName(taken, candidate)) return candidate;
  }
}
