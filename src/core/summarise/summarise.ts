import { catalog } from "../compute/catalog";
import type { KpiList } from "../compute/kpi-set";
import { placesOf, type PlaceOf } from "../compute/places";
import type { Period } from "../periods/types";
import type { Dataset } from "../read/types";
import type { Settings } from "../settings";
import type { Issue } from "../issue";
import { buildCharts } from "./charts";
import { latestPeriods } from "./highlights";
import { indexKpis } from "./lookup";
import { summaryText } from "./messages";
import { buildNotes, buildSubtitle } from "./notes";
import { buildRows } from "./rows";
import type { SummaryModel } from "./types";

/** Excel table name of the KPI table. */
export const SUMMARY_TABLE_NAME = "QuarterDeckKPIs";

/**
 * Table columns: the input's periods as written, each period the engine derived (a fiscal year from its
 * quarters) placed right after the last input period that ends on or before it.
 */
export function orderColumns(periods: readonly Period[], inputCount: number): Period[] {
  const out = periods.slice(0, inputCount);
  for (const derived of periods.slice(inputCount)) {
    let at = out.length;
    while (at > 0 && (out[at - 1]?.end ?? "") > derived.end) at--;
    out.splice(at, 0, derived);
  }
  return out;
}

/**
 * The summary sheet's whole content as pure data: title, subtitle (source, fiscal calendar, EBITDA
 * definition), highlights, the KPI × period table (columns = the dataset's periods in input order), chart
 * specs over its rows, notes and issues. Cells carry live formulas only when `settings.formulas` is on.
 * `kpiPeriods` are the table's columns when the engine gives KPIs for more periods than the input has
 * (fiscal years derived from complete quarters). `places` say where each metric's rows go and which measures
 * they show: the analysis's catalog's declarations (the built-in catalog and the settings' ratio KPIs by default).
 */
export function summarise(
  dataset: Dataset,
  issues: readonly Issue[],
  kpis: KpiList,
  highlights: readonly string[],
  settings: Settings,
  now: Date,
  kpiPeriods: readonly Period[] = dataset.periods,
  places: PlaceOf = placesOf(catalog(settings.ratioKpis))
): SummaryModel {
  const columns = orderColumns(kpiPeriods, dataset.periods.length);
  const periods = columns.map((p) => p.label);
  const rows = buildRows(dataset, kpis, periods, {
    formulas: settings.formulas,
    places,
    detail: settings.summaryDetail ?? "key",
  });
  const { quarter, year } = latestPeriods(dataset, indexKpis(kpis), columns);
  return {
    sheetName: settings.outputSheet,
    title: summaryText.sheetTitle((quarter ?? year)?.label ?? null),
    subtitle: buildSubtitle(dataset, settings, now),
    highlights: [...highlights],
    table: { name: SUMMARY_TABLE_NAME, periods, rows },
    charts: buildCharts(columns, dataset.money, rows),
    notes: buildNotes(dataset, settings, issues, now),
    issues: [...issues],
  };
}
