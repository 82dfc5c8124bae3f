import type { MetricNature } from "../read/types";
import { componentQuarterKeys } from "./components";
import type { Period } from "./types";

/** Figures by period key: a function or a map; `undefined`/`null`/non-finite mean "no figure". */
export type KeyLookup =
  ((key: string) => number | null | undefined) | ReadonlyMap<string, number | null>;

export interface Aggregate {
  /** The aggregated figure, or null when it cannot be formed. */
  value: number | null;
  /** Keys of the quarters the value was formed from (in order); empty when none were usable. */
  used: string[];
  /** Keys of the component quarters that had no figure (why a flow or stock is null). */
  missing: string[];
}

function get(lookup: KeyLookup, key: string): number | null {
  const v = typeof lookup === "function" ? lookup(key) : lookup.get(key);
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/**
 * A period's figure from its component quarters (see `componentQuarterKeys`):
 * - flow: value = Σ quarter values; null if any component quarter is missing;
 * - stock: value = the last component quarter's value (end of period); null if that one is missing;
 * - rate: null (rates are not aggregated).
 * A month has no component quarters: null.
 */
export function aggregate(
  lookup: KeyLookup,
  target: Omit<Period, "label">,
  nature: MetricNature
): Aggregate {
  const keys = componentQuarterKeys(target);
  if (nature === "rate" || keys.length === 0) return { value: null, used: [], missing: [] };
  if (nature === "stock") {
    const last = keys[keys.length - 1] as string;
    const v = get(lookup, last);
    return v === null
      ? { value: null, used: [], missing: [last] }
      : { value: v, used: [last], missing: [] };
  }
  let sum = 0;
  const missing: string[] = [];
  for (const key of keys) {
    const v = get(lookup, key);
    if (v === null) missing.push(key);
    else sum += v;
  }
  if (missing.length > 0 || !Number.isFinite(sum)) return { value: null, used: [], missing };
  return { value: sum, used: keys, missing: [] };
}
