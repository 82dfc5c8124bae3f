import type { Period, PeriodKind } from "../periods/types";
import type { KpiIndex } from "./lookup";

/** Periods of one kind, latest first (by end date, then input order, later wins). */
function latestFirst(periods: readonly Period[], kind: PeriodKind): Period[] {
  return periods
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.kind === kind)
    .sort((a, b) => (a.p.end === b.p.end ? b.i - a.i : a.p.end < b.p.end ? 1 : -1))
    .map(({ p }) => p);
}

/**
 * The latest period of `kind` that has figures: the latest one with a total-revenues value, else the
 * latest with any of `metrics`, else null.
 */
export function latestWithFigures(
  periods: readonly Period[],
  kind: PeriodKind,
  kpis: KpiIndex,
  metrics: readonly string[]
): Period | null {
  const candidates = latestFirst(periods, kind);
  for (const metric of metrics) {
    const hit = candidates.find((p) => kpis.value(metric, p.label, "value") !== null);
    if (hit !== undefined) return hit;
  }
  return null;
}
