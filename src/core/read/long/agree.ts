/**
 * A ledger that gives a fiscal year and both its halves, but not all four quarters (which the validation checks
 * the year and halves against), must add up: a flow's halves to the year, a stock's second half to the year end.
 * Where they do not, the year is n.m. and an error names the three cells. They agree within rounding
 * (src/core/tolerance.ts): half a unit of the last digit the line shows, in its own unit, for each figure compared.
 */
import { cellAddress } from "../../grid";
import type { CellRef } from "../../grid/types";
import { periodKey } from "../../periods";
import type { Period } from "../../periods/types";
import { report, type ReadContext } from "../context";
import type { MetricNature } from "../types";
import { seriesHalfUnit, withinTolerance } from "../../tolerance";

/** A year column and the columns of its two halves. */
export interface YearOfHalves {
  year: number;
  halves: [number, number];
}

/** The year columns with both halves given and not all four quarters (the validation checks those). */
export function yearsOfHalves(periods: readonly Period[]): YearOfHalves[] {
  const at = new Map<string, number>();
  periods.forEach((p, j) => at.set(periodKey(p), j));
  const out: YearOfHalves[] = [];
  periods.forEach((p, j) => {
    if (p.kind !== "year") return;
    const fy = p.fiscalYear;
    const h1 = at.get(`H${fy}-1`);
    const h2 = at.get(`H${fy}-2`);
    if (h1 === undefined || h2 === undefined) return;
    if ([1, 2, 3, 4].every((q) => at.has(`Q${fy}-${q}`))) return;
    out.push({ year: j, halves: [h1, h2] });
  });
  return out;
}

function figure(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

function where(ref: CellRef | null): string {
  return ref ? ` (${cellAddress(ref)})` : "";
}

/**
 * Checks one series' values against `years`; a year whose halves disagree is set to null (its KPIs are n.m.)
 * and reported. `cellAt(j)` is the cell of column j, `labelAt(j)` its period label; `factor` takes the line's
 * cells to its values (`Series.factor`: 1,000 for a line in EUR bn in a EUR mn dataset).
 */
export function checkYearsOfHalves(
  ctx: ReadContext,
  years: readonly YearOfHalves[],
  values: (number | null)[],
  nature: MetricNature,
  series: { metric: string; label: string },
  cellAt: (j: number) => CellRef | null,
  labelAt: (j: number) => string,
  factor = 1
): void {
  if (nature === "rate") return;
  // every figure of the line shows as many decimals as the most any of them does (a cell's 13.0 reads 13)
  const rounding = seriesHalfUnit(values, factor);
  for (const { year, halves } of years) {
    const total = values[year];
    const a = values[halves[0]];
    const b = values[halves[1]];
    if (total == null || a == null || b == null) continue;
    // a flow's year against its two halves brings three figures' rounding; a stock's against its H2, two
    const expected = nature === "flow" ? a + b : b;
    if (withinTolerance(total, expected, rounding * (nature === "flow" ? 3 : 2))) continue;
    values[year] = null;
    const yearLabel = labelAt(year);
    const yearCell = cellAt(year);
    const [l1, l2] = [labelAt(halves[0]), labelAt(halves[1])];
    const parts =
      nature === "flow"
        ? `its halves ${l1}${where(cellAt(halves[0]))} and ${l2}${where(cellAt(halves[1]))} add up to ${figure(expected)}`
        : `${l2}${where(cellAt(halves[1]))}, the year end, is ${figure(expected)}`;
    report(ctx, "error", "fy-total-mismatch", () => ({
      message:
        `${yearLabel} ${series.label} is ${figure(total)}${where(yearCell)} but ${parts}: ` +
        `the KPIs of ${yearLabel} ${series.label} are n.m. until the figures agree.`,
      ...(yearCell ? { cell: cellAddress(yearCell) } : {}),
      metric: series.metric,
      period: yearLabel,
    }));
  }
}
