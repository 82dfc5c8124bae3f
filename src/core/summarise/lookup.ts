import { KpiView, type KpiTable } from "../compute/kpi-table";
import { KpiSet, kpiCount, type KpiList } from "../compute/kpi-set";
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

/** Indexes already built, by the list they index and its length then (an analysis's list is indexed once). */
const built = new WeakMap<KpiList, { length: number; index: KpiIndex }>();

/**
 * An index of `kpis` (the first KPI of each metric, period and kind). A list that holds every KPI of an engine
 * table is looked up in the table itself (a binary search) instead of keyed KPI by KPI: a million KPIs then
 * cost no index at all. The same list indexed again (the highlights, then the summary) gets the same index.
 */
export function indexKpis(kpis: KpiList): KpiIndex {
  const known = built.get(kpis);
  const length = kpiCount(kpis);
  if (known !== undefined && known.length === length) return known.index;
  const index = kpis instanceof KpiSet ? indexOf([kpis.perPeriod], kpis.kept) : buildIndex(kpis);
  built.set(kpis, { length, index });
  return index;
}

/** How many KPIs of each table the list holds (runs of one table counted without a map lookup per KPI). */
function viewsPerTable(kpis: readonly KpiValue[]): Map<KpiTable, number> {
  const views = new Map<KpiTable, number>();
  let table: KpiTable | null = null;
  let run = 0;
  const flush = (): void => {
    if (table !== null) views.set(table, (views.get(table) ?? 0) + run);
  };
  // indexed loops: a list may hold a million KPIs, and an iterator step can cost an object when the loop runs once
  for (let i = 0; i < kpis.length; i++) {
    const k = kpis[i];
    if (!(k instanceof KpiView)) continue;
    if (k.table !== table) {
      flush();
      table = k.table;
      run = 0;
    }
    run++;
  }
  flush();
  return views;
}

function buildIndex(kpis: readonly KpiValue[]): KpiIndex {
  const views = viewsPerTable(kpis);
  // tables whose KPIs are all in the list, each once
  const whole = [...views].filter(([t, n]) => n === t.size).map(([t]) => t);
  const rest: KpiValue[] = [];
  for (let i = 0; i < kpis.length; i++) {
    const k = kpis[i] as KpiValue;
    if (!(k instanceof KpiView && whole.includes(k.table))) rest.push(k);
  }
  return indexOf(whole, rest);
}

/** The index of whole tables (looked up in the tables) and other KPIs (keyed, the first of each key). */
function indexOf(whole: readonly KpiTable[], rest: readonly KpiValue[]): KpiIndex {
  const map = new Map<string, KpiValue>();
  for (const k of rest) {
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
