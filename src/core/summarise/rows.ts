import type { PlaceOf } from "../compute/places";
import type { KpiKind, KpiValue } from "../compute/types";
import { kpiAt, type KpiList } from "../compute/kpi-set";
import type { Dataset } from "../read/types";
import type { SummaryRow, SummaryValue } from "./types";
import { kpiRowSuffix, NOT_MEANINGFUL, ofRevenuesSuffix, rowLabel, summaryText } from "./messages";
import { BUILT_IN_PLACES, showsMeasure } from "./measures";

/** Order of KPI kinds within one metric. */
const KIND_ORDER: KpiKind[] = [
  "value",
  "yoy",
  "qoq",
  "share",
  "share_change",
  "margin",
  "usd",
  "cagr",
  "guidance",
];

const PERCENT_KINDS: ReadonlySet<KpiKind> = new Set(["yoy", "qoq", "margin", "share", "cagr"]);

/** Unit text of a row: the series' unit for values, "%" for ratios, "pp" for share changes. */
export function rowUnit(
  dataset: Dataset,
  metric: string,
  kind: KpiKind,
  numberFormat: string | undefined,
  placeOf: PlaceOf = BUILT_IN_PLACES
): string {
  if (kind === "share_change") return summaryText.ppUnit;
  if (PERCENT_KINDS.has(kind) || (numberFormat ?? "").includes("%")) return summaryText.percentUnit;
  if (kind === "usd") return dataset.money.label.replace(dataset.money.currency ?? "\u0000", "USD");
  const s = dataset.series.find((x) => x.metric === metric);
  if (s !== undefined) return s.unit.label;
  if (placeOf(metric).unit === "currency") return dataset.money.currency ?? "";
  return dataset.money.label;
}

/**
 * A row's arrays from its KPIs by column (positions in the list, −1 for none; no object per cell); a KPI's
 * formula is read once (made when asked).
 */
function rowArrays(
  kpis: KpiList,
  byColumn: Int32Array,
  withFormula: boolean
): Pick<SummaryRow, "values" | "formats" | "formulas"> {
  const n = byColumn.length;
  const values = new Array<SummaryValue>(n);
  const formats = new Array<string | undefined>(n);
  const formulas = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) {
    const at = byColumn[i] as number;
    const k = at < 0 ? undefined : kpiAt(kpis, at);
    if (k === undefined) {
      values[i] = null;
      formats[i] = undefined;
      formulas[i] = undefined;
      continue;
    }
    const v = k.value;
    values[i] = v !== null && Number.isFinite(v) ? v : NOT_MEANINGFUL;
    formats[i] = k.numberFormat;
    formulas[i] = withFormula ? k.formula : undefined;
  }
  return { values, formats, formulas };
}

/**
 * The KPI × period table rows, in reading order: families as their catalog entries (or, for reported metrics, the
 * rules of compute/families.ts) place them, within a family the metrics in
 * the input's order (derived metrics after, in the engine's order), within a metric value, yoy, qoq, share…
 * A row that has no number in any period is left out, except value rows. At "key" detail (the default) only the
 * measures the metric's place declares appear; "full" shows every measure computed.
 */
export function buildRows(
  dataset: Dataset,
  kpis: KpiList,
  periods: readonly string[],
  options: { formulas: boolean; places?: PlaceOf; detail?: "key" | "full" }
): SummaryRow[] {
  const detail = options.detail ?? "key";
  const placeOf = options.places ?? BUILT_IN_PLACES;
  const column = new Map(periods.map((p, i) => [p, i] as const));
  const seriesOrder = new Map(dataset.series.map((s, i) => [s.metric, i] as const));
  interface Group {
    metric: string;
    kind: KpiKind;
    label: string;
    first: number;
    /** The KPI of each period column: its position in the list, −1 for none. */
    byColumn: Int32Array;
  }
  // by metric, then kind (no key string per KPI: a result set may hold millions)
  const groups = new Map<string, Map<KpiKind, Group>>();
  const all: Group[] = [];
  // a metric's KPIs come one after another: its groups are looked up once per run, not once per KPI
  let lastMetric: string | undefined;
  let lastGroups: Map<KpiKind, Group> | undefined;
  // each KPI read once, in order (a computation's KPIs as passing objects: none kept)
  let i = -1;
  for (const k of kpis) {
    i++;
    const col = column.get(k.period);
    if (col === undefined) continue;
    const metric = k.metric;
    const kind = k.kpi;
    if (!showsMeasure(metric, kind, detail, placeOf)) continue;
    let byKind = metric === lastMetric ? lastGroups : groups.get(metric);
    if (byKind === undefined) {
      byKind = new Map();
      groups.set(metric, byKind);
    }
    lastMetric = metric;
    lastGroups = byKind;
    let g = byKind.get(kind);
    if (g === undefined) {
      g = {
        metric,
        kind,
        label: k.label.trim(),
        first: i,
        byColumn: new Int32Array(periods.length).fill(-1),
      };
      byKind.set(kind, g);
      all.push(g);
    }
    if (g.byColumn[col] === -1) g.byColumn[col] = i;
  }
  const kpiOf = (at: number): KpiValue | undefined => (at < 0 ? undefined : kpiAt(kpis, at));
  const metricFirst = new Map<string, number>();
  for (const g of all)
    metricFirst.set(g.metric, Math.min(metricFirst.get(g.metric) ?? g.first, g.first));
  const metricOrder = (m: string): number =>
    seriesOrder.get(m) ?? dataset.series.length + (metricFirst.get(m) ?? 0);
  const sorted = [...all].sort(
    (a, b) =>
      placeOf(a.metric).rank - placeOf(b.metric).rank ||
      metricOrder(a.metric) - metricOrder(b.metric) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
  );
  return sorted
    .filter(
      (g) => g.kind === "value" || g.byColumn.some((at) => at >= 0 && kpiOf(at)?.value !== null)
    )
    .map((g) => ({
      label: rowLabel(
        g.label,
        g.kind === "margin" && !placeOf(g.metric).profit
          ? ofRevenuesSuffix
          : (kpiRowSuffix[g.kind] ?? g.kind)
      ),
      metric: g.metric,
      kpi: g.kind,
      unit: rowUnit(
        dataset,
        g.metric,
        g.kind,
        kpiOf(g.byColumn.find((at) => at >= 0) ?? -1)?.numberFormat,
        placeOf
      ),
      ...rowArrays(kpis, g.byColumn, options.formulas),
    }));
}
