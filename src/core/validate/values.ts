import type { Series } from "../read/types";

/** A value of a series at a column, or null. */
export function valueAt(s: Series, column: number | null | undefined): number | null {
  if (column === null || column === undefined) return null;
  const v = s.values[column];
  return v === undefined || v === null || !Number.isFinite(v) ? null : v;
}

/**
 * Half of the last decimal place the figures are given to: 0.5 for whole numbers, 0.05 for one decimal.
 * Reads the first `n` of `values` (all of them by default).
 */
export function roundingUnit(values: ArrayLike<number>, n: number = values.length): number {
  let decimals = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    for (let d = decimals; d < 6; d++) {
      const scaled = v * 10 ** d;
      if (Math.abs(scaled - Math.round(scaled)) < 1e-6) break;
      decimals = d + 1;
    }
  }
  return 0.5 * 10 ** -decimals;
}
