import { formatCellAddress, parseCellAddress } from "./cell-address";
import { columnIndex, columnLetters } from "./columns";
import { MAX_COLS, MAX_ROWS } from "./limits";
import { addressMessages } from "./messages";
import { quoteSheetName, splitSheetPrefix } from "./sheet-name";
import type { RangeAddress } from "./types";

type Parsed = { ok: true; value: RangeAddress } | { ok: false; message: string };

const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function rowNumber(text: string): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= MAX_ROWS ? n - 1 : null;
}

function parseBody(body: string, original: string): Parsed {
  const cols = COLS.exec(body);
  if (cols) {
    const a = columnIndex(cols[1] ?? "");
    const b = columnIndex(cols[2] ?? "");
    if (a === null || b === null)
      return { ok: false, message: addressMessages.columnOutOfRange(original) };
    return {
      ok: true,
      value: {
        top: 0,
        bottom: MAX_ROWS - 1,
        left: Math.min(a, b),
        right: Math.max(a, b),
        fullColumns: true,
      },
    };
  }
  const rows = ROWS.exec(body);
  if (rows) {
    const a = rowNumber(rows[1] ?? "");
    const b = rowNumber(rows[2] ?? "");
    if (a === null || b === null)
      return { ok: false, message: addressMessages.rowOutOfRange(original) };
    return {
      ok: true,
      value: {
        top: Math.min(a, b),
        bottom: Math.max(a, b),
        left: 0,
        right: MAX_COLS - 1,
        fullRows: true,
      },
    };
  }
  const parts = body.split(":");
  if (parts.length > 2) return { ok: false, message: addressMessages.badRange(original) };
  const first = parseCellAddress(parts[0] ?? "");
  const second = parts.length === 2 ? parseCellAddress(parts[1] ?? "") : first;
  if (!first || !second) {
    const looksBeyond = parts.every((p) => /^\$?[A-Za-z]+\$?\d+$/.test(p));
    return {
      ok: false,
      message: looksBeyond
        ? addressMessages.rowOutOfRange(original)
        : addressMessages.badRange(original),
    };
  }
  return {
    ok: true,
    value: {
      top: Math.min(first.row, second.row),
      bottom: Math.max(first.row, second.row),
      left: Math.min(first.col, second.col),
      right: Math.max(first.col, second.col),
    },
  };
}

function parse(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: addressMessages.empty() };
  const split = splitSheetPrefix(trimmed);
  if (!split) return { ok: false, message: addressMessages.badSheet(trimmed) };
  const parsed = parseBody(split.rest, trimmed);
  if (parsed.ok && split.sheet !== undefined) parsed.value.sheet = split.sheet;
  return parsed;
}

/**
 * Parse a range address: `Sheet!A1:Z99`, `'Q4 pack'!$B$3:$O$40`, `A:D` (full columns), `3:5` (full rows)
 * or a single cell `B2`. Corners may be given in any order. Null when malformed; `rangeAddressError` says why.
 */
export function parseRangeAddress(text: string): RangeAddress | null {
  const parsed = parse(text);
  return parsed.ok ? parsed.value : null;
}

/** A plain-words reason why `text` is not a range address, or null when it is one. */
export function rangeAddressError(text: string): string | null {
  const parsed = parse(text);
  return parsed.ok ? null : parsed.message;
}

/** Address text of a range: `Figures!A1:O40`, `A:D`, `3:5`, or `B2` for a single cell; sheet quoted when needed. */
export function formatRangeAddress(range: RangeAddress): string {
  const prefix = range.sheet !== undefined ? `${quoteSheetName(range.sheet)}!` : "";
  if (range.fullColumns)
    return `${prefix}${columnLetters(range.left)}:${columnLetters(range.right)}`;
  if (range.fullRows) return `${prefix}${range.top + 1}:${range.bottom + 1}`;
  const a = formatCellAddress(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return `${prefix}${a}`;
  return `${prefix}${a}:${formatCellAddress(range.bottom, range.right)}`;
}
