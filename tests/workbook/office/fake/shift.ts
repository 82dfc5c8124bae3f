/**
 * Whole rows inserted into or deleted from a sheet, as Excel does it: the cells below move, and so does every
 * reference to them — formulas on any sheet, tables, defined names, chart series. A reference into deleted rows
 * becomes #REF! (a range losing only some of its rows shrinks).
 */
import type { Box, FakeSheet, FakeWorkbookModel } from "./model";
import { newSheet } from "./model";
import { quoteSheet } from "./refs";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CELL = String.raw`(\$?[A-Za-z]{1,3}\$?)(\d+)`;

/** A zero-based row after the change, or null when it was deleted. */
function moved(row: number, at: number, count: number): number | null {
  if (count >= 0) return row >= at ? row + count : row;
  const n = -count;
  if (row < at) return row;
  return row < at + n ? null : row - n;
}

/** Rewrite the row numbers of one A1 reference (cell or range); null when all of it was deleted. */
function moveRef(text: string, at: number, count: number): string | null {
  const parts = text.split(":");
  const re = new RegExp(`^${CELL}$`);
  const rows = parts.map((p) => Number(re.exec(p)?.[2] ?? "0") - 1);
  const cols = parts.map((p) => re.exec(p)?.[1] ?? "");
  if (parts.length === 1) {
    const r = moved(rows[0]!, at, count);
    return r === null ? null : `${cols[0]}${r + 1}`;
  }
  let top = moved(rows[0]!, at, count);
  let bottom = moved(rows[1]!, at, count);
  if (top === null && bottom === null) return null;
  if (top === null) top = at; // the range loses its first rows
  if (bottom === null) bottom = at - 1; // the range loses its last rows
  if (bottom < top) return null;
  return `${cols[0]}${top + 1}:${cols[1]}${bottom + 1}`;
}

/** One formula with its references to `sheet` moved (`own`: the formula lives on that sheet). */
export function shiftFormula(
  formula: string,
  sheet: string,
  own: boolean,
  at: number,
  count: number
): string {
  const ref = `${CELL}(?::${CELL})?`;
  const move = (cells: string): string => moveRef(cells, at, count) ?? "#REF!";
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet)
    ? `|(?<![A-Za-z0-9_.'])${escape(sheet)}`
    : "";
  const prefixed = new RegExp(`((?:${escape(quoteSheet(sheet))}${plain})!)(${ref})`, "gi");
  let out = formula.replace(prefixed, (_all, prefix: string, cells: string) => {
    const m = move(cells);
    return m === "#REF!" ? m : `${prefix}${m}`;
  });
  if (own) {
    const bare = new RegExp(`(?<![A-Za-z0-9_.$'!:])(${ref})(?![A-Za-z0-9_(\\[!])`, "g");
    out = out.replace(bare, (_all, cells: string) => move(cells));
  }
  return out;
}

const dead = newSheet("#REF!");

function moveBox(box: Box, at: number, count: number): Box {
  const top = moved(box.top, at, count);
  const bottom = moved(box.bottom, at, count);
  if (top === null && bottom === null) return { ...box, sheet: dead };
  return { ...box, top: top ?? at, bottom: bottom ?? at - 1 };
}

/** Insert (`count` > 0) or delete (`count` < 0) whole rows at zero-based row `at` of `sheet`. */
export function shiftRows(
  model: FakeWorkbookModel,
  sheet: FakeSheet,
  at: number,
  count: number
): void {
  for (const grid of [sheet.values, sheet.formats, sheet.formulas] as unknown[][]) {
    if (grid.length <= at) continue;
    if (count > 0) grid.splice(at, 0, ...new Array<undefined>(count));
    else grid.splice(at, -count);
  }
  for (const s of model.sheets)
    s.formulas.forEach((row) =>
      row?.forEach((g, c) => {
        if (typeof g === "string") row[c] = shiftFormula(g, sheet.name, s === sheet, at, count);
      })
    );
  for (const t of model.tables) if (t.sheet === sheet) t.range = moveBox(t.range, at, count);
  for (const [name, box] of model.names)
    if (box.sheet === sheet) model.names.set(name, moveBox(box, at, count));
  for (const chart of sheet.charts)
    for (const s of chart.series) {
      if (s.values) s.values = moveBox(s.values, at, count);
      if (s.xValues) s.xValues = moveBox(s.xValues, at, count);
    }
}
