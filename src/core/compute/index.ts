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
import { KpiSet } from "./kpi-set";
import { KpiTable } from "./kpi-table";
import { kpiCount, perPeriodKpis, valueFormat } from "./perPeriod";

export type { KpiKind, KpiValue } from "./types";
export { BUILT_IN_RATIOS, catalog } from "./catalog";
export { KpiSet } from "./kpi-set";

function computeAll(dataset: Dataset, settings: Settings): KpiSet {
  const ctx = buildContext(dataset, settings);
  const defs = metricOrder(ctx);
  // the table is sized once, from how many KPIs each metric can have
  let capacity = 0;
  for (const def of defs) capacity += kpiCount(ctx, def);
  const table = new KpiTable(ctx.plan.labels, capacity);
  // each metric's per-period KPIs, then its CAGR; guidance last
  const extras: KpiValue[] = [];
  const extraAt: number[] = [];
  for (const def of defs) {
    perPeriodKpis(ctx, def, valueFormat(def, ctx), table);
    const cagr = cagrKpi(ctx, def);
    if (cagr) {
      extraAt.push(table.size + extras.length);
      extras.push(cagr);
    }
  }
  for (const item of settings.guidance ?? []) {
    const g = guidanceKpi(ctx, item);
    if (g) {
      extraAt.push(table.size + extras.length);
      extras.push(g);
    }
  }
  return new KpiSet(table, extras, Int32Array.from(extraAt));
}

const EMPTY = new KpiSet(new KpiTable([], 0), [], new Int32Array(0));

/**
 * Computes every KPI into one columnar set (see KpiSet); on an unexpected failure returns what it can
 * (nothing) rather than throwing.
 */
export function computeKpiSet(dataset: Dataset, settings: Settings): KpiSet {
  try {
    return computeAll(dataset, settings);
  } catch {
    return EMPTY;
  }
}

/** Computes every KPI, as a list of objects (`computeKpiSet(…).toArray()`); never throws. */
export function computeKpis(dataset: Dataset, settings: Settings): KpiValue[] {
  return computeKpiSet(dataset, settings).toArray();
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
