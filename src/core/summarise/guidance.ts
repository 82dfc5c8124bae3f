import type { KpiValue } from "../compute/types";
import type { Unit } from "../read/types";
import type { GuidanceItem } from "../settings";
import { currencyPrefix, formatFixed, formatMoney, formatPercent, growthDecimals } from "./format";
import type { KpiIndex } from "./lookup";
import { highlightText as t } from "./messages";
import { growthPhrases } from "./growth";

/**
 * A money range in one scale when both ends share it: 9,000–9,500 (JPY mn) → "JPY9.0-9.5B";
 * otherwise both ends formatted on their own ("JPY900M-JPY1.2B").
 */
export function formatMoneyRange(low: number, high: number, money: Unit): string {
  const lowText = formatMoney(low, money);
  const highText = formatMoney(high, money);
  const prefix = currencyPrefix(money.currency);
  const suffix = (text: string): string => text.slice(-1);
  const scaled = suffix(lowText) === "B" || suffix(lowText) === "M";
  if (low >= 0 && high >= 0 && scaled && suffix(lowText) === suffix(highText)) {
    const divisor = suffix(lowText) === "B" ? 1e9 : 1e6;
    const decimals = suffix(lowText) === "B" ? 1 : 0;
    const part = (v: number): string => formatFixed((v * money.scale) / divisor, decimals);
    return `${prefix}${t.moneyRange(part(low), part(high))}${suffix(lowText)}`;
  }
  return t.moneyRange(lowText, highText);
}

/** A guided growth as the company would say it: whole percents when it is one ("20%"), else one decimal. */
function guidedPercent(ratio: number): string {
  const whole = Math.abs(ratio * 100 - Math.round(ratio * 100)) < 1e-9;
  return formatPercent(ratio, whole ? 0 : 1);
}

/** The guided amount: a range, one bound, or null when the item guides growth only. */
function guidedAmount(item: GuidanceItem, money: Unit): string | null {
  // a point forecast (a data book's 通期予想 column) is one amount, not a range
  if (item.low !== undefined && item.low === item.high) return formatMoney(item.low, money);
  if (item.low !== undefined && item.high !== undefined)
    return formatMoneyRange(item.low, item.high, money);
  if (item.low !== undefined) return t.atLeast(formatMoney(item.low, money));
  if (item.high !== undefined) return t.atMost(formatMoney(item.high, money));
  return null;
}

/**
 * One sentence per guidance item, using the engine's guidance KPI:
 * - operating income guided at most 0 / at least 0 → "an operating loss" / "an operating profit";
 * - an amount without an actual → the range and the mid-point's implied growth on the comparable period;
 * - a growth (yoy) without an actual → the growth and the amount it implies (base × (1 + yoy));
 * - with an actual → the actual and the engine's verdict (in range / above / below guidance).
 */
export function guidanceSentence(item: GuidanceItem, kpis: KpiIndex, money: Unit): string | null {
  const k: KpiValue | undefined = kpis.get(item.metric, item.period, "guidance");
  const what = t.metricWords(item.metric, k?.label ?? item.metric);
  const actual = kpis.value(item.metric, item.period, "value");
  const guided = guidedAmount(item, money);
  if (actual !== null && k !== undefined && k.note !== undefined) {
    if (item.yoy !== undefined && guided === null) {
      const growth = kpis.value(item.metric, item.period, "yoy") ?? k.value;
      if (growth === null) return null;
      const pct = formatPercent(growth, growthDecimals([growth]));
      return t.guidanceActualGrowth(
        item.period,
        what,
        pct,
        k.note,
        t.approximately(guidedPercent(item.yoy))
      );
    }
    return guided === null
      ? null
      : t.guidanceActual(item.period, what, formatMoney(actual, money), k.note, guided);
  }
  if (item.metric === "operating_income" && item.low === undefined && item.high === 0)
    return t.guidanceOperatingLoss(item.period);
  if (item.metric === "operating_income" && item.high === undefined && item.low === 0)
    return t.guidanceOperatingProfit(item.period);
  if (guided !== null) {
    const growth = k?.value ?? null;
    const phrase =
      growth !== null && k?.base !== undefined
        ? (growthPhrases([{ ratio: growth, base: k.base }])[0] ?? null)
        : null;
    return t.guidanceAmount(item.period, what, guided, phrase);
  }
  if (item.yoy !== undefined) {
    const base = k?.base;
    if (base === undefined) return null;
    const baseValue = kpis.value(item.metric, base, "value");
    const implied = baseValue === null ? null : formatMoney(baseValue * (1 + item.yoy), money);
    return t.guidanceGrowth(item.period, what, guidedPercent(item.yoy), base, implied);
  }
  return null;
}
