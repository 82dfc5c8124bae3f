import type { Issue } from "../issue";
import type { KpiKind } from "../compute/types";

/** A cached value of the summary table: number, text ("n.m."), or null for empty. */
export type SummaryValue = number | string | null;

/** One cell of the summary table, read from its row (`cellAt`): what to show, and the live formula when there is one. */
export interface SummaryCell {
  value: SummaryValue;
  formula?: string;
  numberFormat?: string;
}

/**
 * One row of the KPI table, column by column: one entry per `SummaryTable.periods` entry in each array (a
 * summary may hold a million cells: arrays, not an object per cell).
 */
export interface SummaryRow {
  /** Row label shown in the first column, e.g. "Total revenues — YoY". */
  label: string;
  metric: string;
  kpi: KpiKind;
  /** Unit text for the row ("JPY mn", "%", "contracts"). */
  unit: string;
  /** Cached values. */
  values: SummaryValue[];
  /** Number formats ("0.0%"); undefined for an empty cell. */
  formats: (string | undefined)[];
  /** Live formulas; undefined where there is none (or the summary is written as values). */
  formulas: (string | undefined)[];
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
