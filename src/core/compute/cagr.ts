import type { KpiValue } from "./types";
import { div, evaluate, guard, num, pow, sub } from "./expr";
import type { FigureContext, MetricDef } from "./figures";
import { FORMAT_PERCENT } from "./format";
import { kpiValue } from "./kpi";
import { NOTES } from "./messages";
import { safeCompare, type Timeline, type TimelineEntry } from "../validate/timeline";

const yearSpans = new WeakMap<Timeline, { i: number; e: TimelineEntry }[]>();

/** Fiscal-year entries of a timeline in order, worked out once per timeline. */
function yearsOf(timeline: Timeline): { i: number; e: TimelineEntry }[] {
  let years = yearSpans.get(timeline);
  if (!years) {
    years = timeline.entries
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.period.kind === "year")
      .sort((a, b) => safeCompare(a.e.period, b.e.period));
    yearSpans.set(timeline, years);
  }
  return years;
}

/**
 * CAGR from the first to the last fiscal year of the dataset, shown on the last year:
 * cagr = (last / first)^(1 / years) − 1, years = last.fiscalYear − first.fiscalYear; n.m. when the first is ≤ 0 (or the last < 0).
 */
export function cagrKpi(ctx: FigureContext, def: MetricDef): KpiValue | null {
  const years = yearsOf(ctx.timeline);
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last || first === last) return null;
  const n = last.e.period.fiscalYear - first.e.period.fiscalYear;
  if (!(n > 0)) return null;
  const a = ctx.get(def.id, first.i);
  const b = ctx.get(def.id, last.i);
  const label = last.e.period.label;
  const base = first.e.period.label;
  if (!a || !b) return kpiValue(def.id, def.label, label, "cagr", null, FORMAT_PERCENT, { base });
  const expr = guard(
    "pos",
    a.expr,
    guard("nonneg", b.expr, sub(pow(div(b.expr, a.expr), div(num(1), num(n))), num(1)))
  );
  const firstValue = evaluate(a.expr);
  const note =
    firstValue !== null && firstValue <= 0
      ? NOTES.cagrFirstNotPositive
      : NOTES.cagrYears(base, label, n);
  return kpiValue(def.id, def.label, label, "cagr", expr, FORMAT_PERCENT, { base, note });
}
