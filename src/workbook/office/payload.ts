/**
 * Payload measurement: the UTF-8 byte length of `JSON.stringify` of a grid, computed without building the
 * string (a 1,048,576-row range would otherwise allocate hundreds of megabytes just to be measured).
 */

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n += 1;
  return n;
}

/** UTF-8 bytes of a string as JSON writes it, quotes and escapes included. */
export function jsonStringBytes(text: string): number {
  // Most texts (formulas, labels) are printable ASCII: one byte a character, one more for each `"` and `\`.
  // The native regular expression and indexOf scans are several times faster than the loop below.
  if (!NOT_PRINTABLE_ASCII.test(text))
    return 2 + text.length + countOf(text, '"') + countOf(text, "\\");
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code === 0x22 ||
      code === 0x5c ||
      code === 0x08 ||
      code === 0x0c ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x09
    )
      bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 6; // lone surrogate: JSON.stringify escapes it as \udxxx
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** Bytes of one JSON scalar: numbers as JSON prints them (non-finite → null), booleans, strings, null. */
export function jsonScalarBytes(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === "string") return jsonStringBytes(value);
  if (typeof value === "boolean") return value ? 4 : 5;
  return 4;
}

/** Bytes of one row `[a,b,c]`. */
export function jsonRowBytes(row: readonly unknown[]): number {
  let bytes = 2 + Math.max(0, row.length - 1);
  for (const cell of row) bytes += jsonScalarBytes(cell);
  return bytes;
}

/** Bytes of a grid `[[…],[…]]`, rows `from` (inclusive) to `to` (exclusive). */
export function jsonGridBytes(
  grid: readonly (readonly unknown[])[],
  from = 0,
  to = grid.length
): number {
  let bytes = 2 + Math.max(0, to - from - 1);
  for (let r = from; r < to; r++) bytes += jsonRowBytes(grid[r] ?? []);
  return bytes;
}
