import { evaluate, num, safeDiv, sub, type Expr } from "./expr";
import { NOTES } from "./messages";

/**
 * Growth = current / base − 1, from unrounded figures.
 * Not meaningful (null) when the base is zero, negative or missing; the note says why, and names sign changes.
 */
export function growthExpr(current: Expr, base: Expr): Expr {
  return sub(safeDiv(current, base), num(1));
}

/** The note on a growth figure: "turned positive", "turned negative", "base is a loss", "base is zero", or none. */
export function growthNote(current: Expr, base: Expr, baseLabel: string): string | undefined {
  const b = evaluate(base);
  const c = evaluate(current);
  if (b === null) return NOTES.noBase(baseLabel);
  if (b === 0) return NOTES.baseIsZero;
  if (b < 0) return c !== null && c > 0 ? NOTES.turnedPositive : NOTES.baseIsLoss;
  if (c !== null && c < 0) return NOTES.turnedNegative;
  return undefined;
}
