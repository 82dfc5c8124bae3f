/**
 * The book's own ratios in a wide block: the cells of its computed columns ("YoY%", "CAGR %") and ratio rows
 * ("YoY %" under a line), each with the line, the periods it refers to and the decimals it is written with.
 */
import type { CellValue, Grid } from "../grid/types";
import type { Period } from "../periods/types";
import { addressAt, type ReadContext } from "./context";
import { CELL_NUMBER, readNumberCell, type NumberSlot } from "./numbers";
import type { BookRatio, Series } from "./types";
import type { ComputedColumn } from "./wide-header";
import type { RatioRow } from "./wide-rows";

/** Decimals a number is written with: "12.3%" → 3 (0.123), 1234.5 → 1. */
function decimalsOf(cell: CellValue | undefined, value: number): number {
  if (typeof cell === "string") {
    const t = cell.trim();
    const m = /[.,](\d+)\s*%?\)?$/.exec(t.replace(/[^\d.,%)]/g, ""));
    const shown = m && (m[1] as string).length !== 3 ? (m[1] as string).length : 0;
    return shown + (t.includes("%") ? 2 : 0);
  }
  const s = String(Math.abs(value));
  if (/e/i.test(s)) return 15;
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** The book's ratio cells of the computed columns and ratio rows, for the lines read. */
export function bookRatiosOf(
  ctx: ReadContext,
  grid: Grid,
  computed: readonly ComputedColumn[],
  ratioRows: readonly RatioRow[],
  lineSeries: (Series | null)[],
  lineRows: readonly number[],
  at: { periodCols: readonly number[]; periods: readonly Period[] }
): BookRatio[] {
  const out: BookRatio[] = [];
  const slot: NumberSlot = { value: 0 };
  const push = (
    s: Series,
    r: number,
    c: number,
    def: ComputedColumn["def"],
    period?: Period,
    base?: Period
  ): void => {
    const cell = grid[r]?.[c];
    if (readNumberCell(cell, slot) !== CELL_NUMBER) return;
    const ratio: BookRatio = {
      metric: s.metric,
      label: s.label,
      header: def.header,
      compares: def.compares,
      measure: def.measure,
      cell: addressAt(ctx, r, c),
      value: slot.value,
      shown: typeof cell === "string" ? cell.trim() : String(slot.value),
      decimals: decimalsOf(cell, slot.value),
      factor: s.factor,
    };
    if (period) ratio.period = period;
    if (base) ratio.base = base;
    out.push(ratio);
  };
  if (computed.length > 0)
    lineSeries.forEach((s, i) => {
      if (!s) return;
      for (const col of computed)
        push(s, lineRows[i] as number, col.col, col.def, col.period, col.base);
    });
  for (const rr of ratioRows) {
    const s = lineSeries[rr.line];
    if (!s) continue;
    for (let j = 0; j < at.periodCols.length; j++) {
      // a ratio row gives each period's ratio; only yoy and qoq say which period it compares with
      const sure = rr.def.compares === "yoy" || rr.def.compares === "qoq";
      push(s, rr.row, at.periodCols[j] as number, rr.def, sure ? at.periods[j] : undefined);
    }
  }
  return out;
}
