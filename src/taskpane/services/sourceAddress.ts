import type { SourceRange } from "../../core/grid/types";

/** Column letters of a 0-based column index: 0 → "A", 26 → "AA". */
export function columnName(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet name quoted for an address when it holds anything but letters, digits and underscores. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Zero-based row and column of an A1 cell ("B3" → {row: 2, col: 1}); null when it is not one. */
export function parseCell(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * The sheet-qualified address of a block inside a range that was read:
 * rows `top..bottom` and columns `left..right` (0-based, inclusive, relative to the range's top-left).
 */
export function blockAddress(range: Pick<SourceRange, "sheet" | "topLeft">, top: number, left: number, bottom: number, right: number): string {
  const origin = parseCell(range.topLeft) ?? { row: 0, col: 0 };
  const a = `${columnName(origin.col + left)}${origin.row + top + 1}`;
  const b = `${columnName(origin.col + right)}${origin.row + bottom + 1}`;
  return `${quoteSheetName(range.sheet)}!${a === b ? a : `${a}:${b}`}`;
}
