import { KpiView, type KpiTable } from "../compute/kpi-table";
import type { KpiKind, KpiValue } from "../compute/types";
import { periodKey, qoqBaseKey, yoyBaseKey } from "../periods";
import type { Period } from "../periods/types";

/** KPI values indexed by metric, period label and kind. */
export interface KpiIndex {
  get(metric: string, period: string, kpi: KpiKind): KpiValue | undefined;
  /** The finite value, or null when absent or not meaningful. */
  value(metric: string, period: string, kpi: KpiKind): number | null;
}

const keyOf = (metric: string, period: string, kpi: KpiKind): string =>
  `${metric}\u0000${period}\u0000${kpi}`;

/**
 * An index of `kpis` (the first KPI of each metric, period and kind). A list that holds every KPI of an engine
 * table is looked up in the table itself (a binary search) instead of keyed KPI by KPI: a million KPIs then
 * cost no index at all.
 */
export function indexKpis(kpis: readonly KpiValue[]): KpiIndex {
  const map = new Map<string, KpiValue>();
  const views = new Map<KpiTable, number>();
  for (const k of kpis) {
    if (k instanceof KpiView) views.set(k.table, (views.get(k.table) ?? 0) + 1);
  }
  // tables whose KPIs are all in the list, each once
  const whole = [...views].filter(([t, n]) => n === t.size).map(([t]) => t);
  for (const k of kpis) {
    if (k instanceof KpiView && whole.includes(k.table)) continue;
    const key = keyOf(k.metric, k.period, k.kpi);
    if (!map.has(key)) map.set(key, k);
  }
  const get = (metric: string, period: string, kpi: KpiKind): KpiValue | undefined => {
    for (const t of whole) {
      const i = t.find(metric, period, kpi);
      if (i >= 0) return new KpiView(t, i);
    }
    return map.get(keyOf(metric, period, kpi));
  };
  return {
    get,
    value(metric, period, kpi) {
      const v = get(metric, period, kpi)?.value;
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    },
  };
}

/** Period pairing by label: the comparable period's label among `periods`, or null when it is not there. */
export type BasePairing = (label: string, kind: "yoy" | "qoq") => string | null;

/** Pairs labels through the periods API (keys), for when a KPI does not name its base. */
export function pairingOf(periods: readonly Period[]): BasePairing {
  const byLabel = new Map(periods.map((p) => [p.label, p] as const));
  const byKey = new Map(periods.map((p) => [periodKey(p), p.label] as const));
  return (label, kind) => {
    const period = byLabel.get(label);
    if (period === undefined) return null;
    const key = kind === "yoy" ? yoyBaseKey(period) : qoqBaseKey(period);
    return key === null ? null : (byKey.get(key) ?? null);
  };
}
