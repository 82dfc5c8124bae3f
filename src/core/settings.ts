import type { CellRef } from "./grid/types";
import type { MetricId } from "./read/types";

/** EBITDA as the seed defines it (net income + income taxes + interest expense + D&A) or operating income + D&A. */
export type EbitdaDefinition = "net-income" | "operating";

/** A user-defined ratio KPI, e.g. ARPU = monthly revenue per average contract. */
export interface RatioKpi {
  /** Output metric id, e.g. `arpu.ip_service`. */
  id: MetricId;
  label: string;
  numerator: MetricId;
  denominator: MetricId;
  /** "average": (opening + closing) / 2 of the denominator stock; "closing": end of period. */
  averaging: "average" | "closing";
  /** Divide a quarter's flow by 3 (a half's by 6, a year's by 12) to get a monthly figure. */
  perMonth: boolean;
  /** Scale the numerator's money to this unit before dividing (e.g. 1 for JPY per contract). */
  numeratorScale?: number;
}

export interface GuidanceItem {
  /** Period label in the input's style, e.g. `1Q02`, `FY3/03`. */
  period: string;
  metric: MetricId;
  low?: number;
  high?: number;
  /** Expected growth on the comparable period (0.20 = ~20%). */
  yoy?: number;
}

/** Everything a computation depends on besides the figures; persisted in the workbook. */
export interface Settings {
  /** Fiscal year-end month 1–12; inferred from labels when absent (then December). */
  fyEndMonth?: number;
  naming?: "start-year" | "end-year";
  ebitda: EbitdaDefinition;
  /** Currency the figures are reported in when the input does not say. */
  reportingCurrency?: string;
  /** Multiplier of the input numbers when the input does not say (1e6 = "in millions"). */
  unitScale?: number;
  /**
   * Conversion for the `usd` KPI: `rate` units of `from` per 1 `to` (131.04 JPY per USD), or the rate in a cell
   * (`"Figures!B2"`), read at each refresh. `ref` is where a rate was read from (set for the computation, so the
   * converted figures are formulas over that cell; not stored).
   */
  fx?:
    | { from: string; to: string; rate: number; ref?: CellRef }
    | { from: string; to: string; cell: string };
  ratioKpis: RatioKpi[];
  guidance: GuidanceItem[];
  /** Name of the summary sheet the add-in owns. */
  outputSheet: string;
  /** Summary table rows: the key measures of each line, as an earnings deck prints them (default), or every measure. */
  summaryDetail?: "key" | "full";
  /** Write KPI cells as live formulas over the source cells (true) or as values. */
  formulas: boolean;
  /**
   * The user's corrections of how lines are read: a label as written (matched trimmed, ignoring case and runs of
   * spaces) → the metric id chosen for it. Applied before the synonyms and over an id column.
   */
  labelMap?: Record<string, MetricId>;
}

export const DEFAULT_SETTINGS: Settings = {
  ebitda: "net-income",
  ratioKpis: [],
  guidance: [],
  outputSheet: "KPI Summary",
  formulas: true,
};
