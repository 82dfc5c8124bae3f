import { formatPercent, growthDecimals } from "./format";
import { highlightText as t } from "./messages";

/** A growth figure to phrase: a ratio against a base period, or a sign change said in words. */
export type Growth = { ratio: number; base: string } | { words: string };

/**
 * Growth figures as phrases sharing one precision: "31.6% up from 4Q00", "7% up from 3Q01", "12.0% down from 4Q00".
 * Ratios that overflow as percentages are left out.
 */
export function growthPhrases(items: Growth[]): string[] {
  // A ratio too large to show as a percent (a division by a near-zero base) is not meaningful: left out, like n.m.
  const shown = items.filter((g) => !("ratio" in g) || Number.isFinite(g.ratio * 100));
  const decimals = growthDecimals(shown.flatMap((g) => ("ratio" in g ? [g.ratio] : [])));
  return shown.map((g) => {
    if (!("ratio" in g)) return g.words;
    const pct = formatPercent(Math.abs(g.ratio), decimals);
    if (Number(pct.replace(/[,%]/g, "")) === 0) return t.growthFlat(g.base);
    return g.ratio > 0 ? t.growthUp(pct, g.base) : t.growthDown(pct, g.base);
  });
}
