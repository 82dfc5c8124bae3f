/**
 * The forecast rows of a long table ("FY2025E", "FY2025 Guidance" in the period column) as guidance: the first
 * row of each series and forecast period gives one point figure, scaled as the series' actuals are.
 */
import type { FiscalCalendar } from "../../periods/types";
import type { GuidanceItem } from "../../settings";
import { guidanceLabel } from "../forecast-columns";
import { CELL_NUMBER, type NumberSlot } from "../numbers";
import type { Records } from "./records";
import type { Slots } from "./slots";

export interface OutlookRows {
  /** The guidance of series `s`, its figures brought to the series' unit by `scale`. */
  guidanceOf(s: number, metric: string, scale: (v: number) => number): GuidanceItem[];
}

/** Null when the table has no forecast rows (the common case: no pass over the records). */
export function outlookRows(
  rec: Records,
  slots: Slots,
  calendar: FiscalCalendar,
  like: string | undefined,
  amountAt: (r: number, s: number) => number,
  slot: NumberSlot
): OutlookRows | null {
  const forecasts = slots.outlooks;
  if (!forecasts.some((o) => o.status === "forecast")) return null;
  const O = forecasts.length;
  const rowOf = new Map<number, number>();
  for (let k = 0; k < rec.n; k++) {
    const s = rec.recSeries[k] as number;
    if (s < 0) continue;
    const o = slots.outlookOfRaw[rec.recPeriod[k] as number] as number;
    if (o < 0 || rowOf.has(s * O + o)) continue;
    rowOf.set(s * O + o, k + rec.first);
  }
  const labels = forecasts.map((o) => guidanceLabel(o.period, calendar, like));
  return {
    guidanceOf(s, metric, scale) {
      const out: GuidanceItem[] = [];
      forecasts.forEach((o, i) => {
        const r = rowOf.get(s * O + i);
        if (o.status !== "forecast" || r === undefined || amountAt(r, s) !== CELL_NUMBER) return;
        const value = scale(slot.value);
        out.push({ period: labels[i] as string, metric, low: value, high: value });
      });
      return out;
    },
  };
}
