import type { KpiKind, KpiValue } from "../compute/types";

/** KPI values indexed by metric, period label and kind. */
export interface KpiIndex {
  get(metric: string, period: string, kpi: KpiKind): KpiValue | undefined;
  /** The finite value, or null when absent or not meaningful. */
  value(metric: string, period: string, kpi: KpiKind): number | null;
}

const keyOf = (metric: string, period: string, kpi: KpiKind): string => `${metric}\u0000${period}\u0000${kpi}`;

export function indexKpis(kpis: readonly KpiValue[]): KpiIndex {
  const map = new Map<string, KpiValue>();
  for (const k of kpis) {
    const key = keyOf(k.metric, k.period, k.kpi);
    if (!map.has(key)) map.set(key, k);
  }
  const get = (metric: string, period: string, kpi: KpiKind): KpiValue | undefined => map.get(keyOf(metric, period, kpi));
  return {
    get,
    value(metric, period, kpi) {
      const v = get(metric, period, kpi)?.value;
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    },
  };
}
