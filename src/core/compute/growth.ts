import { evaluate, num, safeDiv, sub, type Expr } from "./expr";
import { finiteOrNaN } from "./figure-rows";
import { NOTES } from "./messages";
import { ratioValue } from "./ratio";

/**
 * Growth = current / base − 1, from unrounded figures.
 * Not meaningful (null) when the base is zero, negative or missing; the note says why, and names sign changes.
 */
export function growthExpr(current: Expr, base: Expr): Expr {
  return sub(safeDiv(current, base), num(1));
}

/**
 * The value of `growthExpr` from the two figures' values (NaN = not meaningful):
 * growth = current / base − 1 when base > 0 (each step finite), else NaN.
 */
export function growthValue(current: number, base: number): number {
  return finiteOrNaN(ratioValue(current, base) - 1);
}

/** The note on a growth figure from the two values (NaN = none): see `growthNote`. */
export function growthNoteOf(current: number, base: number, baseLabel: string): string | undefined {
  if (Number.isNaN(base)) return NOTES.noBase(baseLabel);
  if (base === 0) return NOTES.baseIsZero;
  if (base < 0) return current > 0 ? NOTES.turnedPositive : NOTES.baseIsLoss;
  if (current < 0) return NOTES.turnedNegative;
  return undefined;
}

/** The note on a growth figure: "turned positive", "turned negative", "base is a loss", "base is zero", or none. */
export function growthNote(current: Expr, base: Expr, baseLabel: string): string | undefined {
  return growthNoteOf(finiteOrNaN(evaluate(current)), finiteOrNaN(evaluate(base)), baseLabel);
}
