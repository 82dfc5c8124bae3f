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
import { perPeriodKpis, valueFormat } from "./perPeriod";

export type { KpiKind, KpiValue } from "./types";
export { BUILT_IN_RATIOS, catalog } from "./catalog";

function computeAll(dataset: Dataset, settings: Settings): KpiValue[] {
  const ctx = buildContext(dataset, settings);
  const out: KpiValue[] = [];
  const entries = ctx.timeline.entries.length;
  for (const def of metricOrder(ctx)) {
    const format = valueFormat(def, ctx);
    for (let i = 0; i < entries; i++)
      for (const k of perPeriodKpis(ctx, def, i, format)) out.push(k);
    const cagr = cagrKpi(ctx, def);
    if (cagr) out.push(cagr);
  }
  for (const item of settings.guidance ?? []) {
    const g = guidanceKpi(ctx, item);
    if (g) out.push(g);
  }
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
