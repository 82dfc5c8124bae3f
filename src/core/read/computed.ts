/**
 * Headers of the book's own ratios: "YoY%", "QoQ %", "CAGR %", "% change", "Var.", "vs PY", "増減率",
 * "前年同期比", "増減". They head columns (or rows) that are not periods: their cells are not read as figures but
 * kept as book ratios, which the engine ties out against its own values for the same line.
 */
import type { CellValue } from "../grid/types";

/**
 * What a computed column compares: a period with the same period a year before, with the period before it,
 * the block's first and last years, or the two periods just before the column (which of yoy or qoq that is
 * depends on them).
 */
export type ComputedCompare = "yoy" | "qoq" | "cagr" | "adjacent";

/** What its cells hold: a change in % (or a ratio current/base in %), an amount, or either (the header does not say). */
export type ComputedMeasure = "percent" | "amount" | "either";

export interface ComputedHeader {
  compares: ComputedCompare;
  measure: ComputedMeasure;
  /** The header as written. */
  header: string;
}

function normalise(cell: string): string {
  return cell
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*\((%|pct)\)$/, " %")
    .replace(/\s*(%|pct)$/, " %");
}

const RULES: { test: RegExp; compares: ComputedCompare; measure: ComputedMeasure }[] = [
  {
    test: /^(yoy|y\/y|y-o-y|y-y|yoy growth|yoy change|yoy chg|growth yoy)( %)?$|^(前年同期比|前年比|対前年同期比|前年同期比増減率|前年同期増減率)( %)?$/,
    compares: "yoy",
    measure: "percent",
  },
  {
    test: /^(qoq|q\/q|q-o-q|q-q|qoq growth|qoq change|qoq chg|seq\.?|sequential)( %)?$|^(前四半期比|前期比増減率)( %)?$/,
    compares: "qoq",
    measure: "percent",
  },
  { test: /^cagr( %)?( \(?[^)]*\)?)?$/, compares: "cagr", measure: "percent" },
  {
    test: /^(vs\.? ?py|vs\.? ?ly|vs\.? ?prior year|vs\.? ?last year|前年同期差|前年差|前年同期増減)( %)?$/,
    compares: "yoy",
    measure: "either",
  },
  {
    test: /^(% ?change|% ?chg\.?|change %|chg\.? %|var\.? %|variance %|growth %|% growth|増減率|伸び率|伸長率)$/,
    compares: "adjacent",
    measure: "percent",
  },
  {
    test: /^(var\.?|variance|change|chg\.?|diff\.?|difference|増減|増減額|差額)$/,
    compares: "adjacent",
    measure: "either",
  },
];

/** The computed column a header names, or null when it names none. */
export function computedHeader(cell: CellValue | undefined): ComputedHeader | null {
  if (typeof cell !== "string") return null;
  const t = normalise(cell);
  if (t === "" || t.length > 40) return null;
  for (const rule of RULES)
    if (rule.test.test(t))
      return { compares: rule.compares, measure: rule.measure, header: cell.trim() };
  return null;
}
