import type { KpiKind } from "../compute/types";
import type { Period } from "../periods/types";
import type { Unit } from "../read/types";
import type { ChartSeriesSpec, ChartSpec, SummaryRow } from "./types";
import { chartText } from "./messages";

const MONEY_FORMAT = "#,##0";
const PERCENT_FORMAT = "0%";

/** Finds table rows by metric and kind, and whether they hold numbers in given columns. */
interface RowFinder {
  find(metric: string, kind: KpiKind): number | null;
  where(test: (row: SummaryRow) => boolean): number[];
  hasNumbers(row: number, columns: readonly number[]): boolean;
}

function rowFinder(rows: readonly SummaryRow[]): RowFinder {
  return {
    find(metric, kind) {
      const i = rows.findIndex((r) => r.metric === metric && r.kpi === kind);
      return i >= 0 ? i : null;
    },
    where(test) {
      return rows.flatMap((r, i) => (test(r) ? [i] : []));
    },
    hasNumbers(row, columns) {
      const values = rows[row]?.values ?? [];
      return columns.some((c) => typeof values[c] === "number");
    },
  };
}

const seriesOf = (
  rows: readonly SummaryRow[],
  row: number,
  extra: Partial<ChartSeriesSpec> = {}
): ChartSeriesSpec => ({
  name: rows[row]?.label ?? "",
  row,
  ...extra,
});

const isSegment =
  (family: string) =>
  (r: SummaryRow): boolean =>
    r.kpi === "value" && r.metric.startsWith(`${family}.`) && r.metric !== `${family}.total`;

/**
 * Chart specs (docs/DESIGN.md "Highlights and the summary model"), each pointing at table rows; a chart is included only when
 * its rows exist and hold numbers in its columns. Time charts use the quarter columns (all columns when
 * there are no quarters). The revenue portfolio is one doughnut per fiscal year — the earliest and the
 * latest — sharing the group "QD_revenue_portfolio" so adapters draw them side by side; in a doughnut,
 * each series is one slice, valued at the chart's single period column.
 */
export function buildCharts(
  periods: readonly Period[],
  moneyUnit: Unit,
  rows: readonly SummaryRow[]
): ChartSpec[] {
  const f = rowFinder(rows);
  const quarters = periods.flatMap((p, i) => (p.kind === "quarter" ? [i] : []));
  const timeColumns = quarters.length > 0 ? quarters : periods.map((_, i) => i);
  const years = periods.flatMap((p, i) => (p.kind === "year" ? [i] : []));
  const money = moneyUnit.label;
  const charts: ChartSpec[] = [];
  const usable = (row: number | null): row is number =>
    row !== null && f.hasNumbers(row, timeColumns);

  const segments = f.where(isSegment("revenue")).filter((r) => f.hasNumbers(r, timeColumns));
  if (segments.length > 0) {
    charts.push({
      id: "QD_revenue_breakdown",
      title: chartText.revenueBreakdown,
      type: "stackedColumn",
      periodColumns: timeColumns,
      series: segments.map((r) => seriesOf(rows, r)),
      yAxisTitle: money,
      numberFormat: MONEY_FORMAT,
    });
  }

  const arpu = f
    .where((r) => r.kpi === "value" && r.metric.startsWith("arpu."))
    .filter((r) => f.hasNumbers(r, timeColumns));
  const firstArpu = arpu[0];
  if (firstArpu !== undefined) {
    charts.push({
      id: "QD_arpu",
      title: chartText.arpu(rows[firstArpu]?.label ?? ""),
      type: "line",
      periodColumns: timeColumns,
      series: arpu.map((r) => seriesOf(rows, r)),
      yAxisTitle: rows[firstArpu]?.unit ?? "",
      numberFormat: MONEY_FORMAT,
    });
  }

  const dcRevenue = f.find("revenue.data_center", "value");
  if (usable(dcRevenue)) {
    const contracts = f
      .where(
        (r) => r.kpi === "value" && r.metric.startsWith("ops.") && /dc|data_?center/.test(r.metric)
      )
      .find((r) => f.hasNumbers(r, timeColumns));
    charts.push({
      id: "QD_data_center",
      title: chartText.dataCenter,
      type: "combo",
      periodColumns: timeColumns,
      series: [
        seriesOf(rows, dcRevenue, { as: "column", axis: "primary" }),
        ...(contracts === undefined
          ? []
          : [seriesOf(rows, contracts, { as: "line", axis: "secondary" })]),
      ],
      yAxisTitle: money,
      ...(contracts === undefined
        ? {}
        : { y2AxisTitle: rows[contracts]?.unit ?? chartText.contracts }),
      numberFormat: MONEY_FORMAT,
    });
  }

  const siRevenue = f.find("revenue.si", "value");
  if (usable(siRevenue)) {
    const siMargin = f.find("gross_profit.si", "margin");
    const withMargin = usable(siMargin) ? siMargin : null;
    charts.push({
      id: "QD_systems_integration",
      title: chartText.systemsIntegration,
      type: "combo",
      periodColumns: timeColumns,
      series: [
        seriesOf(rows, siRevenue, { as: "column", axis: "primary" }),
        ...(withMargin === null
          ? []
          : [seriesOf(rows, withMargin, { as: "line", axis: "secondary" })]),
      ],
      yAxisTitle: money,
      ...(withMargin === null ? {} : { y2AxisTitle: chartText.ratio }),
      numberFormat: MONEY_FORMAT,
    });
  }

  const grossMargin = f.find("gross_profit", "margin");
  if (usable(grossMargin)) {
    charts.push({
      id: "QD_gross_margin",
      title: chartText.grossMargin,
      type: "line",
      periodColumns: timeColumns,
      series: [seriesOf(rows, grossMargin)],
      yAxisTitle: "%",
      numberFormat: PERCENT_FORMAT,
    });
  }

  const operatingIncome = f.find("operating_income", "value");
  if (usable(operatingIncome)) {
    charts.push({
      id: "QD_operating_income",
      title: chartText.operatingIncome,
      type: "clusteredColumn",
      periodColumns: timeColumns,
      series: [seriesOf(rows, operatingIncome)],
      yAxisTitle: money,
      numberFormat: MONEY_FORMAT,
    });
  }

  const ebitda = f.find("ebitda", "value");
  const capex = f.find("capex", "value");
  if (usable(ebitda) && usable(capex)) {
    charts.push({
      id: "QD_ebitda_vs_capex",
      title: chartText.ebitdaVsCapex,
      type: "clusteredColumn",
      periodColumns: timeColumns,
      series: [seriesOf(rows, ebitda), seriesOf(rows, capex)],
      yAxisTitle: money,
      numberFormat: MONEY_FORMAT,
    });
  }

  const portfolioYears = [...new Set([years[0], years[years.length - 1]])].filter(
    (c): c is number =>
      c !== undefined && f.where(isSegment("revenue")).some((r) => f.hasNumbers(r, [c]))
  );
  for (const c of portfolioYears) {
    const label = periods[c]?.label ?? "";
    charts.push({
      id: `QD_revenue_portfolio_${label.replace(/[^A-Za-z0-9]+/g, "_")}`,
      title: chartText.revenuePortfolio(label),
      type: "doughnut",
      periodColumns: [c],
      series: f
        .where(isSegment("revenue"))
        .filter((r) => f.hasNumbers(r, [c]))
        .map((r) => seriesOf(rows, r)),
      numberFormat: MONEY_FORMAT,
      group: "QD_revenue_portfolio",
    });
  }

  const backbone = f.where(
    (r) => r.kpi === "value" && r.metric.startsWith("cost.") && r.metric.includes("backbone")
  )[0];
  if (usable(backbone ?? null) && backbone !== undefined) {
    charts.push({
      id: "QD_backbone_costs",
      title: chartText.backboneCosts,
      type: "clusteredColumn",
      periodColumns: timeColumns,
      series: [seriesOf(rows, backbone)],
      yAxisTitle: money,
      numberFormat: MONEY_FORMAT,
    });
  }
  return charts;
}
