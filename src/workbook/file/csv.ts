import type { CellValue, Grid } from "../../core/grid/types";

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF, LF or CR; a field in double quotes may hold
 * commas, line breaks and doubled quotes (""). A leading byte-order mark is dropped. A final line break does
 * not make an extra record. Rows are returned as written (they may differ in length).
 */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldStarted = false;
  let i = 0;
  const n = src.length;
  const endField = (): void => {
    row.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = src[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (ch === ",") {
      endField();
      i += 1;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRow();
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i += 1;
  }
  if (fieldStarted || field !== "" || row.length > 0) endRow();
  return rows;
}

const PLAIN_NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;

/**
 * A CSV field as a cell value: a plain number ("12100", "-420", "0.25", "1e6") becomes a number; anything else
 * ("1,234", "(394)", "12.1%", "  of which backbone costs") stays text, exactly as written, for the reader to judge.
 */
export function csvFieldToCell(field: string): CellValue {
  const trimmed = field.trim();
  if (PLAIN_NUMBER.test(trimmed)) {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return n;
  }
  return field;
}

/** CSV text → a rectangular grid (short rows padded with ""). */
export function csvToGrid(text: string): Grid {
  const rows = parseCsv(text);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => {
    const cells: CellValue[] = r.map(csvFieldToCell);
    while (cells.length < width) cells.push("");
    return cells;
  });
}

/**
 * Decode CSV bytes: UTF-8 (with or without BOM) when valid, else Shift_JIS (Japanese Excel's default CSV
 * encoding), else Windows-1252.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    for (const label of ["shift_jis", "windows-1252"]) {
      try {
        return new TextDecoder(label, { fatal: true }).decode(bytes);
      } catch {
        // try the next encoding
      }
    }
    return new TextDecoder("utf-8").decode(bytes);
  }
}
