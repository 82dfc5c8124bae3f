import type { ChartSpec, SummaryTable } from "../../core/summarise/types";

export interface ChartSeriesData {
  name: string;
  as: "column" | "line";
  axis: "primary" | "secondary";
  values: (number | null)[];
}

export interface ChartData {
  id: string;
  title: string;
  type: ChartSpec["type"];
  categories: string[];
  series: ChartSeriesData[];
}

/** The numbers a chart spec points at in the summary table (text and missing cells become null). */
export function chartData(spec: ChartSpec, table: SummaryTable): ChartData {
  const categories = spec.periodColumns.map((c) => table.periods[c] ?? "");
  const series = spec.series.map((s) => {
    const row = table.rows[s.row];
    const values = spec.periodColumns.map((c) => {
      const v = row?.values[c];
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    });
    const as: "column" | "line" = s.as ?? (spec.type === "line" ? "line" : "column");
    return { name: s.name, as, axis: s.axis ?? "primary", values };
  });
  return { id: spec.id, title: spec.title, type: spec.type, categories, series };
}

/** Lowest and highest value to draw on an axis: always includes 0, never NaN, never an empty span. */
export function axisRange(values: readonly (number | null)[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) max = min + 1;
  return { min, max };
}

/** Per category, the positive and negative totals of stacked series (for a stacked column axis). */
export function stackedTotals(
  series: readonly ChartSeriesData[],
  count: number
): (number | null)[] {
  const out: (number | null)[] = [];
  for (let i = 0; i < count; i++) {
    let pos = 0;
    let neg = 0;
    for (const s of series) {
      const v = s.values[i];
      if (v === null || v === undefined) continue;
      if (v >= 0) pos += v;
      else neg += v;
    }
    out.push(pos, neg);
  }
  return out;
}
