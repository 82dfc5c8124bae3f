import { columnIndex } from "./columns";
import { MAX_ROWS } from "./limits";

const PLAIN_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const A1_LIKE = /^([A-Za-z]{1,3})(\d+)$/;
const R1C1_LIKE = /^(R\d*C?\d*|C\d*)$/i;

/** True when a name could be read as a cell reference (`A1`, `XFD1048576`, `R1C1`, `TRUE`) and so must be quoted. */
function looksLikeReference(name: string): boolean {
  const m = A1_LIKE.exec(name);
  if (m && columnIndex(m[1] ?? "") !== null && Number(m[2]) >= 1 && Number(m[2]) <= MAX_ROWS)
    return true;
  if (R1C1_LIKE.test(name)) return true;
  return /^(TRUE|FALSE)$/i.test(name);
}

/**
 * Whether a sheet name needs quotes in a formula or address: names holding spaces or punctuation,
 * starting with a digit, or that read as a cell reference.
 */
export function sheetNeedsQuotes(name: string): boolean {
  return !PLAIN_NAME.test(name) || looksLikeReference(name);
}

/** Sheet name as written before `!`: `Figures`, `'Q4 pack'`, `'Bob''s'` (embedded quote doubled). */
export function quoteSheetName(name: string): string {
  return sheetNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/**
 * Split `Sheet!A1`, `'Q4 pack'!B3` or `A1` into the unquoted sheet name and the rest.
 * Returns null when the sheet part is malformed (unbalanced quotes, empty name).
 */
export function splitSheetPrefix(text: string): { sheet?: string; rest: string } | null {
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    for (;;) {
      if (i >= text.length) return null;
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (text[i + 1] !== "!" || name === "") return null;
    return { sheet: name, rest: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { rest: text };
  const sheet = text.slice(0, bang);
  if (sheet.trim() === "" || /['!]/.test(sheet)) return null;
  return { sheet, rest: text.slice(bang + 1) };
}
