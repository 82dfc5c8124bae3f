/**
 * The book's own ratios tied out against the engine: each "YoY%", "QoQ %", "CAGR %", "% change", "Var." cell
 * the reader kept (Dataset.bookRatios) is compared with the engine's value for the same line and periods. A
 * difference beyond the rounding the cell shows is a warning naming the book's cell and the figure cells; where
 * the layout does not say which periods the ratio compares, an info says it is not tied out.
 */
import type { KpiList } from "./kpi-set";
import { cellAddress } from "../grid";
import { periodKey } from "../periods";
import type { BookRatio, Dataset } from "../read/types";
import type { Issue } from "../issue";
import { cagrValue } from "./cagr";
import { growthValue } from "./growth";
import type { KpiValue } from "./types";
import { halfUnit, withinTolerance } from "../tolerance";

export const tieOutMessages = {
  unclear: (cell: string, header: string): string =>
    `${cell}: it is not clear which periods “${header}” compares, so the book's figures in that column are not ` +
    `tied out against QuarterDeck's.`,
  noEngineValue: (cell: string, header: string, label: string, period: string): string =>
    `${cell}: “${header}” of ${label} for ${period} is not tied out: QuarterDeck has no value to compare it with ` +
    `(a figure is missing or not meaningful).`,
  mismatch: (
    cell: string,
    header: string,
    label: string,
    period: string,
    shown: string,
    expected: string,
    figures: string
  ): string =>
    `${cell} shows ${shown} as “${header}” of ${label} for ${period}, but the figures ${figures} give ${expected}: ` +
    `the book's ratio does not tie out. Check its formula or the figures.`,
};

/**
 * Within half a unit of the last decimal the cell shows, in the unit compared (`factor` times the cell's), and a
 * little more for floating point (src/core/tolerance.ts): the engine's value is exact, the cell's is rounded.
 */
function close(book: number, target: number, decimals: number, factor = 1): boolean {
  return withinTolerance(book, target, halfUnit(decimals, factor), true);
}

/**
 * Whether the book's value matches the engine's change: in % as a fraction (0.121) or in percent (12.1), as a
 * change or as a ratio current/base (前年同期比 112.1%); or as an amount (current − base).
 */
export function tiesOut(r: BookRatio, growth: number | null, amount: number | null): boolean {
  const percent = r.measure !== "amount" && growth !== null;
  if (percent) {
    const targets = r.compares === "cagr" ? [growth] : [growth, growth + 1];
    for (const t of targets)
      if (close(r.value, t, r.decimals) || close(r.value / 100, t, r.decimals + 2)) return true;
  }
  if (r.measure !== "percent" && amount !== null) {
    const f = r.factor !== 0 ? r.factor : 1;
    if (close(r.value * f, amount, r.decimals, f)) return true;
  }
  return false;
}

function percentText(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}

/** The tie-out issues of a dataset's book ratios against the KPIs computed from it. */
export function tieOut(dataset: Dataset, kpis: KpiList): Issue[] {
  const ratios = dataset.bookRatios;
  if (!ratios || ratios.length === 0) return [];
  const metrics = new Set(ratios.map((r) => r.metric));
  const kpi = new Map<string, KpiValue>();
  for (const k of kpis) if (metrics.has(k.metric)) kpi.set(`${k.metric}|${k.kpi}|${k.period}`, k);
  const labelOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  dataset.periods.forEach((p, i) => {
    labelOf.set(periodKey(p), p.label);
    indexOf.set(p.label, i);
  });
  const valueAt = (metric: string, label: string | undefined): number | null => {
    if (label === undefined) return null;
    const v = kpi.get(`${metric}|value|${label}`)?.value;
    return v === undefined || v === null || !Number.isFinite(v) ? null : v;
  };
  const cellOf = (metric: string, label: string | undefined): string | null => {
    if (label === undefined) return null;
    const s = dataset.series.find((x) => x.metric === metric);
    const i = indexOf.get(label);
    const ref = s && i !== undefined ? s.cells[i] : null;
    return ref ? cellAddress(ref) : null;
  };
  const issues: Issue[] = [];
  const unclear = new Set<string>();
  for (const r of ratios) {
    const needsBase = r.compares === "adjacent" || r.compares === "cagr";
    if (!r.period || (needsBase && !r.base)) {
      if (!unclear.has(r.header)) {
        unclear.add(r.header);
        issues.push({
          severity: "info",
          code: "tie-out",
          message: tieOutMessages.unclear(r.cell, r.header),
          cell: r.cell,
          metric: r.metric,
        });
      }
      continue;
    }
    const current = labelOf.get(periodKey(r.period));
    let base = r.base ? labelOf.get(periodKey(r.base)) : undefined;
    let growth: number | null = null;
    if (r.compares === "yoy" || r.compares === "qoq") {
      const k = current !== undefined ? kpi.get(`${r.metric}|${r.compares}|${current}`) : undefined;
      base = k?.base;
      growth = k && k.value !== null && Number.isFinite(k.value) ? k.value : null;
    } else {
      const cur = valueAt(r.metric, current);
      const first = valueAt(r.metric, base);
      if (cur !== null && first !== null) {
        const g =
          r.compares === "cagr" && r.base
            ? cagrValue(first, cur, r.period.fiscalYear - r.base.fiscalYear)
            : growthValue(cur, first);
        growth = Number.isFinite(g) ? g : null;
      }
    }
    const cur = valueAt(r.metric, current);
    const prior = valueAt(r.metric, base);
    const amount = r.compares !== "cagr" && cur !== null && prior !== null ? cur - prior : null;
    const periodLabel = current ?? r.period.label;
    if (growth === null && (amount === null || r.measure === "percent")) {
      issues.push({
        severity: "info",
        code: "tie-out",
        message: tieOutMessages.noEngineValue(r.cell, r.header, r.label, periodLabel),
        cell: r.cell,
        metric: r.metric,
        period: periodLabel,
      });
      continue;
    }
    if (tiesOut(r, growth, amount)) continue;
    const figures = [cellOf(r.metric, base), cellOf(r.metric, current)]
      .filter((c): c is string => c !== null)
      .join(" and ");
    const pct = growth !== null && r.measure !== "amount" ? percentText(growth) : null;
    const amt =
      amount !== null && r.measure !== "percent" ? String(Number(amount.toPrecision(12))) : null;
    const expected =
      pct !== null && amt !== null ? `${pct} (or a change of ${amt})` : (pct ?? amt ?? "");
    issues.push({
      severity: "warning",
      code: "tie-out",
      message: tieOutMessages.mismatch(
        r.cell,
        r.header,
        r.label,
        periodLabel,
        r.shown,
        expected,
        figures !== "" ? figures : r.label
      ),
      cell: r.cell,
      metric: r.metric,
      period: periodLabel,
    });
  }
  return issues;
}
