import type { KpiKind } from "../compute/types";
import { catalog } from "../compute/catalog";
import { placesOf, type PlaceOf } from "../compute/places";

/** The places of the built-in catalog (no user ratio KPIs), for callers that have no analysis at hand. */
export const BUILT_IN_PLACES: PlaceOf = placesOf(catalog());

/**
 * True when the summary table shows `kind` for `metric` at the given detail: at "key" (the default) the measures
 * its catalog entry (or the reported metrics' rule, families.ts) declares — what an earnings deck prints — and at
 * "full" everything computed.
 */
export function showsMeasure(
  metric: string,
  kind: KpiKind,
  detail: "key" | "full",
  placeOf: PlaceOf = BUILT_IN_PLACES
): boolean {
  return detail === "full" || placeOf(metric).measures.includes(kind);
}

/** Profit lines read their ratio to revenues as a margin; other lines (costs, SG&A, CAPEX) as a share of revenues. */
export function isProfitLine(metric: string, placeOf: PlaceOf = BUILT_IN_PLACES): boolean {
  return placeOf(metric).profit;
}
