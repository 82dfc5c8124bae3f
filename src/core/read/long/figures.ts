/**
 * Which grid row holds each (series, period) figure of a long table. A second row for the same series and period
 * is a duplicate (reported, ignored), except in a ledger, where a month of a flow is the sum of its rows and a
 * month of a stock or rate is the row of its latest date.
 */
import type { Grid } from "../../grid/types";
import type { Period } from "../../periods/types";
import { addressAt, countedOnly, report, type ReadContext } from "../context";
import type { LongColumns } from "../layout";
import { readMessages } from "../messages";
import { CELL_BLANK, CELL_EXCEL_ERROR, CELL_NUMBER, cellText, type NumberSlot } from "../numbers";
import type { MetricNature } from "../types";
import type { Records } from "./records";
import type { Slots } from "./slots";
import { makeStore, type Store } from "./store";

/** A month of a ledger: the sum of a flow's rows so far, or the date of a stock's latest row. */
export interface LedgerCell {
  total: number;
  /** One of the rows is an Excel error or not a number. */
  bad: boolean;
  /** yyyymmdd of the latest row. */
  day: number;
}

export interface Figures {
  store: Store;
  /** Ledger months of several rows, by s × P + p (null when the table is no ledger). */
  sums: Map<number, LedgerCell> | null;
  hasNumbers: boolean;
}

export interface FigureInputs {
  ctx: ReadContext;
  grid: Grid;
  cols: LongColumns;
  rec: Records;
  slots: Slots;
  natures: readonly MetricNature[];
  metricOf: (s: number) => string | undefined;
  shownLabel: (s: number) => string;
  amountAt: (r: number, s: number) => number;
  slot: NumberSlot;
}

/** Files every record's row under its series and period slot. */
export function fileFigures(x: FigureInputs): Figures {
  const { ctx, grid, cols, rec, slots, natures, amountAt, slot } = x;
  const P = slots.periods.length;
  const store = makeStore(rec.seriesLabel.length, P);
  const sums = slots.ledger ? new Map<number, LedgerCell>() : null;
  const { recSeries, recPeriod, first, n } = rec;
  const { slotOfRaw, dayKeys } = slots;
  let hasNumbers = false;
  /** Reports an amount that is an Excel error or not a number. */
  const reportAmount = (r: number, s: number, p: number, status: number): void => {
    report(ctx, "error", status === CELL_EXCEL_ERROR ? "excel-error" : "not-a-number", () => {
      const cell = addressAt(ctx, r, cols.amount);
      const raw = grid[r]?.[cols.amount];
      const period = (slots.periods[p] as Period).label;
      const message =
        status === CELL_EXCEL_ERROR
          ? readMessages.excelError(cell, cellText(raw).trim(), x.shownLabel(s), period)
          : readMessages.notANumber(cell, cellText(raw), x.shownLabel(s), period);
      return { message, cell, metric: x.metricOf(s), period };
    });
  };
  for (let k = 0; k < n; k++) {
    const s = recSeries[k] as number;
    if (s < 0) continue;
    const p = slotOfRaw[recPeriod[k] as number] as number;
    if (p < 0) continue;
    const r = k + first;
    const earlier = store.get(s, p);
    if (sums && earlier >= 0) {
      const key = s * P + p;
      let sum = sums.get(key);
      if (!sum) {
        const firstStatus = amountAt(earlier, s);
        sum = {
          total: firstStatus === CELL_NUMBER ? slot.value : 0,
          bad: firstStatus !== CELL_NUMBER && firstStatus !== CELL_BLANK,
          day: dayKeys[recPeriod[earlier - first] as number] as number,
        };
        sums.set(key, sum);
      }
      const day = dayKeys[recPeriod[k] as number] as number;
      const status = amountAt(r, s);
      if (status === CELL_NUMBER) hasNumbers = true;
      else if (status !== CELL_BLANK) reportAmount(r, s, p, status);
      if (natures[s] === "flow") {
        if (status === CELL_NUMBER) sum.total += slot.value;
        else if (status !== CELL_BLANK) sum.bad = true;
      } else if (day >= sum.day) {
        sum.day = day;
        store.set(s, p, r);
      }
      continue;
    }
    if (earlier >= 0) {
      if (countedOnly(ctx, "duplicate-period")) continue;
      report(ctx, "error", "duplicate-period", () => {
        const cell = addressAt(ctx, r, cols.amount);
        const label = (slots.periods[p] as Period).label;
        return {
          message: readMessages.duplicateEntry(
            cell,
            x.shownLabel(s),
            label,
            addressAt(ctx, earlier, cols.amount)
          ),
          cell,
          metric: x.metricOf(s),
          period: label,
        };
      });
      continue;
    }
    store.set(s, p, r);
    const status = amountAt(r, s);
    if (status === CELL_NUMBER) hasNumbers = true;
    else if (status !== CELL_BLANK) reportAmount(r, s, p, status);
  }
  return { store, sums, hasNumbers };
}
