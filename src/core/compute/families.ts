/**
 * The summary table's metric families, in reading order, and the place of reported (input) metrics in them.
 * Derived metrics name their family in their catalog entry; reported ones are placed by the rules below.
 */
import type { MetricId } from "../read/types";
import type { SummaryPlace } from "./catalog-entry";
import type { KpiKind } from "./types";

/** Reading order: revenues, costs, gross profit, SG&A, operating income, EBITDA, cash, unit economics, stocks. */
export const FAMILIES = [
  "total-revenues",
  "revenue-segments",
  "total-cost",
  "cost-segments",
  "gross-profit",
  "segment-gross-profit",
  "sga",
  "operating-income",
  "below-operating-income",
  "ebitda",
  "capex",
  "ebitda-less-capex",
  "cash-flow",
  "free-cash-flow",
  "unit-economics",
  "operations",
  "fx",
  "other",
] as const;

export type FamilyId = (typeof FAMILIES)[number];

/** Measures of metrics no rule names (stocks, unknown labels, ratio KPIs). */
export const DEFAULT_MEASURES: readonly KpiKind[] = ["value", "yoy", "qoq"];

const place = (
  family: FamilyId,
  measures: readonly KpiKind[] = DEFAULT_MEASURES,
  profit = false
): SummaryPlace => ({ family, measures, profit });

/**
 * Reported metrics: the first rule that matches applies. Metrics a catalog entry defines (revenue.total,
 * gross_profit, EBITDA …) take their entry's place even when the input reports them.
 */
export const REPORTED: readonly [test: (metric: MetricId) => boolean, place: SummaryPlace][] = [
  [
    (m) => m.startsWith("revenue."),
    place("revenue-segments", ["value", "yoy", "qoq", "share", "share_change"]),
  ],
  [(m) => m.startsWith("cost."), place("cost-segments", ["value", "yoy"])],
  [(m) => m === "sga", place("sga", ["value", "margin"])],
  // a segment's operating income (a segment table's line): its margin over the segment's revenue
  [
    (m) => m.startsWith("operating_income."),
    place("operating-income", ["value", "yoy", "qoq", "margin", "share"], true),
  ],
  [
    (m) => m === "operating_income",
    place("operating-income", ["value", "yoy", "qoq", "margin", "usd", "guidance"], true),
  ],
  [(m) => m === "net_income", place("below-operating-income", ["value", "yoy", "margin"], true)],
  [
    (m) => m === "da" || m === "interest_expense" || m === "income_taxes",
    place("below-operating-income", ["value"]),
  ],
  [(m) => m.startsWith("ebitda"), place("ebitda", ["value", "yoy", "qoq", "margin", "usd"], true)],
  [(m) => m === "capex", place("capex", ["value", "yoy"])],
  [(m) => m.startsWith("cf."), place("cash-flow", ["value"])],
  [(m) => m.startsWith("arpu."), place("unit-economics")],
  [(m) => m.startsWith("ops."), place("operations")],
  [(m) => m.startsWith("fx."), place("fx", ["value"])],
];

/** Place of a metric nothing declares. */
export const OTHER: SummaryPlace = place("other");
