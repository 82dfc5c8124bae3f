/**
 * The KPI kinds computed for each metric and period: value, yoy, qoq, margin, share, share_change, usd.
 * Values are computed from the metrics' figure rows (numbers); each KPI's expression tree — the same
 * formula, over the source cells — is built only when its Excel formula is read (`periodExpr`).
 */
import type { KpiKind } from "./types";
import { cell, div, guard, mul, num, safeDiv, sub, type Expr } from "./expr";
import type { FigureContext, MetricDef } from "./figures";
import { finiteOrNaN, type FigureRow } from "./figure-rows";
import {
  amountFormat,
  decimalsOf,
  FORMAT_INTEGER,
  FORMAT_TWO_DECIMALS,
  formatWithDecimals,
} from "./format";
import { growthExpr, growthNoteOf, growthValue } from "./growth";
import { meaningful, type ExprSource } from "./kpi";
import { KIND, type KindCode, type KpiExtrasAt, type KpiTable } from "./kpi-table";
import { NOTES } from "./messages";
import { NO_BASE_KEY } from "./plan";
import { ratioValue } from "./ratio";

/** A share's change is given in percentage points: (share − base share) × 100. */
const POINTS_PER_UNIT = 100;

const moneyFormats = new WeakMap<FigureContext, string>();

/** The number format of a metric's values. */
export function valueFormat(def: MetricDef, ctx: FigureContext): string {
  if (def.kind === "rate") return FORMAT_TWO_DECIMALS;
  if (def.kind === "per-unit") return FORMAT_INTEGER;
  const s = ctx.series.get(def.id);
  if (s) return amountFormat(s.values);
  // a derived amount shows as many decimals as the dataset's money figures (worked out once); an FX rate's
  // decimals (131.04 yen per dollar) say nothing about the amounts
  let format = moneyFormats.get(ctx);
  if (format === undefined) {
    let decimals = 0;
    for (const x of ctx.dataset.series)
      if (x.unit.currency !== undefined && x.nature !== "rate")
        decimals = decimalsOf(x.values, decimals);
    format = formatWithDecimals(decimals);
    moneyFormats.set(ctx, format);
  }
  return format;
}

/** The conversion rate of the `usd` KPI at each entry; absent entries have no rate. */
interface Rates {
  present: Uint8Array;
  /** The rate's value (NaN when not meaningful). */
  values: Float64Array;
  note: string | undefined;
  /** The rate's tree at an entry, for formulas. */
  exprAt: (entry: number) => Expr | null;
}

const ratesByContext = new WeakMap<FigureContext, Rates | null>();

/** settings.fx's fixed rate when it applies, else the fx.<ccy>_per_usd series where its cell holds a figure. */
function ratesOf(ctx: FigureContext): Rates | null {
  const known = ratesByContext.get(ctx);
  if (known !== undefined) return known;
  const rates = buildRates(ctx);
  ratesByContext.set(ctx, rates);
  return rates;
}

function buildRates(ctx: FigureContext): Rates | null {
  const n = ctx.plan.size;
  const ccy = ctx.dataset.money.currency ?? ctx.settings.reportingCurrency;
  const fx = ctx.settings.fx;
  if (
    fx &&
    "rate" in fx &&
    Number.isFinite(fx.rate) &&
    fx.rate > 0 &&
    (ccy === undefined || fx.from.toUpperCase() === ccy.toUpperCase())
  ) {
    const rate = fx.rate;
    // a rate read from a cell is that cell in the formulas
    const rateExpr = fx.ref ? cell(rate, fx.ref) : num(rate);
    return {
      present: new Uint8Array(n).fill(1),
      values: new Float64Array(n).fill(finiteOrNaN(rate)),
      note: NOTES.atRate(rate, fx.from, fx.to),
      exprAt: () => rateExpr,
    };
  }
  if (ccy === undefined) return null;
  const id = `fx.${ccy.toLowerCase()}_per_usd`;
  const s = ctx.series.get(id);
  const row = ctx.defs.has(id) ? ctx.row(id) : null;
  if (!row || !s) return null;
  const present = new Uint8Array(n);
  for (let e = 0; e < n; e++) {
    const col = ctx.plan.columns[e] as number;
    const v = col >= 0 ? s.values[col] : null;
    present[e] = row.present[e] === 1 && v !== null && v !== undefined ? 1 : 0;
  }
  return {
    present,
    values: row.values,
    note: undefined,
    exprAt: (entry) => ctx.get(id, entry)?.expr ?? null,
  };
}

/** The usd tree: figure ÷ rate, n.m. unless the rate is > 0. */
function usdExpr(fig: Expr, rate: Expr): Expr {
  return rate.op === "num" ? guard("pos", rate, div(fig, rate)) : safeDiv(fig, rate);
}

/** The tree of one KPI of a metric at an entry, as the formula renders it; null when the KPI has none. */
export function periodExpr(
  ctx: FigureContext,
  def: MetricDef,
  entry: number,
  kind: KpiKind
): Expr | null {
  const fig = ctx.get(def.id, entry);
  if (!fig) return null;
  const ratioAt = (denominator: string | undefined, at: number, numerator: Expr): Expr | null => {
    if (denominator === undefined) return null;
    const d = ctx.get(denominator, at);
    return d ? safeDiv(numerator, d.expr) : null;
  };
  const baseOf = (which: Int32Array): number => which[entry] ?? NO_BASE_KEY;
  switch (kind) {
    case "value":
      return fig.expr;
    case "yoy":
    case "qoq": {
      if (def.percentLine) return null;
      const b = baseOf(kind === "yoy" ? ctx.plan.yoyBase : ctx.plan.qoqBase);
      const base = b >= 0 ? ctx.get(def.id, b) : null;
      return base ? growthExpr(fig.expr, base.expr) : null;
    }
    case "margin":
      return ratioAt(def.marginOf, entry, fig.expr);
    case "share":
      return ratioAt(def.shareOf, entry, fig.expr);
    case "share_change": {
      const share = ratioAt(def.shareOf, entry, fig.expr);
      const b = baseOf(ctx.plan.yoyBase);
      const baseFig = b >= 0 ? ctx.get(def.id, b) : null;
      const baseShare = baseFig ? ratioAt(def.shareOf, b, baseFig.expr) : null;
      return share && baseShare ? mul(sub(share, baseShare), num(POINTS_PER_UNIT)) : null;
    }
    case "usd": {
      const rate = def.kind === "money" ? ratesOf(ctx) : null;
      const r = rate && rate.present[entry] === 1 ? rate.exprAt(entry) : null;
      return r ? usdExpr(fig.expr, r) : null;
    }
    default:
      return null;
  }
}

/** The formulas of one metric's per-period KPIs, built on demand. */
class PeriodExprs implements ExprSource {
  constructor(
    private readonly ctx: FigureContext,
    private readonly def: MetricDef
  ) {}
  exprOf(entry: number, kind: KpiKind): Expr | null {
    return periodExpr(this.ctx, this.def, entry, kind);
  }
}

const NO_EXTRAS: KpiExtrasAt = { note: undefined, base: -1 };

/**
 * The note and base entry of each per-period KPI of one metric, worked out from its figures when read:
 * value — the figure's note ("sum of quarters"); yoy/qoq — the base entry, or "no comparable period" when the
 * base has no figure, and the growth note ("turned positive", "base is a loss"…); share_change — the entry a
 * year earlier; usd — the rate's note.
 */
class PeriodExtras {
  constructor(
    private readonly ctx: FigureContext,
    private readonly row: FigureRow,
    private readonly usdNote: string | undefined,
    private readonly percentLine = false
  ) {}

  extrasOf(entry: number, kind: KindCode): KpiExtrasAt {
    const { plan } = this.ctx;
    switch (kind) {
      case KIND.value:
        return { note: this.row.notes?.[entry], base: -1 };
      case KIND.yoy:
      case KIND.qoq: {
        if (this.percentLine) return { note: NOTES.percentLine, base: -1 };
        const b = (kind === KIND.yoy ? plan.yoyBase : plan.qoqBase)[entry] ?? NO_BASE_KEY;
        if (b < 0 || this.row.present[b] !== 1) return { note: NOTES.noComparable, base: -1 };
        const current = this.row.values[entry] as number;
        const base = this.row.values[b] as number;
        return { note: growthNoteOf(current, base, plan.labels[b] as string), base: b };
      }
      case KIND.share_change:
        return { note: undefined, base: plan.yoyBase[entry] ?? -1 };
      case KIND.usd:
        return { note: this.usdNote, base: -1 };
      default:
        return NO_EXTRAS;
    }
  }
}

/** Growth of `row` at `e` against base entry `b` (see plan.ts for b's codes); NaN when not meaningful. */
function growthAt(row: FigureRow, e: number, b: number): number {
  if (b < 0 || row.present[b] !== 1) return Number.NaN;
  return meaningful(growthValue(row.values[e] as number, row.values[b] as number), true);
}

/**
 * How many per-period KPIs `perPeriodKpis` adds for a metric, at most (its figure rows are computed here and
 * kept for it): each present entry has a value, yoy and qoq where the period has comparables, margin, share
 * and share change where the denominator is there, usd where there is a rate.
 */
export function kpiCount(ctx: FigureContext, def: MetricDef): number {
  const row = ctx.row(def.id);
  if (!row) return 0;
  const { plan } = ctx;
  const margin = def.marginOf === undefined ? null : ctx.row(def.marginOf);
  const share = def.shareOf === undefined ? null : ctx.row(def.shareOf);
  const rates = def.kind === "money" ? ratesOf(ctx) : null;
  let n = 0;
  for (let e = 0; e < plan.size; e++) {
    if (row.present[e] !== 1) continue;
    n += 1;
    if (plan.yoyBase[e] !== NO_BASE_KEY) n += 1;
    if (plan.qoqBase[e] !== NO_BASE_KEY) n += 1;
    if (margin && margin.present[e] === 1) n += 1;
    if (share && share.present[e] === 1) n += 2;
    if (rates && rates.present[e] === 1) n += 1;
  }
  return n;
}

/**
 * All per-period KPIs of one metric, entry by entry, added to the table:
 * value; yoy and qoq growth = current / base − 1 (n.m. unless base > 0); margin = value ÷ marginOf;
 * share = value ÷ shareOf; share_change = (share − the share a year earlier) × 100, in percentage points; usd = value ÷ rate (money only).
 * Each ratio is n.m. unless its denominator is > 0.
 */
export function perPeriodKpis(
  ctx: FigureContext,
  def: MetricDef,
  format: string,
  table: KpiTable
): void {
  const row = ctx.row(def.id);
  if (!row) return;
  const { plan } = ctx;
  const margin = def.marginOf === undefined ? null : ctx.row(def.marginOf);
  const share = def.shareOf === undefined ? null : ctx.row(def.shareOf);
  const rates = def.kind === "money" ? ratesOf(ctx) : null;
  const extras = new PeriodExtras(ctx, row, rates?.note, def.percentLine === true);
  table.addOwner({
    metric: def.id,
    label: def.label,
    valueFormat: format,
    source: new PeriodExprs(ctx, def),
    extrasOf: (entry, kind) => extras.extrasOf(entry, kind),
  });
  // a value in a percentage format must stay finite × 100 (see `meaningful`)
  const valuePercent = format.endsWith("%");
  const { present, values } = row;
  const { yoyBase, qoqBase } = plan;
  const percentLine = def.percentLine === true;
  for (let e = 0; e < plan.size; e++) {
    if (present[e] !== 1) continue;
    const current = values[e] as number;
    table.add(e, KIND.value, meaningful(current, valuePercent));
    // a percentage's growth in % is n.m. (its change is in percentage points)
    const yb = yoyBase[e] as number;
    if (yb !== NO_BASE_KEY) table.add(e, KIND.yoy, percentLine ? NaN : growthAt(row, e, yb));
    const qb = qoqBase[e] as number;
    if (qb !== NO_BASE_KEY) table.add(e, KIND.qoq, percentLine ? NaN : growthAt(row, e, qb));
    if (margin && margin.present[e] === 1) {
      table.add(e, KIND.margin, meaningful(ratioValue(current, margin.values[e] as number), true));
    }
    if (share && share.present[e] === 1) {
      const now = ratioValue(current, share.values[e] as number);
      table.add(e, KIND.share, meaningful(now, true));
      if (yb >= 0 && present[yb] === 1 && share.present[yb] === 1) {
        const then = ratioValue(values[yb] as number, share.values[yb] as number);
        // in percentage points, as its tree computes it: (share − base share) × 100
        const points = finiteOrNaN(finiteOrNaN(now - then) * POINTS_PER_UNIT);
        table.add(e, KIND.share_change, meaningful(points, false));
      }
    }
    if (rates && rates.present[e] === 1) {
      const usd = ratioValue(current, rates.values[e] as number);
      table.add(e, KIND.usd, meaningful(usd, false));
    }
  }
}
