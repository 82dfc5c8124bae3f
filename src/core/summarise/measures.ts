import type { KpiKind } from "../compute/types";

/**
 * Which measures the summary table shows for each metric family when the table is set to "key" figures
 * (the default): what an earnings deck prints — growth for revenues, profits and unit economics, margins for
 * profits, shares for segments — rather than every measure of every line. "full" shows everything computed.
 * The first rule that matches a metric applies.
 */
const KEY_MEASURES: [test: (metric: string) => boolean, kinds: KpiKind[]][] = [
  [(m) => m === "revenue.total", ["value", "yoy", "qoq", "usd", "cagr", "guidance"]],
  [(m) => m.startsWith("revenue."), ["value", "yoy", "qoq", "share", "share_change"]],
  [(m) => m === "cost.total", ["value", "yoy", "margin"]],
  [(m) => m.startsWith("cost."), ["value", "yoy"]],
  [(m) => m === "gross_profit", ["value", "yoy", "margin"]],
  [(m) => m.startsWith("gross_profit."), ["value", "margin"]],
  [(m) => m === "sga", ["value", "margin"]],
  [(m) => m === "operating_income", ["value", "yoy", "qoq", "margin", "usd", "guidance"]],
  [(m) => m === "net_income", ["value", "yoy", "margin"]],
  [(m) => m === "da" || m === "interest_expense" || m === "income_taxes", ["value"]],
  [(m) => m === "ebitda_minus_capex", ["value"]],
  [(m) => m.startsWith("ebitda"), ["value", "yoy", "qoq", "margin", "usd"]],
  [(m) => m === "capex", ["value", "yoy"]],
  [(m) => m.startsWith("cf.") || m === "free_cash_flow", ["value"]],
  [(m) => m.startsWith("fx."), ["value"]],
];

/** Measures shown for metrics no rule names (ratio KPIs, stocks, unknown labels). */
const DEFAULT_KEY_MEASURES: KpiKind[] = ["value", "yoy", "qoq"];

/** True when the summary table shows `kind` for `metric` at the given detail. */
export function showsMeasure(metric: string, kind: KpiKind, detail: "key" | "full"): boolean {
  if (detail === "full") return true;
  const rule = KEY_MEASURES.find(([test]) => test(metric));
  return (rule?.[1] ?? DEFAULT_KEY_MEASURES).includes(kind);
}

/** Profit lines read their ratio to revenues as a margin; other lines (costs, SG&A, CAPEX) as a share of revenues. */
export function isProfitLine(metric: string): boolean {
  return (
    metric.startsWith("gross_profit") ||
    metric === "operating_income" ||
    metric === "net_income" ||
    metric.startsWith("ebitda") ||
    metric === "free_cash_flow"
  );
}
