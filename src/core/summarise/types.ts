import type { Issue } from "../issue";
import type { KpiKind } from "../compute/types";

/** One cell of the summary table: what to show, and the live formula when there is one. */
export interface SummaryCell {
  /** Cached value: number, text ("n.m."), or null for empty. */
  value: number | string | null;
  formula?: string;
  numberFormat?: string;
}

export interface SummaryRow {
  /** Row label shown in the first column, e.g. "Total revenues — YoY". */
  label: string;
  metric: string;
  kpi: KpiKind;
  /** Unit text for the row ("JPY mn", "%", "contracts"). */
  unit: string;
  /** One cell per `SummaryTable.periods` entry. */
  cells: SummaryCell[];
}

/** The KPI × period table written as an Excel table. Columns: KPI | Metric | Measure | Unit | periods… */
export interface SummaryTable {
  /** Excel table name, unique in the workbook (e.g. "QuarterDeckKPIs"). */
  name: string;
  periods: string[];
  rows: SummaryRow[];
}

export type ChartType = "stackedColumn" | "clusteredColumn" | "line" | "combo" | "pie" | "doughnut";

export interface ChartSeriesSpec {
  name: string;
  /** Index into `SummaryTable.rows` whose cells hold the series' values. */
  row: number;
  /** For combo charts: how this series is drawn and on which axis. */
  as?: "column" | "line";
  axis?: "primary" | "secondary";
}

export interface ChartSpec {
  /** Stable id, used to name the chart the add-in owns ("QD_revenue_breakdown"). */
  id: string;
  title: string;
  type: ChartType;
  /** Indices into `SummaryTable.periods` used as categories (for pie/doughnut: one period per chart). */
  periodColumns: number[];
  series: ChartSeriesSpec[];
  yAxisTitle?: string;
  y2AxisTitle?: string;
  /** Number format of the primary value axis ("#,##0", "0%"). */
  numberFormat?: string;
  /**
   * Charts sharing a group are drawn side by side as one figure (the revenue portfolio: one doughnut per
   * fiscal year). For pie/doughnut charts each series is one slice, valued at the single period column.
   */
  group?: string;
}

/** Pure data the workbook adapters write: the summary sheet's whole content. */
export interface SummaryModel {
  sheetName: string;
  title: string;
  /** "Computed from Figures!A1:N30 on 2026-11-25 14:05 · FY ends March (start-year naming) · EBITDA: net income + …". */
  subtitle: string;
  highlights: string[];
  table: SummaryTable;
  charts: ChartSpec[];
  /** Settings and source shown on the sheet, as label/value pairs. */
  notes: [string, string][];
  issues: Issue[];
}
