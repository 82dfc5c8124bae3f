/**
 * The KPI catalog: every derived metric, one entry each (catalog-entry.ts says what an entry declares).
 * Each entry names its label, the inputs it needs, its place in the summary and its figure as an expression tree
 * (expr.ts), which is both evaluated (the value) and rendered as the Excel formula over the source cells — so
 * "how to write it in Excel" is the tree itself. To add a KPI: add a CatalogEntry to the list `catalog()` returns
 * (and a row to its test). Order matters: an entry may use the metrics defined by the entries above it.
 */
import type { MetricId } from "../read/types";
import type { RatioKpi } from "../settings";
import { qoqBaseKey, yoyBaseKey } from "../periods";
import type { Period } from "../periods/types";
import { labelFor, type CatalogEntry, type KpiLabel, type SummaryPlace } from "./catalog-entry";
import { abs, add, div, evaluate, mul, num, safeDiv, sub, sum, type Expr } from "./expr";
import { DEFAULT_MEASURES } from "./families";
import { segmentsOf, type Figure, type FigureContext, type MetricDef } from "./figures";
import { emptyRow, preferReported, rowWhereAll, sumAt, type FigureRow } from "./figure-rows";
import { NOTES } from "./messages";

export type { CatalogEntry, KpiLabel, SummaryPlace } from "./catalog-entry";

const has = (ctx: FigureContext, ...ids: string[]): boolean => ids.every((id) => ctx.defs.has(id));

/** Figures of several metrics at one entry, or null when one of them cannot exist there. */
function figuresOf(ctx: FigureContext, entry: number, ids: readonly string[]): Expr[] | null {
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

/** Money flows have a margin over total revenues unless the entry says otherwise. */
function marginOfEntry(e: CatalogEntry): MetricId | undefined {
  if (e.marginOf !== undefined) return e.marginOf ?? undefined;
  return (e.kind ?? "money") === "money" && (e.nature ?? "flow") === "flow"
    ? "revenue.total"
    : undefined;
}

/** The entry's metric as the engine sees it, with `figure` for one period. */
function metricOf(e: CatalogEntry, label: string, figure: MetricDef["figure"]): MetricDef {
  const def: MetricDef = {
    id: e.id,
    label,
    nature: e.nature ?? "flow",
    kind: e.kind ?? "money",
    figure,
  };
  const marginOf = marginOfEntry(e);
  if (marginOf !== undefined) def.marginOf = marginOf;
  return def;
}

/** An entry given by `formula`: its metric exists when every input does; its figure is `formula` of theirs. */
function fromFormula(
  e: CatalogEntry,
  formula: NonNullable<CatalogEntry["formula"]>,
  ctx: FigureContext
): MetricDef[] {
  if (!has(ctx, ...e.inputs)) return [];
  const figure: MetricDef["figure"] = (c, entry) => {
    const f = figuresOf(c, entry, e.inputs);
    const expr = f ? formula(f) : null;
    return expr ? { expr } : null;
  };
  return [metricOf(e, e.label.en, figure)];
}

/** The metrics an entry defines, given those already known (none when its settings do not apply). */
export function defineEntry(e: CatalogEntry, ctx: FigureContext): MetricDef[] {
  if (e.when && !e.when(ctx.settings)) return [];
  if (e.define) return e.define(ctx);
  return e.formula ? fromFormula(e, e.formula, ctx) : [];
}

const TOTAL_LABELS: Record<"revenue" | "cost", KpiLabel> = {
  revenue: { en: "Total revenues", ja: "売上高" },
  cost: { en: "Total cost of revenues", ja: "売上原価" },
};

/**
 * revenue.total / cost.total = Σ segments (revenue.<seg>, cost.<seg>; "of which" rows excluded),
 * used when the total is not given (or blank in a period). Excel: `=Figures!D2+Figures!D3+…`.
 */
function totalFromSegments(family: "revenue" | "cost"): CatalogEntry {
  const id = `${family}.total`;
  const revenue = family === "revenue";
  return {
    id,
    label: TOTAL_LABELS[family],
    inputs: [`${family}.<segment>`],
    summary: revenue
      ? {
          family: "total-revenues",
          measures: ["value", "yoy", "qoq", "usd", "cagr", "guidance"],
          profit: false,
        }
      : { family: "total-cost", measures: ["value", "yoy", "margin"], profit: false },
    marginOf: revenue ? null : "revenue.total",
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
        label: input?.label ?? TOTAL_LABELS[family].en,
        nature: "flow",
        kind: "money",
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
      if (!revenue) def.marginOf = "revenue.total";
      return [def];
    },
  };
}

/** gross_profit = revenue.total − cost.total (when not given, or blank). Excel: `=Figures!D7-Figures!D13`. */
const grossProfit: CatalogEntry = {
  id: "gross_profit",
  label: { en: "Gross profit", ja: "売上総利益" },
  inputs: ["revenue.total", "cost.total"],
  summary: { family: "gross-profit", measures: ["value", "yoy", "margin"], profit: true },
  define: (ctx) => {
    if (!has(ctx, ...grossProfit.inputs)) return [];
    const previous = ctx.defs.get("gross_profit");
    const def = metricOf(grossProfit, previous?.label ?? grossProfit.label.en, (c, entry) => {
      const given = previous?.figure(c, entry) ?? null;
      if (given && evaluate(given.expr) !== null) return given;
      const f = figuresOf(c, entry, grossProfit.inputs);
      return f ? { expr: sub(f[0] as Expr, f[1] as Expr) } : given;
    });
    def.row = (c) => {
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
    };
    return [def];
  },
};

/** gross_profit.<seg> = revenue.<seg> − cost.<seg>, where both exist; its margin is ÷ revenue.<seg>. */
const segmentGrossProfit: CatalogEntry = {
  id: "gross_profit.<segment>",
  label: { en: "Gross profit — {segment}", ja: "売上総利益 — {segment}" },
  inputs: ["revenue.<segment>", "cost.<segment>"],
  summary: { family: "segment-gross-profit", measures: ["value", "margin"], profit: true },
  define: (ctx) =>
    segmentsOf(ctx.dataset, "revenue")
      .map((rev) => rev.metric.slice("revenue.".length))
      .filter((seg) => has(ctx, `cost.${seg}`) && !ctx.defs.has(`gross_profit.${seg}`))
      .map((seg) => {
        const label = ctx.series.get(`revenue.${seg}`)?.label ?? seg;
        const inputs = [`revenue.${seg}`, `cost.${seg}`];
        const def = metricOf(
          { ...segmentGrossProfit, id: `gross_profit.${seg}`, marginOf: `revenue.${seg}` },
          labelFor(segmentGrossProfit.label, label),
          (c, entry) => {
            const f = figuresOf(c, entry, inputs);
            return f ? { expr: sub(f[0] as Expr, f[1] as Expr) } : null;
          }
        );
        def.row = (c) => {
          const n = c.plan.size;
          const [rev, cost] = rowsOf(c, inputs) ?? [];
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

const EBITDA_PLACE: SummaryPlace = {
  family: "ebitda",
  measures: ["value", "yoy", "qoq", "margin", "usd"],
  profit: true,
};

/** EBITDA as the seed defines it (settings.ebitda "net-income"): net_income + income_taxes + interest_expense + da. */
const ebitdaNetIncome: CatalogEntry = {
  id: "ebitda",
  label: {
    en: "EBITDA (net income + income taxes + interest expense + D&A)",
    ja: "EBITDA(当期純利益+法人税等+支払利息+減価償却費)",
  },
  inputs: ["net_income", "income_taxes", "interest_expense", "da"],
  summary: EBITDA_PLACE,
  when: (settings) => settings.ebitda !== "operating",
  formula: (f) => sum(f),
};

/** Operating EBITDA (settings.ebitda "operating") = operating_income + da. */
const ebitdaOperating: CatalogEntry = {
  id: "ebitda",
  label: {
    en: "Operating EBITDA (operating income + D&A)",
    ja: "営業EBITDA(営業利益+減価償却費)",
  },
  inputs: ["operating_income", "da"],
  summary: EBITDA_PLACE,
  when: (settings) => settings.ebitda === "operating",
  formula: (f) => sum(f),
};

/** ebitda_minus_capex = EBITDA − |capex| (CAPEX is a spend whatever its sign in the input). Excel: `=…-ABS(Figures!M21)`. */
const ebitdaMinusCapex: CatalogEntry = {
  id: "ebitda_minus_capex",
  label: { en: "EBITDA − CAPEX", ja: "EBITDA − 設備投資" },
  inputs: ["ebitda", "capex"],
  summary: { family: "ebitda-less-capex", measures: ["value"], profit: true },
  formula: ([ebitda, capex]) => sub(ebitda as Expr, abs(capex as Expr)),
};

/** free_cash_flow = cf.operating + cf.investing. Excel: `=Figures!M22+Figures!M23`. */
const freeCashFlow: CatalogEntry = {
  id: "free_cash_flow",
  label: {
    en: "Free cash flow (operating + investing)",
    ja: "フリー・キャッシュ・フロー(営業+投資)",
  },
  inputs: ["cf.operating", "cf.investing"],
  summary: { family: "free-cash-flow", measures: ["value"], profit: true },
  formula: ([operating, investing]) => add(operating as Expr, investing as Expr),
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
export function ratioKpi(
  def: RatioKpi,
  label: KpiLabel = { en: def.label, ja: def.label },
  unit?: "currency"
): CatalogEntry {
  const summary: SummaryPlace = {
    family: "unit-economics",
    measures: DEFAULT_MEASURES,
    profit: false,
  };
  if (unit !== undefined) summary.unit = unit;
  return {
    id: def.id,
    label,
    inputs: [def.numerator, def.denominator],
    summary,
    kind: "per-unit",
    nature: "rate",
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

const ARPU_IP_SERVICE: KpiLabel = {
  en: "IP service ARPU (monthly, per average contract)",
  ja: "IPサービスARPU(月額、平均契約数あたり)",
};
const REVENUE_PER_MBPS: KpiLabel = {
  en: "Dedicated access revenue per Mbps (monthly, per average Mbps)",
  ja: "専用線アクセス売上高(Mbpsあたり月額、平均Mbps)",
};

/** Built-in unit economics of the seed, applied when their inputs exist (settings.ratioKpis may override them). */
export const BUILT_IN_RATIOS: RatioKpi[] = [
  {
    id: "arpu.ip_service",
    label: ARPU_IP_SERVICE.en,
    numerator: "revenue.dedicated_access",
    denominator: "ops.ip_contracts",
    averaging: "average",
    perMonth: true,
    numeratorScale: 1,
  },
  {
    id: "revenue_per_mbps",
    label: REVENUE_PER_MBPS.en,
    numerator: "revenue.dedicated_access",
    denominator: "ops.bandwidth_mbps",
    averaging: "average",
    perMonth: true,
    numeratorScale: 1,
  },
];

const BUILT_IN_LABELS: Record<string, KpiLabel> = {
  "arpu.ip_service": ARPU_IP_SERVICE,
  revenue_per_mbps: REVENUE_PER_MBPS,
};

/**
 * The catalog, in dependency order: the built-in entries, then `extra` ones (a KPI added beside the built-in
 * ones, e.g. by a test), then the ratio KPIs (built-in, then the user's `settings.ratioKpis`).
 */
export function catalog(
  userRatios: readonly RatioKpi[] = [],
  extra: readonly CatalogEntry[] = []
): CatalogEntry[] {
  const userIds = new Set(userRatios.map((r) => r.id));
  return [
    totalFromSegments("revenue"),
    totalFromSegments("cost"),
    grossProfit,
    segmentGrossProfit,
    ebitdaNetIncome,
    ebitdaOperating,
    ebitdaMinusCapex,
    freeCashFlow,
    ...extra,
    ...BUILT_IN_RATIOS.filter((r) => !userIds.has(r.id)).map((r) =>
      ratioKpi(r, BUILT_IN_LABELS[r.id], "currency")
    ),
    ...userRatios.map((r) => ratioKpi(r)),
  ];
}
