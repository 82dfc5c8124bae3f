/**
 * The text of a QUARTERDECK.KPI call, as a user would type it: the figures' sheet-qualified range, the line as
 * written, the measure and the period, each string quoted with embedded quotes doubled; the settings the
 * figures were analysed with as trailing arguments only where they differ from what the function infers.
 */
import { formatRangeAddress, parseRangeAddress } from "../core/grid";
import type { KpiKind } from "../core/compute/types";
import type { EbitdaDefinition } from "../core/settings";

export interface KpiFormulaArgs {
  /** Sheet of the figures ("" when unknown: the address is then left unqualified). */
  sheet: string;
  /** A1 range of the figures on that sheet ("A1:M31"). */
  range: string;
  line: string;
  kpi: KpiKind;
  period: string;
  /** Fiscal year-end month the figures were read with; omitted, inferred by the function. */
  fyEndMonth?: number;
  /** Scale of the figures (1e6 = millions); omitted, inferred. */
  unitScale?: number;
  /** EBITDA definition; "net-income" is the function's default and is not written. */
  ebitda?: EbitdaDefinition;
}

/** A string argument of a formula: `"Bob""s line"`. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The figures' address as a formula writes it: `'Q4 pack'!A1:M31`; null when `range` is not an address. */
export function figuresAddress(sheet: string, range: string): string | null {
  const parsed = parseRangeAddress(range);
  if (!parsed) return null;
  const onSheet = parsed.sheet ?? (sheet === "" ? undefined : sheet);
  return formatRangeAddress({ ...parsed, ...(onSheet !== undefined ? { sheet: onSheet } : {}) });
}

/** `=QUARTERDECK.KPI('Q4 pack'!A1:M31, "Total revenues", "yoy", "4Q01")`, or null when the range is not an address. */
export function kpiFormula(args: KpiFormulaArgs): string | null {
  const figures = figuresAddress(args.sheet, args.range);
  if (figures === null) return null;
  const parts = [
    figures,
    formulaString(args.line),
    formulaString(args.kpi),
    formulaString(args.period),
  ];
  const ebitda = args.ebitda === "operating" ? formulaString("operating") : undefined;
  const unit = args.unitScale !== undefined ? String(args.unitScale) : undefined;
  const fy = args.fyEndMonth !== undefined ? String(args.fyEndMonth) : undefined;
  // Trailing arguments up to the last one given; those before it left empty.
  const trailing = [fy, unit, ebitda];
  let last = trailing.length - 1;
  while (last >= 0 && trailing[last] === undefined) last -= 1;
  for (let i = 0; i <= last; i++) parts.push(trailing[i] ?? "");
  return `=QUARTERDECK.KPI(${parts.join(", ")})`;
}
