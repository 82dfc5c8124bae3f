/**
 * What Excel stores when a string reaches a cell through `range.values` or `range.formulas`: the text is parsed
 * as if the user had typed it. A leading apostrophe keeps the rest as text; a cell formatted as Text ("@")
 * keeps it as text; "=…" is a formula, "+…", "-…" and "@…" become formulas unless they are numbers; "2024",
 * "1,250.5" and "12%" become numbers; "TRUE" a boolean; "2024-03-31", "3/31/2024" and "1-3" (en-US: 3 January of
 * this year) become date serials. Everything else stays text.
 */
import type { CellValue } from "../../../../src/core/grid/types";

export type Typed = { formula: string } | { value: CellValue };

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;

/** Days since 1899-12-30, Excel's serial of a date. */
export function dateSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day);
  const back = new Date(utc);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function parseNumber(text: string): number | null {
  const percent = text.endsWith("%");
  const body = percent ? text.slice(0, -1) : text;
  if (!NUMBER.test(body)) return null;
  const n = Number(body.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

function parseDate(text: string, today: Date): number | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const y = Number(m[3]);
    return dateSerial(y < 100 ? (y < 30 ? 2000 + y : 1900 + y) : y, Number(m[1]), Number(m[2]));
  }
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return dateSerial(today.getUTCFullYear(), Number(m[1]), Number(m[2]));
  return null;
}

export function parseTyped(text: string, numberFormat = "General", today = new Date()): Typed {
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith("=")) return { formula: text };
  const n = parseNumber(text);
  if (n !== null) return { value: n };
  if (text.length > 1 && (text.startsWith("+") || text.startsWith("-")))
    return { formula: `=${text}` };
  if (text.length > 1 && text.startsWith("@")) return { formula: `=${text.slice(1)}` };
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const d = parseDate(text, today);
  if (d !== null) return { value: d };
  return { value: text };
}
