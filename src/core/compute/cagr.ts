import type { KpiValue } from "./types";
import { div, guard, num, pow, sub, type Expr } from "./expr";
import type { FigureContext, MetricDef } from "./figures";
import { finiteOrNaN } from "./figure-rows";
import { FORMAT_PERCENT } from "./format";
import { ComputedKpi, kpiValue, shownValue, type ExprSource } from "./kpi";
import { NOTES } from "./messages";
import { safeCompare, type Timeline, type TimelineEntry } from "../timeline";

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

/** The CAGR tree over the two years' figures: n.m. unless first > 0 and last ≥ 0. */
export function cagrExpr(first: Expr, last: Expr, years: number): Expr {
  return guard(
    "pos",
    first,
    guard("nonneg", last, sub(pow(div(last, first), div(num(1), num(years))), num(1)))
  );
}

/** The value of `cagrExpr` from the two figures' values (NaN = not meaningful), each step finite. */
export function cagrValue(first: number, last: number, years: number): number {
  if (!(first > 0) || !(last >= 0)) return Number.NaN;
  const ratio = finiteOrNaN(last / first);
  const exponent = finiteOrNaN(1 / years);
  return finiteOrNaN(finiteOrNaN(Math.pow(ratio, exponent)) - 1);
}

/** The CAGR tree of a metric, built when its formula is read. */
class CagrSource implements ExprSource {
  constructor(
    private readonly ctx: FigureContext,
    private readonly metric: string,
    private readonly first: number,
    private readonly last: number,
    private readonly years: number
  ) {}
  exprOf(): Expr | null {
    const a = this.ctx.get(this.metric, this.first);
    const b = this.ctx.get(this.metric, this.last);
    return a && b ? cagrExpr(a.expr, b.expr, this.years) : null;
  }
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
  const row = ctx.row(def.id);
  const label = last.e.period.label;
  const base = first.e.period.label;
  // a percentage grows in percentage points, not at a rate
  if (def.percentLine)
    return kpiValue(def.id, def.label, label, "cagr", null, FORMAT_PERCENT, {
      base,
      note: NOTES.percentLine,
    });
  const source = new CagrSource(ctx, def.id, first.i, last.i, n);
  const make = (value: number, note: string | undefined): KpiValue =>
    new ComputedKpi(
      def.id,
      def.label,
      label,
      "cagr",
      shownValue(value, FORMAT_PERCENT),
      base,
      note,
      FORMAT_PERCENT,
      source,
      last.i
    );
  if (!row || row.present[first.i] !== 1 || row.present[last.i] !== 1)
    return make(Number.NaN, undefined);
  const a = row.values[first.i] as number;
  const b = row.values[last.i] as number;
  const note = a <= 0 ? NOTES.cagrFirstNotPositive : NOTES.cagrYears(base, label, n);
  return make(cagrValue(a, b, n), note);
}
