/** A1 addressing helpers for the file adapter and the summary layout (1-based rows and columns). */

/** Column letters of a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  let n = Math.max(1, Math.floor(col));
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 1-based column number of column letters: "A" → 1, "AA" → 27; 0 when not letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return 0;
    n = n * 26 + (code - 64);
  }
  return n;
}

/** "B3" from row 3, column 2. */
export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "B3:D9" (or "B3" for one cell). */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = cellA1(top, left);
  const b = cellA1(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

/** "$B$3:$D$9" (absolute). */
export function absoluteRangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = `$${columnLetters(left)}$${top}`;
  const b = `$${columnLetters(right)}$${bottom}`;
  return top === bottom && left === right ? a : `${a}:${b}`;
}

/** A sheet name as it must appear in a formula: quoted when it holds anything but letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** A parsed block: 1-based bounds; a full-column or full-row reference has open bounds (null). */
export interface ParsedRange {
  sheet: string | null;
  top: number | null;
  left: number | null;
  bottom: number | null;
  right: number | null;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?$/;

function parseCellPart(part: string): { col: number | null; row: number | null } | null {
  const m = CELL.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? columnNumber(m[1]) : null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { col, row };
}

/**
 * Parse "Figures!A1:N30", "'Q4 pack'!$B$3", "A:D", "3:9", "B2" into bounds. Null when it is not a range.
 */
export function parseRangeAddress(address: string): ParsedRange | null {
  const text = address.trim();
  let sheet: string | null = null;
  let ref = text;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = text.slice(0, bang);
    ref = text.slice(bang + 1);
    sheet =
      rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length >= 2
        ? rawSheet.slice(1, -1).replace(/''/g, "'")
        : rawSheet;
    if (sheet === "") return null;
  }
  const parts = ref.split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parseCellPart(parts[0] ?? "");
  const b = parseCellPart(parts[1] ?? parts[0] ?? "");
  if (!a || !b) return null;
  // Both parts must be of the same shape: cell:cell, col:col, row:row.
  if ((a.col === null) !== (b.col === null) || (a.row === null) !== (b.row === null)) return null;
  const top = a.row !== null && b.row !== null ? Math.min(a.row, b.row) : null;
  const bottom = a.row !== null && b.row !== null ? Math.max(a.row, b.row) : null;
  const left = a.col !== null && b.col !== null ? Math.min(a.col, b.col) : null;
  const right = a.col !== null && b.col !== null ? Math.max(a.col, b.col) : null;
  return { sheet, top, left, bottom, right };
}
