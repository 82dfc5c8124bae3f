import type { MetricId } from "../read/types";

/**
 * KPI kinds computed for every metric and period (docs/DESIGN.md "KPIs"):
 * value; yoy (same fiscal quarter a year earlier / previous fiscal year); qoq (previous quarter);
 * margin (÷ total revenues); share (segment ÷ its total); share_change (change of share vs a year earlier, in percentage points: 1.7 for 58.3% → 60.0%);
 * usd (conversion at the FX rate); cagr; guidance (actual vs guidance).
 */
export const KPI_KINDS = [
  "value",
  "yoy",
  "qoq",
  "margin",
  "share",
  "share_change",
  "usd",
  "cagr",
  "guidance",
] as const;

export type KpiKind = (typeof KPI_KINDS)[number];

/** One computed figure. `value` is null where not meaningful (shown "n.m."); never NaN or Infinity. */
export interface KpiValue {
  metric: MetricId;
  /** Metric label as written in the input, or the catalog's label for a derived metric. */
  label: string;
  /** Period label as written in the input. */
  period: string;
  kpi: KpiKind;
  value: number | null;
  /** Display text: "31.6%", "12,100", "n.m.". */
  display: string;
  /** For yoy/qoq/share_change: the label of the period compared with ("4Q00"). */
  base?: string;
  /** Why it is n.m. or how it was obtained ("sum of quarters", "turned positive", "base is a loss"). */
  note?: string;
  /** Excel number format for the value ("#,##0", "0.0%"). */
  numberFormat: string;
  /**
   * An Excel formula over the source cells that computes `value` (sheet-qualified A1 references,
   * n.m. guarded to show "n.m."), when one exists.
   */
  formula?: string;
}
