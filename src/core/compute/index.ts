/**
 * The KPI engine: `computeKpis(dataset, settings)` → every KPI of every metric (input and derived) and period.
 * Never throws; every value is finite or null (n.m.). Each value carries an Excel formula over the source cells where one exists.
 */
import type { Dataset } from "../read/types";
import type { Settings } from "../settings";
import type { Period } from "../periods/types";
import { buildTimeline, type Timeline } from "../timeline";
import type { KpiValue } from "./types";
import { cagrKpi } from "./cagr";
import { buildContext, metricOrder } from "./context";
import type { FigureContext } from "./figures";
import { guidanceKpi } from "./guidance";
import { KpiSet } from "./kpi-set";
import { KpiTable } from "./kpi-table";
import { kpiCount, perPeriodKpis, valueFormat } from "./perPeriod";

export type { KpiKind, KpiValue } from "./types";
export { BUILT_IN_RATIOS, catalog } from "./catalog";
export type { CatalogEntry, KpiLabel, SummaryPlace } from "./catalog";
export { buildContext } from "./context";
export type { FigureContext } from "./figures";
export { KpiSet } from "./kpi-set";
export { placesOf, type MetricPlace, type PlaceOf } from "./places";

function computeAll(ctx: FigureContext): KpiSet {
  const { settings } = ctx;
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
 * Computes every KPI into one columnar set (see KpiSet), in `context` (the analysis's compute context) or in one
 * built here; on an unexpected failure returns what it can (nothing) rather than throwing.
 */
export function computeKpiSet(
  dataset: Dataset,
  settings: Settings,
  context?: FigureContext
): KpiSet {
  try {
    return computeAll(context ?? buildContext(dataset, settings));
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
 * quarters where the input has no year column (labelled in the input's style) — the timeline's entries.
 */
export function kpiPeriods(dataset: Dataset, timeline?: Timeline): Period[] {
  try {
    return (timeline ?? buildTimeline(dataset)).entries.map((e) => e.period);
  } catch {
    return dataset.periods;
  }
}
