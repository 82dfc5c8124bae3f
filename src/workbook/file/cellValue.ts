import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid/types";
import { dateToSerial } from "./serial";

type Primitive = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined | null;

function primitiveToCell(v: Primitive, date1904: boolean): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "#VALUE!" : dateToSerial(v, date1904);
  return v.error;
}

function richTextToString(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((part) => part.text).join("");
}

/**
 * An exceljs cell value as Excel's `Range.values` shows it: formulas give their cached result, dates their
 * serial number, rich text and hyperlinks their plain text, errors their text ("#N/A"), blanks "".
 */
export function excelJsToCell(value: ExcelJS.CellValue, date1904 = false): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" || value instanceof Date) return primitiveToCell(value, date1904);
  if ("error" in value) return value.error;
  if ("richText" in value) return richTextToString(value);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (
      result !== null &&
      typeof result === "object" &&
      !(result instanceof Date) &&
      "richText" in result
    ) {
      return richTextToString(result as ExcelJS.CellRichTextValue);
    }
    return primitiveToCell(result, date1904);
  }
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text)
      return richTextToString(text as ExcelJS.CellRichTextValue);
    return "";
  }
  return "";
}
