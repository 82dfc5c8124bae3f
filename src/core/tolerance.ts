/**
 * How far apart figures may be and still agree: the one rounding rule of every check that compares figures
 * (segments and quarters against their totals, a stock's year against its last quarter, the same figure given by
 * two blocks or sheets, a book's ratio against the engine's).
 *
 * A figure shown as "12.3" in JPY bn stands for anything from 12.25 to 12.35 bn: half a unit of its last shown
 * digit, ±0.05 bn = ±50 mn in a JPY mn dataset; "12,345" in JPY mn stands for ±0.5 mn. Comparing a sum with a
 * total, each figure brings its own half unit, so the tolerance is their sum, in the common unit.
 */

/** The most decimals read from a figure: a computed value (1/3) has many more, and is read as this many. */
export const MAX_DECIMALS = 6;

/**
 * Decimals a number is written with (12.3 → 1, 12,345 → 0, 0.125 → 3), up to MAX_DECIMALS. A cell's value
 * loses trailing zeros (12.0 reads 12), so a series' decimals are the most any of its figures shows
 * (`seriesDecimals`).
 */
export function decimalsOf(v: number): number {
  if (!Number.isFinite(v)) return 0;
  for (let d = 0; d < MAX_DECIMALS; d++) {
    const scaled = v * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return d;
  }
  return MAX_DECIMALS;
}

/**
 * Decimals the figures of a series show in their own unit: the most any of them is written with. `factor` takes a
 * stored value back to its cell (values[i] = cell × factor: 1,000 for a JPY bn line in a JPY mn dataset).
 */
export function seriesDecimals(values: readonly (number | null)[], factor = 1): number {
  const f = Number.isFinite(factor) && factor !== 0 ? factor : 1;
  let most = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    most = Math.max(most, decimalsOf(f === 1 ? v : v / f));
    if (most === MAX_DECIMALS) break;
  }
  return most;
}

/**
 * Half a unit of the last shown digit of a figure, in the common unit: a figure written with `decimals` decimals
 * in a unit `factor` times the common one. halfUnit(1, 1000) = 50 (12.3 bn in mn); halfUnit(0, 1) = 0.5.
 * Never negative; a negative `decimals` (a ratio shown in a coarser unit) makes it wider.
 */
export function halfUnit(decimals: number, factor = 1): number {
  const d = Number.isFinite(decimals) ? Math.min(decimals, 12) : 12;
  const f = Number.isFinite(factor) && factor !== 0 ? Math.abs(factor) : 1;
  return 0.5 * 10 ** -d * f;
}

/**
 * Half a unit of the last digit a series' figures show, in the common unit: `halfUnit` of `seriesDecimals`.
 * ±50 for a line written as 12.3 in JPY bn stored in JPY mn (factor 1,000); ±0.5 for 12,345 in JPY mn.
 */
export function seriesHalfUnit(values: readonly (number | null)[], factor = 1): number {
  return halfUnit(seriesDecimals(values, factor), factor);
}

/** A figure's rounding: its half unit in the common unit (`halfUnit`). */
export interface Rounded {
  decimals: number;
  factor?: number;
}

/** The tolerance of a comparison of figures: the sum of each one's half unit (`halfUnit`), in the common unit. */
export function tolerance(figures: readonly Rounded[]): number {
  let sum = 0;
  for (const f of figures) sum += halfUnit(f.decimals, f.factor ?? 1);
  return sum;
}

/**
 * Whether `a` and `b` (in the common unit) can stand for the same amount given `tol`, the summed half units of
 * the rounded figures behind them. Rounded figures of one amount differ by strictly less than that (two whole
 * numbers of one amount are equal; 4 against 5 is a mismatch); against an exact value (`exact`, a book's ratio
 * against the engine's) the half unit itself still agrees. Floating point is allowed for (a million millionth of
 * the figures' size). False when either is not a finite number.
 */
export function withinTolerance(a: number, b: number, tol: number, exact = false): boolean {
  const diff = Math.abs(a - b);
  if (!Number.isFinite(diff)) return false;
  const eps = 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  const t = Math.max(0, tol);
  return diff <= eps || (exact ? diff <= t + eps : diff < t - eps);
}
