/** The KPI kinds computed for each metric and period: value, yoy, qoq, margin, share, share_change, usd. */
import { qoqBaseKey, yoyBaseKey } from "../periods";
import type { Period } from "../periods/types";
import type { KpiValue } from "./types";
import { div, guard, num, safeDiv, sub, type Expr } from "./expr";
import type { FigureContext, MetricDef } from "./figures";
import { amountFormat, FORMAT_INTEGER, FORMAT_PERCENT, FORMAT_TWO_DECIMALS } from "./format";
import { growthExpr, growthNote } from "./growth";
import { kpiValue } from "./kpi";
import { NOTES } from "./messages";

const baseKeys = new WeakMap<Period, { yoy: string | null; qoq: string | null }>();

function keyOr(f: (p: Period) => string | null, p: Period): string | null {
  try {
    return f(p);
  } catch {
    return null;
  }
}

/** The yoy or qoq base key of a period, worked out once per period. */
function baseKey(p: Period, which: "yoy" | "qoq"): string | null {
  let keys = baseKeys.get(p);
  if (!keys) {
    keys = { yoy: keyOr(yoyBaseKey, p), qoq: keyOr(qoqBaseKey, p) };
    baseKeys.set(p, keys);
  }
  return keys[which];
}

/** The number format of a metric's values. */
export function valueFormat(def: MetricDef, ctx: FigureContext): string {
  if (def.kind === "rate") return FORMAT_TWO_DECIMALS;
  if (def.kind === "per-unit") return FORMAT_INTEGER;
  const s = ctx.series.get(def.id);
  if (s) return amountFormat(s.values);
  return amountFormat(
    ctx.dataset.series.filter((x) => x.unit.currency !== undefined).flatMap((x) => x.values)
  );
}

/** yoy or qoq growth of a metric at one entry; null when the period has no comparable period. */
function growth(
  ctx: FigureContext,
  def: MetricDef,
  entry: number,
  which: "yoy" | "qoq",
  current: Expr
): KpiValue | null {
  const e = ctx.timeline.entries[entry];
  if (!e) return null;
  const key = baseKey(e.period, which);
  if (key === null) return null;
  const baseEntry = ctx.timeline.byKey.get(key);
  const base = baseEntry === undefined ? null : ctx.get(def.id, baseEntry);
  const baseLabel =
    baseEntry === undefined ? undefined : ctx.timeline.entries[baseEntry]?.period.label;
  if (!base || baseLabel === undefined) {
    return kpiValue(def.id, def.label, e.period.label, which, null, FORMAT_PERCENT, {
      note: NOTES.noComparable,
    });
  }
  const extras: { base: string; note?: string } = { base: baseLabel };
  const note = growthNote(current, base.expr, baseLabel);
  if (note !== undefined) extras.note = note;
  return kpiValue(
    def.id,
    def.label,
    e.period.label,
    which,
    growthExpr(current, base.expr),
    FORMAT_PERCENT,
    extras
  );
}

/** metric ÷ another metric of the same period (margin, share), n.m. unless the denominator is > 0. */
function ratioTo(
  ctx: FigureContext,
  denominator: string | undefined,
  entry: number,
  current: Expr
): Expr | null {
  if (denominator === undefined) return null;
  const d = ctx.get(denominator, entry);
  return d ? safeDiv(current, d.expr) : null;
}

/** The conversion rate for `usd` at one entry: settings.fx's fixed rate, else the fx.<ccy>_per_usd series. */
function rateAt(ctx: FigureContext, entry: number): { expr: Expr; note?: string } | null {
  const ccy = ctx.dataset.money.currency ?? ctx.settings.reportingCurrency;
  const fx = ctx.settings.fx;
  if (
    fx &&
    "rate" in fx &&
    Number.isFinite(fx.rate) &&
    fx.rate > 0 &&
    (ccy === undefined || fx.from.toUpperCase() === ccy.toUpperCase())
  ) {
    return { expr: num(fx.rate), note: NOTES.atRate(fx.rate, fx.from, fx.to) };
  }
  if (ccy === undefined) return null;
  const id = `fx.${ccy.toLowerCase()}_per_usd`;
  if (!ctx.defs.has(id)) return null;
  const r = ctx.get(id, entry);
  if (!r) return null;
  const s = ctx.series.get(id);
  const col = ctx.timeline.entries[entry]?.column;
  if (
    !s ||
    col === null ||
    col === undefined ||
    s.values[col] === null ||
    s.values[col] === undefined
  )
    return null;
  return { expr: r.expr };
}

/** All per-period KPIs of one metric at one entry. */
export function perPeriodKpis(
  ctx: FigureContext,
  def: MetricDef,
  entry: number,
  format: string
): KpiValue[] {
  const e = ctx.timeline.entries[entry];
  const fig = ctx.get(def.id, entry);
  if (!e || !fig) return [];
  const label = e.period.label;
  const out: KpiValue[] = [];
  out.push(
    kpiValue(
      def.id,
      def.label,
      label,
      "value",
      fig.expr,
      format,
      fig.note !== undefined ? { note: fig.note } : {}
    )
  );
  for (const which of ["yoy", "qoq"] as const) {
    const g = growth(ctx, def, entry, which, fig.expr);
    if (g) out.push(g);
  }
  const margin = ratioTo(ctx, def.marginOf, entry, fig.expr);
  if (margin) out.push(kpiValue(def.id, def.label, label, "margin", margin, FORMAT_PERCENT));
  const share = ratioTo(ctx, def.shareOf, entry, fig.expr);
  if (share) {
    out.push(kpiValue(def.id, def.label, label, "share", share, FORMAT_PERCENT));
    const key = baseKey(e.period, "yoy");
    const baseEntry = key === null ? undefined : ctx.timeline.byKey.get(key);
    const baseFig = baseEntry === undefined ? null : ctx.get(def.id, baseEntry);
    const baseShare =
      baseFig && baseEntry !== undefined
        ? ratioTo(ctx, def.shareOf, baseEntry, baseFig.expr)
        : null;
    const baseLabel =
      baseEntry === undefined ? undefined : ctx.timeline.entries[baseEntry]?.period.label;
    if (baseShare && baseLabel !== undefined) {
      out.push(
        kpiValue(def.id, def.label, label, "share_change", sub(share, baseShare), FORMAT_PERCENT, {
          base: baseLabel,
        })
      );
    }
  }
  if (def.kind === "money") {
    const rate = rateAt(ctx, entry);
    if (rate) {
      const usd =
        rate.expr.op === "num"
          ? guard("pos", rate.expr, div(fig.expr, rate.expr))
          : safeDiv(fig.expr, rate.expr);
      out.push(
        kpiValue(
          def.id,
          def.label,
          label,
          "usd",
          usd,
          FORMAT_TWO_DECIMALS,
          rate.note !== undefined ? { note: rate.note } : {}
        )
      );
    }
  }
  return out;
}
