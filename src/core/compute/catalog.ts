/**
 * The KPI catalog: every derived metric, one small definition each.
 * Each definition says which inputs it needs and builds its figure as an expression tree (expr.ts), which is
 * both evaluated (the value) and rendered as the Excel formula over the source cells — so "how to write it
 * in Excel" is the tree itself. To add a KPI: add a CatalogEntry to the list `catalog()` returns (and a row to its test).
 * Order matters: an entry may use the metrics defined by the entries above it.
 */
import type { RatioKpi } from "../settings";
import { qoqBaseKey, yoyBaseKey } from "../periods";
import type { Period } from "../periods/types";
import { abs, add, div, evaluate, mul, num, safeDiv, sub, sum, type Expr } from "./expr";
import { segmentsOf, type Figure, type FigureContext, type MetricDef } from "./figures";
import { emptyRow, preferReported, rowWhereAll, sumAt, type FigureRow } from "./figure-rows";
import { LABELS, NOTES } from "./messages";

/** One catalog entry: the metrics it defines, given the metrics already known. */
export interface CatalogEntry {
  id: string;
  define: (ctx: FigureContext) => MetricDef[];
}

const has = (ctx: FigureContext, ...ids: string[]): boolean => ids.every((id) => ctx.defs.has(id));

/** Figures of several metrics at one entry, or null when one of them cannot exist there. */
function figuresOf(ctx: FigureContext, entry: number, ids: string[]): Expr[] | null {
  const out: Expr[] = [];
  for (const id of ids) {
    const f = ctx.get(id, entry);
    if (!f) return null;
    out.push(f.expr);
  }
  return out;
}

/** The rows of several metrics, or null when one of them is unknown. */
function rowsOf(ctx: FigureContext, ids: string[]): FigureRow[] | null {
  const out: FigureRow[] = [];
  for (const id of ids) {
    const r = ctx.row(id);
    if (!r) return null;
    out.push(r);
  }
  return out;
}

const flowMoney = (
  id: string,
  label: string,
  figure: MetricDef["figure"],
  marginOf = "revenue.total"
): MetricDef => ({
  id,
  label,
  nature: "flow",
  kind: "money",
  marginOf,
  figure,
});

/**
 * revenue.total / cost.total = Σ segments (revenue.<seg>, cost.<seg>; "of which" rows excluded),
 * used when the total is not given (or blank in a period). Excel: `=Figures!D2+Figures!D3+…`.
 */
function totalFromSegments(family: "revenue" | "cost", label: string): CatalogEntry {
  const id = `${family}.total`;
  return {
    id,
    define: (ctx) => {
      const segments = segmentsOf(ctx.dataset, family);
      if (segments.length === 0) return [];
      const input = ctx.series.get(id);
      const previous = ctx.defs.get(id);
      const fromSegments = (entry: number): Figure | null => {
        const parts = figuresOf(
          ctx,
          entry,
          segments.map((s) => s.metric)
        );
        const total = parts ? sum(parts) : null;
        return total ? { expr: total, note: NOTES.sumOfSegments } : null;
      };
      const def: MetricDef = {
        id,
        label: input?.label ?? label,
        nature: "flow",
        kind: "money",
        marginOf: family === "revenue" ? undefined : "revenue.total",
        figure: (c, entry) => {
          const given = previous?.figure(c, entry) ?? null;
          if (given && evaluate(given.expr) !== null) return given;
          const derived = fromSegments(entry);
          if (derived && evaluate(derived.expr) !== null) return derived;
          return given ?? derived;
        },
        row: (c) => {
          const parts = rowsOf(
            c,
            segments.map((s) => s.metric)
          );
          const n = c.plan.size;
          const derived = parts
            ? rowWhereAll(parts, n, (e) => sumAt(parts, e), NOTES.sumOfSegments)
            : emptyRow(n);
          return preferReported(previous ? c.rowOf(previous) : null, derived, n);
        },
      };
      if (def.marginOf === undefined) delete def.marginOf;
      return [def];
    },
  };
}

/** gross_profit = revenue.total − cost.total (when not given, or blank). Excel: `=Figures!D7-Figures!D13`. */
const grossProfit: CatalogEntry = {
  id: "gross_profit",
  define: (ctx) => {
    if (!has(ctx, "revenue.total", "cost.total")) return [];
    const previous = ctx.defs.get("gross_profit");
    return [
      {
        ...flowMoney("gross_profit", previous?.label ?? LABELS.grossProfit, (c, entry) => {
          const given = previous?.figure(c, entry) ?? null;
          if (given && evaluate(given.expr) !== null) return given;
          const f = figuresOf(c, entry, ["revenue.total", "cost.total"]);
          return f ? { expr: sub(f[0] as Expr, f[1] as Expr) } : given;
        }),
        row: (c) => {
          const n = c.plan.size;
          const [rev, cost] = rowsOf(c, ["revenue.total", "cost.total"]) ?? [];
          const derived =
            rev && cost
              ? rowWhereAll(
                  [rev, cost],
                  n,
                  (e) => (rev.values[e] as number) - (cost.values[e] as number)
                )
              : emptyRow(n);
          return preferReported(previous ? c.rowOf(previous) : null, derived, n, "derived");
        },
      },
    ];
  },
};

/** gross_profit.<seg> = revenue.<seg> − cost.<seg>, where both exist; its margin is ÷ revenue.<seg>. */
const segmentGrossProfit: CatalogEntry = {
  id: "gross_profit.<segment>",
  define: (ctx) =>
    segmentsOf(ctx.dataset, "revenue")
      .map((rev) => rev.metric.slice("revenue.".length))
      .filter((seg) => has(ctx, `cost.${seg}`) && !ctx.defs.has(`gross_profit.${seg}`))
      .map((seg) => {
        const label = ctx.series.get(`revenue.${seg}`)?.label ?? seg;
        const def = flowMoney(
          `gross_profit.${seg}`,
          LABELS.grossProfitOf(label),
          (c, entry) => {
            const f = figuresOf(c, entry, [`revenue.${seg}`, `cost.${seg}`]);
            return f ? { expr: sub(f[0] as Expr, f[1] as Expr) } : null;
          },
          `revenue.${seg}`
        );
        def.row = (c) => {
          const n = c.plan.size;
          const [rev, cost] = rowsOf(c, [`revenue.${seg}`, `cost.${seg}`]) ?? [];
          return rev && cost
            ? rowWhereAll(
                [rev, cost],
                n,
                (e) => (rev.values[e] as number) - (cost.values[e] as number)
              )
            : emptyRow(n);
        };
        return def;
      }),
};

/**
 * EBITDA, by settings.ebitda:
 * "net-income" (the seed's) = net_income + income_taxes + interest_expense + da;
 * "operating" = operating_income + da. The label names the definition.
 */
const ebitda: CatalogEntry = {
  id: "ebitda",
  define: (ctx) => {
    const operating = ctx.settings.ebitda === "operating";
    const inputs = operating
      ? ["operating_income", "da"]
      : ["net_income", "income_taxes", "interest_expense", "da"];
    if (!has(ctx, ...inputs)) return [];
    return [
      flowMoney(
        "ebitda",
        operating ? LABELS.ebitdaOperating : LABELS.ebitdaNetIncome,
        (c, entry) => {
          const f = figuresOf(c, entry, inputs);
          const total = f ? sum(f) : null;
          return total ? { expr: total } : null;
        }
      ),
    ];
  },
};

/** ebitda_minus_capex = EBITDA − |capex| (CAPEX is a spend whatever its sign in the input). Excel: `=…-ABS(Figures!M21)`. */
const ebitdaMinusCapex: CatalogEntry = {
  id: "ebitda_minus_capex",
  define: (ctx) =>
    has(ctx, "ebitda", "capex")
      ? [
          flowMoney("ebitda_minus_capex", LABELS.ebitdaMinusCapex, (c, entry) => {
            const f = figuresOf(c, entry, ["ebitda", "capex"]);
            return f ? { expr: sub(f[0] as Expr, abs(f[1] as Expr)) } : null;
          }),
        ]
      : [],
};

/** free_cash_flow = cf.operating + cf.investing. Excel: `=Figures!M22+Figures!M23`. */
const freeCashFlow: CatalogEntry = {
  id: "free_cash_flow",
  define: (ctx) =>
    has(ctx, "cf.operating", "cf.investing")
      ? [
          flowMoney("free_cash_flow", LABELS.freeCashFlow, (c, entry) => {
            const f = figuresOf(c, entry, ["cf.operating", "cf.investing"]);
            return f ? { expr: add(f[0] as Expr, f[1] as Expr) } : null;
          }),
        ]
      : [],
};

/** Months a period covers: quarter 3, half 6, year and ttm 12, month 1, ytd 3 per quarter covered. */
export function monthsIn(p: Period): number | null {
  switch (p.kind) {
    case "quarter":
      return 3;
    case "half":
      return 6;
    case "year":
    case "ttm":
      return 12;
    case "month":
      return 1;
    case "ytd":
      return p.quarter !== undefined ? (p.quarter - (p.fromQuarter ?? 1) + 1) * 3 : null;
  }
}

/** The period whose closing stock opens `p`: the previous quarter (half), or the previous year. */
function openingKey(p: Period): string | null {
  try {
    if (p.kind === "quarter" || p.kind === "half") return qoqBaseKey(p);
    if (p.kind === "year") return yoyBaseKey(p);
  } catch {
    return null;
  }
  return null;
}

/**
 * A ratio KPI: numerator per unit of a stock.
 * value = (numerator × money scale ÷ numeratorScale ÷ months) ÷ ((opening + closing) / 2)   (averaging "average")
 *       = (numerator × money scale ÷ numeratorScale ÷ months) ÷ closing                     (averaging "closing")
 * opening = the previous quarter's closing (previous year's for a year); ÷ months only when perMonth.
 * Excel: `=IF(…,Figures!M2*1000000/3/((Figures!L24+Figures!M24)/2),"n.m.")`.
 */
export function ratioKpi(def: RatioKpi): CatalogEntry {
  return {
    id: def.id,
    define: (ctx) => {
      if (!has(ctx, def.numerator, def.denominator)) return [];
      const numeratorDef = ctx.defs.get(def.numerator);
      const scale =
        numeratorDef?.kind === "money" && def.numeratorScale !== undefined && def.numeratorScale > 0
          ? ctx.dataset.money.scale / def.numeratorScale
          : 1;
      return [
        {
          id: def.id,
          label: def.label,
          nature: "rate",
          kind: "per-unit",
          figure: (c, entry) => {
            const e = c.timeline.entries[entry];
            const numerator = c.get(def.numerator, entry);
            const closing = c.get(def.denominator, entry);
            if (!e || !numerator || !closing) return null;
            let top: Expr = numerator.expr;
            if (scale !== 1) top = mul(top, num(scale));
            if (def.perMonth) {
              const months = monthsIn(e.period);
              if (months === null) return null;
              top = div(top, num(months));
            }
            if (def.averaging === "closing") return { expr: safeDiv(top, closing.expr) };
            const key = openingKey(e.period);
            const openingEntry = key === null ? undefined : c.timeline.byKey.get(key);
            const opening =
              openingEntry === undefined ? null : c.get(def.denominator, openingEntry);
            if (!opening) return null;
            return { expr: safeDiv(top, div(add(opening.expr, closing.expr), num(2))) };
          },
        },
      ];
    },
  };
}

/** Built-in unit economics of the seed, applied when their inputs exist (settings.ratioKpis may override them). */
export const BUILT_IN_RATIOS: RatioKpi[] = [
  {
    id: "arpu.ip_service",
    label: LABELS.arpuIpService,
    numerator: "revenue.dedicated_access",
    denominator: "ops.ip_contracts",
    averaging: "average",
    perMonth: true,
    numeratorScale: 1,
  },
  {
    id: "revenue_per_mbps",
    label: LABELS.revenuePerMbps,
    numerator: "revenue.dedicated_access",
    denominator: "ops.bandwidth_mbps",
    averaging: "average",
    perMonth: true,
    numeratorScale: 1,
  },
];

/** The catalog, in dependency order; ratio KPIs (built-in, then the user's) come last. */
export function catalog(userRatios: RatioKpi[]): CatalogEntry[] {
  const userIds = new Set(userRatios.map((r) => r.id));
  return [
    totalFromSegments("revenue", LABELS.totalRevenues),
    totalFromSegments("cost", LABELS.totalCost),
    grossProfit,
    segmentGrossProfit,
    ebitda,
    ebitdaMinusCapex,
    freeCashFlow,
    ...BUILT_IN_RATIOS.filter((r) => !userIds.has(r.id)).map(ratioKpi),
    ...userRatios.map(ratioKpi),
  ];
}
