/** Display text of KPI values, as Excel would show them with the KPI's number format. */

export const FORMAT_INTEGER = "#,##0";
export const FORMAT_ONE_DECIMAL = "#,##0.0";
export const FORMAT_TWO_DECIMALS = "#,##0.00";
export const FORMAT_PERCENT = "0.0%";
/**
 * A change in percentage points, the value already in points (1.7 for 58.3% → 60.0%): a sign on every change
 * and the unit after it, "+1.7 pp", "-0.4 pp", "0.0 pp". Excel picks the section by the value's sign (a value
 * that rounds to zero keeps its sign: "+0.0 pp"), and its number formats cannot scale by 100 without a "%".
 */
export const FORMAT_PP = '+0.0" pp";-0.0" pp";0.0" pp"';
export const NOT_MEANINGFUL = "n.m.";

/** True when every character of `text` is a digit. */
function allDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "1234567" → "1,234,567" (a million displays are rendered per refresh: sliced, not searched by pattern). */
function group(digits: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  // toFixed writes 1e21 and above in exponent form: grouped by the pattern as ever
  if (!allDigits(digits)) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const head = n % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < n; i += 3) out += "," + digits.slice(i, i + 3);
  return out;
}

/** True when a toFixed text shows zero ("0", "0.00"). */
function showsZero(fixed: string): boolean {
  for (let i = 0; i < fixed.length; i++) {
    const c = fixed.charCodeAt(i);
    if (c !== 48 && c !== 46) return false;
  }
  return true;
}

/** `1234.5` with 1 decimal → "1,234.5"; rounds half away from zero; never "-0". */
export function formatFixed(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const dot = fixed.indexOf(".");
  const body = dot < 0 ? group(fixed) : group(fixed.slice(0, dot)) + fixed.slice(dot);
  return value < 0 && !showsZero(fixed) ? `-${body}` : body;
}

/** A value under FORMAT_PP: the section by the sign of the value itself, as Excel picks it. */
function ppText(value: number): string {
  const sign = value > 0 ? "+" : value < 0 ? "-" : "";
  // "0.0" has no thousands separator: a change of 1,234.5 points (a share far above 100%) shows "+1234.5 pp"
  return `${sign}${Math.abs(value).toFixed(1)} pp`;
}

/** Display text for a value under one of the formats above; null → "n.m.". */
export function display(value: number | null, numberFormat: string): string {
  if (value === null || !Number.isFinite(value)) return NOT_MEANINGFUL;
  switch (numberFormat) {
    case FORMAT_PERCENT:
      return `${formatFixed(value * 100, 1)}%`;
    case FORMAT_PP:
      return ppText(value);
    case FORMAT_ONE_DECIMAL:
      return formatFixed(value, 1);
    case FORMAT_TWO_DECIMALS:
      return formatFixed(value, 2);
    default:
      return formatFixed(value, 0);
  }
}

/** Decimals (0, 1 or 2) that show `values` without losing any, at least `atLeast`. */
export function decimalsOf(values: readonly (number | null)[], atLeast = 0): number {
  let decimals = atLeast;
  for (let i = 0; i < values.length && decimals < 2; i++) {
    const v = values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (Math.abs(v - Math.round(v)) < 1e-9) continue;
    decimals = Math.max(decimals, Math.abs(v * 10 - Math.round(v * 10)) < 1e-9 ? 1 : 2);
  }
  return decimals;
}

/** The plain number format with `decimals` (0, 1 or 2) decimals. */
export function formatWithDecimals(decimals: number): string {
  return decimals === 0
    ? FORMAT_INTEGER
    : decimals === 1
      ? FORMAT_ONE_DECIMAL
      : FORMAT_TWO_DECIMALS;
}

/** The plain number format that shows `values` without losing their decimals (up to two). */
export function amountFormat(values: readonly (number | null)[]): string {
  return formatWithDecimals(decimalsOf(values));
}
