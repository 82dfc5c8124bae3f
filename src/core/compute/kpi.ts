import type { KpiKind, KpiValue } from "./types";
import { evaluate, toFormula, type Expr } from "./expr";
import { display } from "./format";

export interface KpiExtras {
  base?: string;
  note?: string;
}

/** A KpiValue from a figure's tree: value evaluated, formula rendered from the same tree. */
export function kpiValue(
  metric: string,
  label: string,
  period: string,
  kpi: KpiKind,
  expr: Expr | null,
  numberFormat: string,
  extras: KpiExtras = {},
): KpiValue {
  const raw = expr ? evaluate(expr) : null;
  // a percentage too large to show (×100 overflows) is as meaningless as a non-finite one
  const shown = raw !== null && numberFormat.endsWith("%") ? raw * 100 : raw;
  const value = raw !== null && shown !== null && Number.isFinite(raw) && Number.isFinite(shown) ? raw : null;
  const out: KpiValue = { metric, label, period, kpi, value, display: display(value, numberFormat), numberFormat };
  if (extras.base !== undefined) out.base = extras.base;
  if (extras.note !== undefined) out.note = extras.note;
  const formula = expr ? toFormula(expr) : undefined;
  if (formula !== undefined) out.formula = formula;
  return out;
}
