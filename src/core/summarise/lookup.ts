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

export function indexKpis(kpis: readonly KpiValue[]): KpiIndex {
  const map = new Map<string, KpiValue>();
  for (const k of kpis) {
    const key = keyOf(k.metric, k.period, k.kpi);
    if (!map.has(key)) map.set(key, k);
  }
  const get = (metric: string, period: string, kpi: KpiKind): KpiValue | undefined =>
    map.get(keyOf(metric, period, kpi));
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
