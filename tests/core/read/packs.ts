/** Results packs built in code: blocks of figures (a header of periods, labelled lines) stacked or side by side. */
import type { CellValue, Grid } from "../../../src/core/grid/types";

export interface PackBlock {
  /** A title row above the header ("Quarterly results (JPY mn)"), none when absent. */
  title?: string;
  /** Text in the header's label cell (a unit note such as "(JPY mn)"), "" when none. */
  corner?: string;
  periods: string[];
  lines: { label: string; values: CellValue[]; book?: CellValue }[];
  /** Header of a computed column after the periods ("YoY%"): its cells are the lines' `book`. */
  computed?: string;
}

/** The rows of one block: title (if any), header, lines. */
export function blockRows(b: PackBlock): Grid {
  const rows: Grid = [];
  if (b.title !== undefined) rows.push([b.title]);
  rows.push([b.corner ?? "", ...b.periods, ...(b.computed ? [b.computed] : [])]);
  for (const line of b.lines)
    rows.push([line.label, ...line.values, ...(b.computed ? [line.book ?? ""] : [])]);
  return pad(rows);
}

/** Rows padded with "" to one width (at least `width`). */
export function pad(rows: Grid, width = 0): Grid {
  const w = Math.max(width, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<CellValue>(w - r.length).fill("")]);
}

/** `upper` above `lower` with `gap` blank rows between them. */
export function stack(upper: Grid, lower: Grid, gap: number): Grid {
  const width = Math.max(upper[0]?.length ?? 0, lower[0]?.length ?? 0);
  return pad(
    [...upper, ...new Array(gap).fill(null).map(() => [] as CellValue[]), ...lower],
    width
  );
}

/** `left` beside `right` with `gap` blank columns between them. */
export function beside(left: Grid, right: Grid, gap: number): Grid {
  const lw = left[0]?.length ?? 0;
  const rows = Math.max(left.length, right.length);
  const out: Grid = [];
  for (let r = 0; r < rows; r++) {
    const a = left[r] ?? new Array<CellValue>(lw).fill("");
    out.push([...a, ...new Array<CellValue>(gap).fill(""), ...(right[r] ?? [])]);
  }
  return pad(out);
}

/**
 * The data book of the issue: an annual table FY21…FY25 with a "CAGR %" column and, two blank rows lower, a
 * quarterly one Q2 FY25…Q3 FY26 with "YoY%" (March year end). Operating income's YoY% is a slip: 25.0% where
 * the figures give 6.5 / 5 − 1 = 30%.
 */
export function annualThenQuarterly(): Grid {
  const annual = blockRows({
    title: "Annual results (JPY mn)",
    periods: ["FY21", "FY22", "FY23", "FY24", "FY25"],
    computed: "CAGR %",
    lines: [
      { label: "Revenue", values: [100, 120, 150, 180, 200], book: "18.9%" },
      { label: "Operating income", values: [10, 12, 15, 18, 20], book: 0.1892 },
    ],
  });
  const quarterly = blockRows({
    title: "Quarterly results (JPY mn)",
    periods: ["Q2 FY25", "Q3 FY25", "Q4 FY25", "Q1 FY26", "Q2 FY26", "Q3 FY26"],
    computed: "YoY%",
    lines: [
      { label: "Revenue", values: [48, 50, 55, 52, 56, 60], book: "20.0%" },
      { label: "Operating income", values: [4.8, 5, 5.5, 5.2, 5.6, 6.5], book: "25.0%" },
    ],
  });
  return stack(annual, quarterly, 2);
}
