import { MAX_COLS } from "./limits";

/**
 * Column letters of a zero-based column index: 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD".
 * Returns "" for an index outside 0…16383 or not an integer.
 */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLS) return "";
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Zero-based column index of column letters (case-insensitive): "A" → 0, "XFD" → 16383; null when invalid or beyond XFD. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLS ? n - 1 : null;
}
