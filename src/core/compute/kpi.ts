import type { KpiKind, KpiValue } from "./types";
import { evaluate, toFormula, type Expr } from "./expr";
import { display } from "./format";

export interface KpiExtras {
  base?: string;
  note?: string;
}

/**
 * Where a KPI's expression tree comes from when its formula is asked for: the engine computes values
 * numerically and builds the tree (and renders the Excel formula) only for the KPIs that are written or shown.
 */
export interface ExprSource {
  /** The tree of the KPI of kind `kpi` at timeline entry `entry`, null when the KPI has none. */
  exprOf(entry: number, kpi: KpiKind): Expr | null;
}

/** A source holding one ready tree (CAGR, guidance: one KPI per metric or item). */
class FixedExpr implements ExprSource {
  constructor(private readonly expr: Expr | null) {}
  exprOf(): Expr | null {
    return this.expr;
  }
}

/** Not rendered yet (a formula may legitimately be undefined). */
const PENDING = null;

/**
 * A computed KPI. The data fields are plain properties; `display` and `formula` are rendered on first read
 * (getters on the class) from the value and from the expression tree the value came from, so a result set of a
 * million KPIs costs only the values. `toJSON` gives the plain KpiValue shape, `display` and `formula` included.
 */
export class ComputedKpi implements KpiValue {
  private displayText: string | null = PENDING;
  private formulaText: string | undefined | null = PENDING;

  constructor(
    public metric: string,
    public label: string,
    public period: string,
    public kpi: KpiKind,
    public value: number | null,
    public base: string | undefined,
    public note: string | undefined,
    public numberFormat: string,
    private readonly source: ExprSource,
    private readonly entry: number
  ) {}

  /** Display text under the number format: "31.6%", "12,100", "n.m.". */
  get display(): string {
    if (this.displayText === PENDING) this.displayText = display(this.value, this.numberFormat);
    return this.displayText;
  }

  set display(text: string) {
    this.displayText = text;
  }

  /** The Excel formula over the source cells, rendered from the KPI's tree; undefined when there is none. */
  get formula(): string | undefined {
    if (this.formulaText === PENDING) {
      const expr = this.source.exprOf(this.entry, this.kpi);
      this.formulaText = expr ? toFormula(expr, this.value) : undefined;
    }
    return this.formulaText;
  }

  set formula(text: string | undefined) {
    this.formulaText = text;
  }

  /** The expression tree of this KPI (for checks that value and formula agree). */
  expr(): Expr | null {
    return this.source.exprOf(this.entry, this.kpi);
  }

  toJSON(): KpiValue {
    return plainKpi(this);
  }
}

/** The plain KpiValue shape of a computed KPI (its getters read once), for JSON. */
export function plainKpi(k: KpiValue): KpiValue {
  return {
    metric: k.metric,
    label: k.label,
    period: k.period,
    kpi: k.kpi,
    value: k.value,
    display: k.display,
    base: k.base,
    note: k.note,
    numberFormat: k.numberFormat,
    formula: k.formula,
  };
}

/**
 * The value a KPI keeps, NaN standing for "not meaningful": `raw` when finite and, for a percentage, when
 * raw × 100 is finite too (a percentage too large to show is as meaningless as a non-finite one).
 */
export function meaningful(raw: number, percent: boolean): number {
  return Number.isFinite(raw) && (!percent || Number.isFinite(raw * 100)) ? raw : Number.NaN;
}

/** The value a KPI shows under its number format: see `meaningful`; null where not meaningful. */
export function shownValue(raw: number | null, numberFormat: string): number | null {
  if (raw === null) return null;
  const v = meaningful(raw, numberFormat.endsWith("%"));
  return Number.isNaN(v) ? null : v;
}

/** A KpiValue from a figure's tree: value evaluated now, formula rendered from the same tree when read. */
export function kpiValue(
  metric: string,
  label: string,
  period: string,
  kpi: KpiKind,
  expr: Expr | null,
  numberFormat: string,
  extras: KpiExtras = {}
): KpiValue {
  const value = shownValue(expr ? evaluate(expr) : null, numberFormat);
  return new ComputedKpi(
    metric,
    label,
    period,
    kpi,
    value,
    extras.base,
    extras.note,
    numberFormat,
    new FixedExpr(expr),
    0
  );
}
