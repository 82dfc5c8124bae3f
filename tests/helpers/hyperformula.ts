/**
 * Values between HyperFormula and the worksheet functions' pure code, for tests that register QUARTERDECK
 * functions as HyperFormula plugins: a range's cells as Excel passes them, and a result as the engine shows it.
 */
import { CellError, EmptyValue, ErrorType } from "hyperformula";
import type { CellValue } from "../../src/core/grid/types";
import type { FnResult } from "../../src/functions/result";

/** A value of HyperFormula's range as Excel passes it: numbers, text, booleans, "" for blank, errors as text. */
export function fromEngine(v: unknown): CellValue {
  if (v === EmptyValue || v === null || v === undefined) return "";
  if (v instanceof CellError) return `#${v.type}`;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && "val" in v) return Number((v as { val: number }).val); // rich number (date, %)
  return String(v);
}

/** A function's result as the engine shows it: the number, or #N/A / #VALUE! with the reason. */
export function toEngine(r: FnResult<number>): number | CellError {
  return r.ok
    ? r.value
    : new CellError(r.error === "na" ? ErrorType.NA : ErrorType.VALUE, r.message);
}
