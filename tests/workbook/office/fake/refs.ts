/**
 * How Excel rewrites formulas when what they point at changes: a renamed sheet is renamed in every reference,
 * a deleted sheet turns every reference to it into #REF! for good (adding a sheet of the same name later does
 * not bring them back); a deleted table turns its structured references into #REF!, a table converted to a
 * range turns them into cell references.
 */
import { formatRangeAddress } from "../../../../src/core/grid";
import type { Box } from "./model";

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A sheet prefix as it may appear in a formula: 'Name'!  (quotes doubled) or Name! when no quotes are needed. */
function prefixPattern(sheet: string): string {
  const quoted = `'${escape(sheet.replace(/'/g, "''"))}'!`;
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet)
    ? `(?:${quoted}|(?<![A-Za-z0-9_.'])${escape(sheet)}!)`
    : quoted;
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The formula with every reference to `sheet` pointed at `renamed`, or turned into #REF! when it is null. */
export function rewriteSheetRefs(formula: string, sheet: string, renamed: string | null): string {
  const re = new RegExp(`${prefixPattern(sheet)}(${CELL})`, "gi");
  return formula.replace(re, (_all, cells: string) =>
    renamed === null ? "#REF!" : `${quoteSheet(renamed)}!${cells}`
  );
}

const STRUCTURED = (table: string): RegExp =>
  new RegExp(`(?<![A-Za-z0-9_.])${escape(table)}\\[([^\\[\\]]*)\\]`, "gi");

/** The block a structured reference `Table[Column]`, `Table[#All]`, `Table[#Data]` or `Table[]` names. */
export function structuredBox(table: { range: Box; headers: string[] }, inner: string): Box | null {
  const r = table.range;
  const body = { ...r, top: r.top + 1 };
  if (inner === "" || inner.toLowerCase() === "#data") return body;
  if (inner.toLowerCase() === "#all") return r;
  const i = table.headers.findIndex((h) => h.toLowerCase() === inner.toLowerCase());
  return i < 0 ? null : { ...body, left: r.left + i, right: r.left + i };
}

export function absoluteAddress(box: Box): string {
  const a = formatRangeAddress({
    top: box.top,
    left: box.left,
    bottom: box.bottom,
    right: box.right,
  }).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheet(box.sheet.name)}!${a}`;
}

/** Structured references to `table` resolved to cell references (or #REF! when `to` is null). */
export function rewriteStructured(
  formula: string,
  table: string,
  to: ((inner: string) => Box | null) | null
): string {
  return formula.replace(STRUCTURED(table), (_all, inner: string) => {
    const box = to?.(inner) ?? null;
    return box ? absoluteAddress(box) : "#REF!";
  });
}

/** Structured references to a renamed table follow the new name. */
export function renameStructured(formula: string, table: string, renamed: string): string {
  return formula.replace(STRUCTURED(table), (_all, inner: string) => `${renamed}[${inner}]`);
}
