import type { KpiKind, KpiValue } from "./types";
import { evaluate, toFormula, type Expr } from "./expr";
import { display } from "./format";

export interface KpiExtras {
  base?: string;
  note?: string;
}

/**
 * A KpiValue from a figure's tree: value evaluated, formula rendered from the same tree.
 * Every KpiValue is built with the same keys in the same order (absent ones undefined) so that large
 * result sets stay cheap for the JavaScript engine.
 */
export function kpiValue(
  metric: string,
  label: string,
  period: string,
  kpi: KpiKind,
  expr: Expr | null,
  numberFormat: string,
  extras: KpiExtras = {}
): KpiValue {
  const raw = expr ? evaluate(expr) : null;
  // a percentage too large to show (×100 overflows) is as meaningless as a non-finite one
  const shown = raw !== null && numberFormat.endsWith("%") ? raw * 100 : raw;
  const value =
    raw !== null && shown !== null && Number.isFinite(raw) && Number.isFinite(shown) ? raw : null;
  return {
    metric,
    label,
    period,
    kpi,
    value,
    display: display(value, numberFormat),
    base: extras.base,
    note: extras.note,
    numberFormat,
    formula: expr ? toFormula(expr, value) : undefined,
  };
}
