/**
 * The ledger roll-up of a long table: the output periods are those given directly, quarters rolled up from
 * months, and fiscal years of four such quarters. Flows are summed (a quarter needs its three months, a year its
 * four quarters); stocks and rates take the last month of the quarter.
 */
import type { CellRef, Grid } from "../../grid/types";
import { comparePeriods, formatPeriod, periodKey, quarterOfDate } from "../../periods";
import type { Period } from "../../periods/types";
import { refAt, type ReadContext } from "../context";
import type { LongColumns } from "../layout";
import { CELL_NUMBER, parseNumberText, type NumberSlot } from "../numbers";
import type { MetricNature } from "../types";
import type { Figures } from "./figures";
import type { Slots } from "./slots";

interface DerivedQuarter {
  shape: Omit<Period, "label">;
  months: number[];
  endSlot: number;
}

/** An output column: a period given directly (a slot), a quarter rolled up from months, or a year of four such quarters. */
export type Column =
  | { period: Period; slot: number }
  | { period: Period; quarter: DerivedQuarter }
  | { period: Period; year: DerivedQuarter[] };

export interface RollUp {
  columns: Column[];
  /** Reads the figures of series `s` by slot from the grid (once per series) for `valueIn`. */
  load(s: number): void;
  /** The value of the loaded series `s` in column `c` (before rescaling), or null. */
  valueIn(c: Column, s: number): number | null;
  /** The one cell a value of series `s` in column `c` comes from; null for a sum of rows. */
  cellIn(c: Column, s: number): CellRef | null;
}

/** The quarters that months roll up into (those not given directly), and the years of four such quarters. */
function derivedPeriods(slots: Slots): {
  direct: number[];
  quarters: Map<string, DerivedQuarter>;
  years: Map<number, DerivedQuarter[]>;
} {
  const direct: number[] = [];
  const quarters = new Map<string, DerivedQuarter>();
  slots.periods.forEach((p, i) => {
    if (p.kind !== "month") {
      direct.push(i);
      return;
    }
    const q = quarterOfDate(p.end, slots.calendar);
    const key = periodKey(q);
    if (slots.byKey.has(key)) return;
    let dq = quarters.get(key);
    if (!dq) {
      dq = { shape: q, months: [], endSlot: -1 };
      quarters.set(key, dq);
    }
    dq.months.push(i);
    if (p.end === q.end) dq.endSlot = i;
  });
  const years = new Map<number, DerivedQuarter[]>();
  for (const dq of quarters.values()) {
    const list = years.get(dq.shape.fiscalYear) ?? [];
    list.push(dq);
    years.set(dq.shape.fiscalYear, list);
  }
  return { direct, quarters, years };
}

export function rollUp(
  ctx: ReadContext,
  grid: Grid,
  cols: LongColumns,
  slots: Slots,
  figures: Figures,
  natures: readonly MetricNature[],
  amountAt: (r: number, s: number) => number,
  slot: NumberSlot
): RollUp {
  const { calendar } = slots;
  const { store, sums } = figures;
  const P = slots.periods.length;
  const { direct, quarters, years } = derivedPeriods(slots);
  const like = direct.map((i) => slots.periods[i]?.label).find((l) => l !== undefined);

  const columns: Column[] = [];
  for (const i of direct) columns.push({ period: slots.periods[i] as Period, slot: i });
  for (const dq of quarters.values()) {
    const label = formatPeriod(dq.shape, calendar, like);
    columns.push({ period: { ...dq.shape, label }, quarter: dq });
  }
  for (const [fy, list] of years) {
    const byQuarter = new Map(list.map((dq) => [dq.shape.quarter, dq]));
    const q1 = byQuarter.get(1);
    const q4 = byQuarter.get(4);
    if (!q1 || !q4 || !byQuarter.has(2) || !byQuarter.has(3)) continue;
    const shape: Omit<Period, "label"> = {
      kind: "year",
      fiscalYear: fy,
      start: q1.shape.start,
      end: q4.shape.end,
    };
    if (slots.byKey.has(periodKey(shape))) continue;
    const ordered = [1, 2, 3, 4].map((q) => byQuarter.get(q) as DerivedQuarter);
    columns.push({
      period: { ...shape, label: formatPeriod(shape, calendar, like) },
      year: ordered,
    });
  }
  columns.sort((a, b) => comparePeriods(a.period, b.period));

  // The figures of one series by period slot, read from the grid once per series (see `load`).
  const slotValue = new Float64Array(P);
  const slotHas = new Uint8Array(P);
  const load = (s: number): void => {
    for (let p = 0; p < P; p++) {
      const sum = sums && natures[s] === "flow" ? sums.get(s * P + p) : undefined;
      if (sum) {
        slotHas[p] = sum.bad ? 0 : 1;
        slotValue[p] = sum.bad ? 0 : sum.total;
        continue;
      }
      const r = store.get(s, p);
      const has = r >= 0 && amountAt(r, s) === CELL_NUMBER;
      slotHas[p] = has ? 1 : 0;
      slotValue[p] = has ? slot.value : 0;
    }
  };
  /** The loaded series' figure in slot `p`. */
  const valueOf = (p: number): number | null =>
    slotHas[p] === 1 ? (slotValue[p] as number) : null;
  const cellOf = (s: number, p: number): CellRef | null => {
    const r = store.get(s, p);
    // a month of a ledger's flow adds up several rows
    if (r < 0 || (sums && natures[s] === "flow" && sums.has(s * P + p))) return null;
    const ref = refAt(ctx, r, cols.amount);
    // a number typed as text
    const cell = grid[r]?.[cols.amount];
    if (typeof cell === "string" && parseNumberText(cell) !== null) ref.text = true;
    return ref;
  };
  /** A quarter of months: flows summed when all three are there, stocks and rates at the quarter's last month. */
  const quarterValue = (dq: DerivedQuarter, s: number): number | null => {
    if (natures[s] !== "flow") return dq.endSlot >= 0 ? valueOf(dq.endSlot) : null;
    if (dq.months.length !== 3) return null;
    let sum = 0;
    for (const m of dq.months) {
      const v = valueOf(m);
      if (v === null) return null;
      sum += v;
    }
    return sum;
  };
  const valueIn = (c: Column, s: number): number | null => {
    if ("slot" in c) return valueOf(c.slot);
    if ("quarter" in c) return quarterValue(c.quarter, s);
    const q4 = c.year[3] as DerivedQuarter;
    if (natures[s] !== "flow") return quarterValue(q4, s);
    let sum = 0;
    for (const dq of c.year) {
      const v = quarterValue(dq, s);
      if (v === null) return null;
      sum += v;
    }
    return sum;
  };
  const cellIn = (c: Column, s: number): CellRef | null => {
    if ("slot" in c) return cellOf(s, c.slot);
    const dq = "quarter" in c ? c.quarter : (c.year[3] as DerivedQuarter);
    return natures[s] !== "flow" && dq.endSlot >= 0 ? cellOf(s, dq.endSlot) : null;
  };
  return { columns, load, valueIn, cellIn };
}
