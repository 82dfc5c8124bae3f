/**
 * The KPI engine: `computeKpis(dataset, settings)` → every KPI of every metric (input and derived) and period.
 * Never throws; every value is finite or null (n.m.). Each value carries an Excel formula over the source cells where one exists.
 */
import type { Dataset } from "../read/types";
import type { Settings } from "../settings";
import type { Period } from "../periods/types";
import type { KpiValue } from "./types";
import { cagrKpi } from "./cagr";
import { buildContext, metricOrder } from "./context";
import { guidanceKpi } from "./guidance";
import { KpiTable, KpiView } from "./kpi-table";
import { perPeriodKpis, valueFormat } from "./perPeriod";

export type { KpiKind, KpiValue } from "./types";
export { BUILT_IN_RATIOS, catalog } from "./catalog";

function computeAll(dataset: Dataset, settings: Settings): KpiValue[] {
  const ctx = buildContext(dataset, settings);
  // value, yoy and qoq for most metrics and periods; the table grows when there are more
  const table = new KpiTable(ctx.plan.labels, ctx.defs.size * ctx.plan.size * 3);
  // each metric's per-period KPIs (up to `end` in the table), then its CAGR
  const metrics: { end: number; cagr: KpiValue | null }[] = [];
  for (const def of metricOrder(ctx)) {
    perPeriodKpis(ctx, def, valueFormat(def, ctx), table);
    metrics.push({ end: table.size, cagr: cagrKpi(ctx, def) });
  }
  const guidance: KpiValue[] = [];
  for (const item of settings.guidance ?? []) {
    const g = guidanceKpi(ctx, item);
    if (g) guidance.push(g);
  }
  // the result list in one go, once every figure is computed
  const out = new Array<KpiValue>(table.size + metrics.length + guidance.length);
  let n = 0;
  let i = 0;
  for (const { end, cagr } of metrics) {
    for (; i < end; i++) out[n++] = new KpiView(table, i);
    if (cagr) out[n++] = cagr;
  }
  for (const g of guidance) out[n++] = g;
  out.length = n;
  return out;
}

/** Computes every KPI; on an unexpected failure returns what it can (nothing) rather than throwing. */
export function computeKpis(dataset: Dataset, settings: Settings): KpiValue[] {
  try {
    return computeAll(dataset, settings);
  } catch {
    return [];
  }
}

/**
 * The periods KPIs are given for: the dataset's periods, then fiscal years derived from complete
 * quarters where the input has no year column (labelled in the input's style).
 */
export function kpiPeriods(dataset: Dataset): Period[] {
  try {
    return buildContext(dataset, { ...DEFAULTS }).timeline.entries.map((e) => e.period);
  } catch {
    return dataset.periods;
  }
}

const DEFAULTS: Settings = {
  ebitda: "net-income",
  ratioKpis: [],
  guidance: [],
  outputSheet: "KPI Summary",
  formulas: true,
};
