/**
 * The range a worksheet function is given, as the core's SourceRange. Excel passes a range argument as a
 * 2-D array of values (numbers, text, booleans; a blank cell as "" or null/undefined depending on the host).
 * Where the range sits is only known when Excel passes the parameter's address (`parameterAddresses`,
 * CustomFunctionsRuntime 1.5); without it the block is read as if it started at A1 of a sheet named
 * `FIGURES_SHEET`, and issue messages name cells relative to the range.
 */
import { parseCellAddress, splitSheetPrefix } from "../core/grid";
import type { CellValue, Grid, SourceRange } from "../core/grid/types";

/** The sheet name used when the host does not say where the range is. */
export const FIGURES_SHEET = "Figures";

/** The text of an Excel error passed in a range (a CustomFunctions.Error-like object: `code` "#N/A", "#DIV/0!" …). */
function errorText(v: object): string | null {
  const code = (v as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

/**
 * One cell from the host as the core's CellValue: blanks become "", an error its text ("#N/A", as Range.values
 * gives it, which the reader reports), anything unexpected its text.
 */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object") return errorText(v) ?? "#VALUE!";
  return String(v);
}

/** The host's 2-D array as a rectangular grid (short rows padded with blanks). */
export function toGrid(values: readonly (readonly unknown[])[]): Grid {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  return values.map((row) => {
    const out: CellValue[] = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) out[c] = toCellValue(row[c]);
    return out;
  });
}

/** Sheet and top-left cell of an address such as "Figures!A1:M31" or "'Q4 pack'!$B$2:$N$40"; null when unreadable. */
export function whereOf(address: string | undefined): { sheet: string; topLeft: string } | null {
  if (address === undefined || address.trim() === "") return null;
  const split = splitSheetPrefix(address.trim());
  if (!split || split.sheet === undefined) return null;
  const first = split.rest.split(":")[0]?.replace(/\$/g, "") ?? "";
  if (parseCellAddress(first) === null) return null;
  return { sheet: split.sheet, topLeft: first.toUpperCase() };
}

/** The figures argument as a SourceRange, placed at `address` when the host gave it. */
export function toSourceRange(
  values: readonly (readonly unknown[])[],
  address?: string
): SourceRange {
  const where = whereOf(address) ?? { sheet: FIGURES_SHEET, topLeft: "A1" };
  return { sheet: where.sheet, topLeft: where.topLeft, values: toGrid(values) };
}
