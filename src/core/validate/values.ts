import type { Series } from "../read/types";
import { seriesHalfUnit } from "../tolerance";

/** A value of a series at a column, or null. */
export function valueAt(s: Series, column: number | null | undefined): number | null {
  if (column === null || column === undefined) return null;
  const v = s.values[column];
  return v === undefined || v === null || !Number.isFinite(v) ? null : v;
}

/** Each series' rounding, worked out once per series (a series is not changed once read). */
const ROUNDING = new WeakMap<Series, number>();

/**
 * Half a unit of the last digit a series' figures show, in the dataset's unit (src/core/tolerance.ts): ±50 for a
 * line written as 12.3 in JPY bn in a JPY mn dataset, ±0.5 for one written as 12,345 in JPY mn.
 */
export function seriesRounding(s: Series): number {
  let r = ROUNDING.get(s);
  if (r === undefined) {
    r = seriesHalfUnit(s.values, s.factor);
    ROUNDING.set(s, r);
  }
  return r;
}
