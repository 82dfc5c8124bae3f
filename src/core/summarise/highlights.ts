import type { KpiList } from "../compute/kpi-set";
import type { Period } from "../periods/types";
import type { Dataset, Unit } from "../read/types";
import { formatMoney, formatPercent, growthDecimals } from "./format";
import { growthPhrases, type Growth } from "./growth";
import { guidanceSentence } from "./guidance";
import type { GuidanceItem } from "../settings";
import { latestWithFigures } from "./latest";
import { indexKpis, pairingOf, type BasePairing, type KpiIndex } from "./lookup";
import { highlightText as t } from "./messages";

const REVENUE = "revenue.total";
const OPERATING_INCOME = "operating_income";
const CAPEX = "capex";
const FCF = "free_cash_flow";
const EBITDA_IDS = ["ebitda", "ebitda.operating", "operating_ebitda"];

/** KPI values plus period pairing, for sentences that compare periods. */
type HighlightIndex = KpiIndex & { pair: BasePairing };

/**
 * The comparison period of a growth KPI: its own `base`, else total revenues' base for the same period,
 * else the comparable period found through the periods API.
 */
function baseLabel(
  kpis: HighlightIndex,
  metric: string,
  period: string,
  kind: "yoy" | "qoq"
): string | null {
  return (
    kpis.get(metric, period, kind)?.base ??
    kpis.get(REVENUE, period, kind)?.base ??
    kpis.pair(period, kind)
  );
}

/**
 * Growth of `metric` in `period` against its yoy and qoq bases. Growth = current / base − 1 (from the
 * KPI engine); a sign change is said in words, and an n.m. growth is left out.
 */
function growths(
  kpis: HighlightIndex,
  metric: string,
  period: string,
  kinds: ("yoy" | "qoq")[]
): Growth[] {
  const out: Growth[] = [];
  for (const kind of kinds) {
    const base = baseLabel(kpis, metric, period, kind);
    if (base === null) continue;
    const current = kpis.value(metric, period, "value");
    const before = kpis.value(metric, base, "value");
    if (current !== null && before !== null && current > 0 && before < 0)
      out.push({ words: t.turnedPositiveFrom(base) });
    else if (current !== null && before !== null && current < 0 && before > 0)
      out.push({ words: t.turnedNegativeFrom(base) });
    else {
      const ratio = kpis.value(metric, period, kind);
      if (ratio !== null) out.push({ ratio, base });
    }
  }
  return out;
}

function revenueSentence(kpis: HighlightIndex, q: string, money: Unit): string | null {
  const value = kpis.value(REVENUE, q, "value");
  if (value === null) return null;
  return t.revenues(
    formatMoney(value, money),
    growthPhrases(growths(kpis, REVENUE, q, ["yoy", "qoq"]))
  );
}

/** The revenue segment whose year-on-year increase (current − base) is largest, when revenues grew. */
function segmentDriverSentence(kpis: HighlightIndex, dataset: Dataset, q: string): string | null {
  const totalGrowth = kpis.value(REVENUE, q, "yoy");
  if (totalGrowth === null || totalGrowth <= 0) return null;
  let best: { label: string; metric: string; increase: number } | null = null;
  for (const s of dataset.series) {
    if (!s.metric.startsWith("revenue.") || s.metric === REVENUE) continue;
    const base = baseLabel(kpis, s.metric, q, "yoy");
    const current = kpis.value(s.metric, q, "value");
    const before = base === null ? null : kpis.value(s.metric, base, "value");
    if (current === null || before === null || kpis.value(s.metric, q, "yoy") === null) continue;
    const increase = current - before;
    if (increase > 0 && (best === null || increase > best.increase))
      best = { label: s.label.trim(), metric: s.metric, increase };
  }
  if (best === null) return null;
  return t.segmentDriver(best.label, growthPhrases(growths(kpis, best.metric, q, ["yoy", "qoq"])));
}

function operatingIncomeSentence(kpis: HighlightIndex, q: string, money: Unit): string | null {
  const value = kpis.value(OPERATING_INCOME, q, "value");
  if (value === null) return null;
  const parts: string[] = [];
  for (const kind of ["yoy", "qoq"] as const) {
    const base = baseLabel(kpis, OPERATING_INCOME, q, kind);
    const before = base === null ? null : kpis.value(OPERATING_INCOME, base, "value");
    if (base === null || before === null) continue;
    const amount = formatMoney(Math.abs(before), money);
    parts.push(before < 0 ? t.lossIn(amount, base) : t.amountIn(amount, base));
  }
  const amount = formatMoney(Math.abs(value), money);
  return value < 0 ? t.operatingLoss(amount, parts) : t.operatingIncome(amount, parts);
}

/** Operating margin = operating income ÷ total revenues, one decimal, with its bases' margins. */
function operatingMarginSentence(kpis: HighlightIndex, q: string): string | null {
  const margin = kpis.value(OPERATING_INCOME, q, "margin");
  if (margin === null) return null;
  const parts: string[] = [];
  for (const kind of ["yoy", "qoq"] as const) {
    const base = baseLabel(kpis, OPERATING_INCOME, q, kind);
    const before = base === null ? null : kpis.value(OPERATING_INCOME, base, "margin");
    if (base !== null && before !== null) parts.push(t.marginIn(formatPercent(before, 1), base));
  }
  return t.operatingMargin(formatPercent(margin, 1), parts);
}

function ebitdaSentence(kpis: HighlightIndex, q: string, money: Unit): string | null {
  const metric = EBITDA_IDS.find((id) => kpis.value(id, q, "value") !== null);
  if (metric === undefined) return null;
  const value = kpis.value(metric, q, "value") ?? 0;
  const capex = kpis.value(CAPEX, q, "value");
  return t.ebitda(
    formatMoney(value, money),
    growthPhrases(growths(kpis, metric, q, ["yoy", "qoq"])),
    capex === null ? null : formatMoney(capex, money)
  );
}

/** Free cash flow = operating + investing cash flow, said as positive or negative cash flow. */
function freeCashFlowSentence(kpis: HighlightIndex, q: string, money: Unit): string | null {
  const value = kpis.value(FCF, q, "value");
  if (value === null || value === 0) return null;
  const amount = formatMoney(Math.abs(value), money);
  return value > 0 ? t.freeCashFlowPositive(amount) : t.freeCashFlowNegative(amount);
}

function yearRevenueSentence(kpis: HighlightIndex, fy: string, money: Unit): string | null {
  const value = kpis.value(REVENUE, fy, "value");
  if (value === null) return null;
  const amount = formatMoney(value, money);
  const growth = kpis.value(REVENUE, fy, "yoy");
  const base = baseLabel(kpis, REVENUE, fy, "yoy");
  if (growth === null || base === null) return t.yearRevenues(amount);
  const pct = formatPercent(Math.abs(growth), growthDecimals([growth]));
  if (Number(pct.replace(/[,%]/g, "")) === 0) return t.yearRevenuesFlat(amount, base);
  return growth > 0 ? t.yearRevenuesUp(amount, pct, base) : t.yearRevenuesDown(amount, pct, base);
}

/** Fiscal-year operating income against the previous year: growth, a sign change, or a loss narrowing/widening. */
function yearOperatingIncomeSentence(kpis: HighlightIndex, fy: string, money: Unit): string | null {
  const value = kpis.value(OPERATING_INCOME, fy, "value");
  if (value === null) return null;
  const amount = formatMoney(Math.abs(value), money);
  const base = baseLabel(kpis, OPERATING_INCOME, fy, "yoy");
  const before = base === null ? null : kpis.value(OPERATING_INCOME, base, "value");
  if (base === null || before === null)
    return value < 0 ? t.yearOperatingLoss(amount) : t.yearOperatingIncome(amount);
  if (value > 0 && before <= 0) return t.turnedPositive(amount);
  if (value < 0 && before >= 0) return t.turnedNegative(amount);
  if (value < 0) {
    const baseAmount = formatMoney(Math.abs(before), money);
    return value > before
      ? t.lossNarrowed(amount, baseAmount, base)
      : t.lossWidened(amount, baseAmount, base);
  }
  if (value === 0) return t.yearOperatingIncome(amount);
  const growth = kpis.value(OPERATING_INCOME, fy, "yoy");
  if (growth === null) return t.yearOperatingIncome(amount);
  const pct = formatPercent(Math.abs(growth), growthDecimals([growth]));
  return growth >= 0
    ? t.yearOperatingIncomeUp(amount, pct, base)
    : t.yearOperatingIncomeDown(amount, pct, base);
}

/** The latest quarter and fiscal year that hold figures, among `periods` (the dataset's by default). */
export function latestPeriods(
  dataset: Dataset,
  kpis: KpiIndex,
  periods: readonly Period[] = dataset.periods
): { quarter: Period | null; year: Period | null } {
  const metrics = [REVENUE, OPERATING_INCOME, ...EBITDA_IDS];
  return {
    quarter: latestWithFigures(periods, "quarter", kpis, metrics),
    year: latestWithFigures(periods, "year", kpis, metrics),
  };
}

export interface HighlightOptions {
  /** Guidance items (settings.guidance): one sentence each, after the results. */
  guidance?: readonly GuidanceItem[];
  /** The periods KPIs are given for, when the engine derived some (fiscal years from quarters). */
  periods?: readonly Period[];
}

/**
 * Highlight sentences in the seed's style for the latest quarter (revenues, operating income, operating
 * margin, EBITDA vs CAPEX, then the leading segment and free cash flow), the latest fiscal year (total
 * revenues, operating income) and the guidance. Only sentences whose inputs exist; money in the dataset's unit.
 */
export function buildHighlights(
  dataset: Dataset,
  kpiValues: KpiList,
  options: HighlightOptions = {}
): string[] {
  const kpis: HighlightIndex = {
    ...indexKpis(kpiValues),
    pair: pairingOf(options.periods ?? dataset.periods),
  };
  const money = dataset.money;
  const { quarter, year } = latestPeriods(dataset, kpis, options.periods);
  const sentences: (string | null)[] = [];
  if (quarter !== null) {
    const q = quarter.label;
    sentences.push(
      revenueSentence(kpis, q, money),
      operatingIncomeSentence(kpis, q, money),
      operatingMarginSentence(kpis, q),
      ebitdaSentence(kpis, q, money),
      segmentDriverSentence(kpis, dataset, q),
      freeCashFlowSentence(kpis, q, money)
    );
  }
  if (year !== null) {
    sentences.push(
      yearRevenueSentence(kpis, year.label, money),
      yearOperatingIncomeSentence(kpis, year.label, money)
    );
  }
  for (const item of options.guidance ?? []) sentences.push(guidanceSentence(item, kpis, money));
  return sentences.filter((s): s is string => s !== null);
}
