/**
 * Cells as Office.js must receive them so that Excel stores exactly what the layout holds. Excel parses a string
 * written through `range.formulas` — and through `range.values` too — as if the user had typed it: "2024"
 * becomes a number, "1-3" a date, "12%" a fraction, "Mar 2024" a date, and a label copied from the source that
 * begins with "=", "+", "-" or "@" a live formula. A leading apostrophe is Excel's own way to say "text": it is
 * kept out of the cell's value (the cell gets the quote prefix) and the rest is stored as typed. So every constant
 * string is sent with one. The alternative, the Text number format "@", would replace the layout's formats
 * (which the summary and the port contract read back) and turn any formula the user later types there into text.
 */
import type { CellValue } from "../../core/grid/types";
import { jsonScalarBytes, jsonStringBytes } from "./payload";

/** A layout cell is a live formula when its formula text starts with "=" and differs from its cached value. */
export function isFormulaCell(formula: CellValue, value: CellValue | undefined): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/** One cell as sent: formulas as they are, numbers and booleans as they are, text behind an apostrophe. */
export function cellToWrite(formula: CellValue, value: CellValue | undefined): CellValue {
  if (isFormulaCell(formula, value)) return formula;
  if (typeof formula === "string" && formula !== "") return `'${formula}`;
  return formula;
}

/**
 * The grid as sent through `range.formulas`. `values` are the cached values of the same shape; without them
 * (generated blocks such as the chart data) every string starting with "=" is a formula.
 */
export function cellsToWrite(formulas: CellValue[][], values?: CellValue[][]): CellValue[][] {
  return formulas.map((row, r) =>
    row.map((f, c) => cellToWrite(f, values ? values[r]?.[c] : undefined))
  );
}

/** JSON bytes of one cell as sent (`cellToWrite`), worked out without building it. */
export function sentCellBytes(formula: CellValue, value: CellValue | undefined): number {
  if (isFormulaCell(formula, value)) return jsonStringBytes(formula);
  // the apostrophe: one byte
  if (typeof formula === "string" && formula !== "") return jsonStringBytes(formula) + 1;
  return jsonScalarBytes(formula);
}

/** JSON bytes of one row as sent: `[a,b,c]` of `cellToWrite` of each cell. */
export function sentRowBytes(
  formulas: readonly CellValue[],
  values?: readonly CellValue[]
): number {
  let bytes = 2 + Math.max(0, formulas.length - 1);
  for (let c = 0; c < formulas.length; c++)
    bytes += sentCellBytes(formulas[c] as CellValue, values?.[c]);
  return bytes;
}
