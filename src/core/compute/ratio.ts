import { finiteOrNaN } from "./figure-rows";

/**
 * numerator ÷ denominator, n.m. (NaN) unless denominator > 0 — the value of `safeDiv(numerator, denominator)`:
 * ratio = numerator / denominator when denominator > 0, and finite.
 */
export function ratioValue(numerator: number, denominator: number): number {
  return denominator > 0 ? finiteOrNaN(numerator / denominator) : Number.NaN;
}
