/**
 * Every user-facing text of the summary: highlight sentences, row and chart titles, notes.
 * Numbers arrive already formatted ("JPY12.1B", "31.6%"); period labels as written in the input.
 */

/** "(a, b)" or nothing when there are no parts. */
function parenthesised(parts: string[]): string {
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}

export const highlightText = {
  growthUp: (pct: string, base: string): string => `${pct} up from ${base}`,
  growthDown: (pct: string, base: string): string => `${pct} down from ${base}`,
  growthFlat: (base: string): string => `unchanged from ${base}`,
  turnedPositiveFrom: (base: string): string => `turned positive from ${base}`,
  turnedNegativeFrom: (base: string): string => `turned negative from ${base}`,

  revenues: (money: string, parts: string[]): string => `Revenues ${money}${parenthesised(parts)}`,
  segmentDriver: (segment: string, parts: string[]): string =>
    `Driven by ${segment}${parenthesised(parts)}`,

  amountIn: (money: string, base: string): string => `${money} in ${base}`,
  lossIn: (money: string, base: string): string => `a loss of ${money} in ${base}`,
  operatingIncome: (money: string, parts: string[]): string =>
    `Operating income ${money}${parenthesised(parts)}`,
  operatingLoss: (money: string, parts: string[]): string =>
    `Operating loss ${money}${parenthesised(parts)}`,

  marginIn: (pct: string, base: string): string => `${pct} in ${base}`,
  operatingMargin: (pct: string, parts: string[]): string =>
    `Operating margin ${pct}${parenthesised(parts)}`,

  ebitda: (money: string, parts: string[], capex: string | null): string =>
    `EBITDA ${money}${parenthesised(parts)}${capex === null ? "" : ` vs. CAPEX ${capex}`}`,

  freeCashFlowPositive: (money: string): string =>
    `Positive cash flow for the total of operating/investing activities (${money})`,
  freeCashFlowNegative: (money: string): string =>
    `Negative cash flow for the total of operating/investing activities (-${money})`,

  yearRevenues: (money: string): string => `Total revenues ${money}`,
  yearRevenuesUp: (money: string, pct: string, base: string): string =>
    `Total revenues ${money}, a ${pct} increase from ${base}`,
  yearRevenuesDown: (money: string, pct: string, base: string): string =>
    `Total revenues ${money}, a ${pct} decrease from ${base}`,
  yearRevenuesFlat: (money: string, base: string): string =>
    `Total revenues ${money}, unchanged from ${base}`,

  yearOperatingIncome: (money: string): string => `Operating income ${money}`,
  yearOperatingLoss: (money: string): string => `Operating loss ${money}`,
  yearOperatingIncomeUp: (money: string, pct: string, base: string): string =>
    `Operating income ${money}, a ${pct} increase from ${base}`,
  yearOperatingIncomeDown: (money: string, pct: string, base: string): string =>
    `Operating income ${money}, a ${pct} decrease from ${base}`,
  turnedPositive: (money: string): string => `Operating income turned positive with ${money}`,
  turnedNegative: (money: string): string =>
    `Operating income turned negative with an operating loss of ${money}`,
  lossNarrowed: (money: string, baseMoney: string, base: string): string =>
    `Operating loss narrowed to ${money} from ${baseMoney} in ${base}`,
  lossWidened: (money: string, baseMoney: string, base: string): string =>
    `Operating loss widened to ${money} from ${baseMoney} in ${base}`,

  guidanceAmount: (period: string, what: string, amount: string, growth: string | null): string =>
    `${period} is expected to achieve ${amount} in ${what}${growth === null ? "" : ` (${growth} at the mid-point)`}`,
  guidanceGrowth: (
    period: string,
    what: string,
    pct: string,
    base: string,
    implied: string | null
  ): string =>
    `${period} is expected to grow ${what} by approximately ${pct} from ${base}${implied === null ? "" : ` (about ${implied})`}`,
  guidanceOperatingLoss: (period: string): string =>
    `${period} is expected to show an operating loss`,
  guidanceOperatingProfit: (period: string): string =>
    `${period} is expected to show an operating profit`,
  guidanceActual: (
    period: string,
    what: string,
    amount: string,
    verdict: string,
    guided: string
  ): string => `${period} ${what} ${amount}: ${verdict} (guidance ${guided})`,
  guidanceActualGrowth: (
    period: string,
    what: string,
    pct: string,
    verdict: string,
    guided: string
  ): string => `${period} ${what} grew ${pct}: ${verdict} (guidance ${guided})`,
  moneyRange: (low: string, high: string): string => `${low}-${high}`,
  atLeast: (amount: string): string => `at least ${amount}`,
  atMost: (amount: string): string => `at most ${amount}`,
  approximately: (pct: string): string => `approximately ${pct}`,
  /** How a metric is named inside a guidance sentence. */
  metricWords: (metric: string, label: string): string =>
    metric === "revenue.total"
      ? "revenues"
      : metric === "operating_income"
        ? "operating income"
        : label.trim(),
};

/** How each KPI kind is named after the metric label in a table row ("Total revenues — YoY"). */
export const kpiRowSuffix: Record<string, string> = {
  value: "",
  yoy: "YoY",
  qoq: "QoQ",
  margin: "margin",
  share: "share of total",
  share_change: "share change (pp)",
  usd: "in USD",
  cagr: "CAGR",
  guidance: "vs guidance",
};

/** Row suffix of a cost line's ratio to revenues (profit lines say "margin"). */
export const ofRevenuesSuffix = "% of revenues";

export const rowLabel = (label: string, suffix: string): string =>
  suffix === "" ? label : `${label} — ${suffix}`;

export const NOT_MEANINGFUL = "n.m.";

export const summaryText = {
  sheetTitle: (latest: string | null): string =>
    latest === null ? "QuarterDeck KPI summary" : `QuarterDeck KPI summary — ${latest}`,
  computedFrom: (source: string, stamp: string): string => `Computed from ${source} on ${stamp}`,
  fiscalYear: (month: string, naming: string): string => `FY ends ${month} (${naming} naming)`,
  ebitdaNamed: (definition: string): string => `EBITDA: ${definition}`,
  ebitdaNetIncome: "net income + income taxes + interest expense + D&A",
  ebitdaOperating: "operating income + D&A (operating EBITDA)",
  namingStartYear: "start-year",
  namingEndYear: "end-year",
  namingStartYearLong: "by start year (fiscal 2001 ends in 2002)",
  namingEndYearLong: "by end year (FY2002 ends in 2002)",
  inferred: "inferred from the labels",
  fromSettings: "from settings",
  noFx: "none",
  fxRate: (from: string, to: string, rate: string): string => `${from}${rate} per ${to}`,
  fxRow: (label: string, value: string, period: string): string =>
    `${label}: ${value} in ${period}`,
  fxCell: (from: string, to: string, cell: string): string => `${from} per ${to} from ${cell}`,
  fxRateFrom: (from: string, to: string, rate: string, cell: string): string =>
    `${from}${rate} per ${to} (from ${cell})`,
  issuesCount: (errors: number, warnings: number, infos: number): string =>
    `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} note${infos === 1 ? "" : "s"}`,
  percentUnit: "%",
  ppUnit: "pp",
};

export const noteLabels = {
  source: "Source",
  layout: "Layout",
  fiscalYearEnd: "Fiscal year end",
  naming: "Fiscal year naming",
  unit: "Unit",
  ebitda: "EBITDA definition",
  fx: "FX rate",
  issues: "Issues",
  computed: "Computed",
};

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const chartText = {
  revenueBreakdown: "Revenues breakdown (quarter basis)",
  arpu: (label: string): string => label,
  dataCenter: "Data center revenues and contracts",
  systemsIntegration: "Systems integration revenues and gross margin ratio",
  grossMarginRatio: (segment: string): string => `${segment} — gross margin ratio`,
  grossMargin: "Gross margin",
  operatingIncome: "Operating income/loss",
  ebitdaVsCapex: "EBITDA vs CAPEX",
  revenuePortfolio: (period: string): string => `Revenues portfolio ${period}`,
  backboneCosts: "Backbone costs",
  contracts: "Contracts",
  ratio: "Ratio",
};
