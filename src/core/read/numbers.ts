import type { CellValue } from "../grid/types";

/**
 * Reading one number cell. Excel gives numbers as numbers, but results packs often hold figures typed
 * as text: "1,234", "(394)" = −394, "△394" / "▲394" = −394 (Japanese statements), "12.1%" = 0.121,
 * "−394" (Unicode minus), "1 234", "JPY 1,234", full-width digits. Dashes and "n/a" are blanks.
 */

/** What a cell held. Plain numeric codes so the hot loop allocates nothing. */
export const CELL_NUMBER = 0;
export const CELL_BLANK = 1;
export const CELL_EXCEL_ERROR = 2;
export const CELL_NOT_A_NUMBER = 3;
export type CellStatus =
  typeof CELL_NUMBER | typeof CELL_BLANK | typeof CELL_EXCEL_ERROR | typeof CELL_NOT_A_NUMBER;

/** Scratch slot a parsed number is written into (one per read, reused for every cell). */
export interface NumberSlot {
  value: number;
}

/** Excel's error values as `Range.values` returns them. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** Text that means "no figure": dashes, n/a, n.m. (compared lower-case, trimmed). */
const BLANK_TEXTS: ReadonlySet<string> = new Set([
  "-",
  "--",
  "—",
  "–",
  "−",
  "―",
  "‐",
  "n/a",
  "na",
  "n.a.",
  "n.a",
  "n.m.",
  "n.m",
  "nm",
]);

/** Currency marks allowed before or after the digits ("JPY 1,234", "¥1,234", "1,234円"). */
const CURRENCY_WORDS = ["US$", "JPY", "USD", "EUR", "GBP", "CNY", "¥", "￥", "$", "€", "£", "円"];

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Space-like characters inside a number: " 1 234", no-break and thin spaces. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0x3000 ||
    code === 9
  );
}

/** Minus-like characters: hyphen-minus, Unicode minus, en dash, △ ▲ of Japanese statements. */
function isMinus(code: number): boolean {
  return code === 45 || code === 0x2212 || code === 0x2013 || code === 0x25b3 || code === 0x25b2;
}

/**
 * The position after the currency mark at `i` ("JPY", "¥" …), or `i` when there is none there or the number
 * already had one (`seen`): a number has one mark, before or after its digits.
 */
function skipCurrency(text: string, i: number, seen: boolean): number {
  if (seen) return i;
  for (const word of CURRENCY_WORDS) if (text.startsWith(word, i)) return i + word.length;
  return i;
}

/**
 * The number written in `raw`, or null when it is not one. Blanks are not handled here (see `readNumberCell`).
 * Accepts: optional currency mark, one sign (− - – △ ▲ +) or parentheses, digits with `,` or space
 * grouping, one `.`, an exponent, a trailing `%` (÷ 100).
 */
export function parseNumberText(raw: string): number | null {
  let text = raw.trim();
  if (text === "") return null;
  // Full-width digits and punctuation (１，２３４) → ASCII; only strings that hold such characters pay for it.
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 0xff01 && code <= 0xff5e) {
      text = text.normalize("NFKC");
      break;
    }
  }
  const n = text.length;
  let i = 0;
  let negative = false;
  let signSeen = false;
  let paren = false;
  let currencySeen = false;
  // Prefix: currency, sign, "(" in any order, each once.
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) return null;
    const code = text.charCodeAt(i);
    if (!signSeen && isMinus(code)) {
      negative = true;
      signSeen = true;
      i++;
      continue;
    }
    if (!signSeen && code === 43) {
      signSeen = true;
      i++;
      continue;
    }
    if (!paren && code === 40) {
      paren = true;
      i++;
      continue;
    }
    const afterMark = skipCurrency(text, i, currencySeen);
    if (afterMark > i) {
      currencySeen = true;
      i = afterMark;
      continue;
    }
    break;
  }
  // Digits with grouping.
  let digits = "";
  let dotSeen = false;
  let digitCount = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      digits += text[i];
      digitCount++;
      i++;
    } else if (code === 46 && !dotSeen) {
      dotSeen = true;
      digits += ".";
      i++;
    } else if (
      (code === 44 || isSpace(code)) &&
      digitCount > 0 &&
      !dotSeen &&
      i + 1 < n &&
      isDigit(text.charCodeAt(i + 1))
    ) {
      i++;
    } else {
      break;
    }
  }
  if (digitCount === 0) return null;
  // Exponent.
  if (i < n && (text[i] === "e" || text[i] === "E")) {
    let j = i + 1;
    let exp = "e";
    if (j < n && (text[j] === "+" || text[j] === "-")) exp += text[j++];
    const expStart = j;
    while (j < n && isDigit(text.charCodeAt(j))) exp += text[j++];
    if (j === expStart) return null;
    digits += exp;
    i = j;
  }
  // Suffix: %, ")", currency mark, spaces.
  let percent = false;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const code = text.charCodeAt(i);
    if (!percent && code === 37) {
      percent = true;
      i++;
      continue;
    }
    if (paren && code === 41) {
      paren = false;
      negative = !negative;
      i++;
      continue;
    }
    const afterMark = skipCurrency(text, i, currencySeen);
    if (afterMark > i) {
      currencySeen = true;
      i = afterMark;
      continue;
    }
    return null;
  }
  if (paren) return null;
  let value = Number(digits);
  if (percent) value = value / 100;
  if (negative) value = -value;
  return Number.isFinite(value) ? value : null;
}

/** True for text that stands for "no figure" ("—", "-", "n/a", "" …). */
export function isBlankText(text: string): boolean {
  const t = text.trim();
  return t === "" || BLANK_TEXTS.has(t.toLowerCase());
}

/**
 * Classify one cell and, for a number, write it into `slot.value`. No allocation for number cells.
 * Non-finite numbers and booleans are not numbers.
 */
export function readNumberCell(cell: CellValue | undefined, slot: NumberSlot): CellStatus {
  if (typeof cell === "number") {
    if (cell - cell === 0) {
      slot.value = cell;
      return CELL_NUMBER;
    }
    return CELL_NOT_A_NUMBER;
  }
  if (cell === undefined || cell === "") return CELL_BLANK;
  if (typeof cell !== "string") return CELL_NOT_A_NUMBER;
  if (cell.charCodeAt(0) === 35 && EXCEL_ERRORS.has(cell.trim())) return CELL_EXCEL_ERROR;
  const parsed = parseNumberText(cell);
  if (parsed !== null) {
    slot.value = parsed;
    return CELL_NUMBER;
  }
  if (isBlankText(cell)) return CELL_BLANK;
  if (EXCEL_ERRORS.has(cell.trim())) return CELL_EXCEL_ERROR;
  return CELL_NOT_A_NUMBER;
}

/** A cell as shown in a message: text as written, TRUE/FALSE for booleans. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === undefined) return "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}
