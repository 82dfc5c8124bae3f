/**
 * QUARTERDECK.GROWTH: current / base − 1 under the engine's n.m. rule — a base that is zero, negative
 * (a loss) or missing gives #N/A with the reason, never a number.
 */
import { growthValue } from "../core/compute/growth";
import { fnMessages } from "./messages";
import { notAvailable, ok, type FnResult } from "./result";

/** A figure from a cell: a finite number, or null for a blank, text or error. */
function figure(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function growthOf(current: unknown, base: unknown): FnResult<number> {
  const c = figure(current);
  const b = figure(base);
  if (b === null) return notAvailable(fnMessages.growthNoBase);
  if (b === 0) return notAvailable(fnMessages.growthBaseZero);
  if (b < 0) return notAvailable(fnMessages.growthBaseLoss);
  if (c === null) return notAvailable(fnMessages.growthNoCurrent);
  const g = growthValue(c, b);
  return Number.isFinite(g) ? ok(g) : notAvailable(fnMessages.growthBaseZero);
}
