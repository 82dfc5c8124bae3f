import { cellAddress } from "../grid";
import type { Dataset, Series } from "../read/types";
import type { Timeline } from "../timeline";
import { issueAt, type Issue } from "../issue";
import { seriesRounding, valueAt } from "./values";
import { withinTolerance } from "../tolerance";
import { MESSAGES, unitSlip } from "./messages";

/** A series is an "of which" child when it has a parent or its label says so. */
function isChild(s: Series): boolean {
  return s.parent !== undefined || /^\s*(of which|うち)/i.test(s.label);
}

/**
 * The power of ten (±1…±3) that `reported / sum` is close to (within 5 %), or null:
 * 399,000 vs 39,900 → 1 ("ten times too large").
 */
export function powerOfTenSlip(reported: number, sum: number): number | null {
  if (reported === 0 || sum === 0 || Math.sign(reported) !== Math.sign(sum)) return null;
  const log = Math.log10(reported / sum);
  const power = Math.round(log);
  if (power === 0 || Math.abs(power) > 3) return null;
  return Math.abs(log - power) < Math.log10(1.05) ? power : null;
}

/**
 * fy-total-mismatch (error): for flows, the four quarters (two for a half, the span for ytd) do not add up to the
 * reported total beyond rounding (half a unit of the last digit each figure shows, summed: src/core/tolerance.ts); the message names a 10×/100×/1,000× slip.
 * stock-mismatch (error): a stock's year (or half) figure differs from its last quarter's.
 */
export function checkPeriodTotals(dataset: Dataset, timeline: Timeline): Issue[] {
  const issues: Issue[] = [];
  // reported figure, then the quarters' figures, of one series at one entry (no allocation per series)
  let most = 0;
  for (const e of timeline.entries) most = Math.max(most, e.quarters?.length ?? 0);
  const figures = new Float64Array(most + 1);
  for (const e of timeline.entries) {
    if (e.column === null || !e.quarters || e.period.kind === "quarter") continue;
    const columns = e.quarters.map((q) => timeline.entries[q]?.column ?? null);
    const n = columns.length;
    for (const s of dataset.series) {
      const reported = valueAt(s, e.column);
      if (reported === null || s.nature === "rate") continue;
      figures[0] = reported;
      let complete = true;
      for (let k = 0; k < n; k++) {
        const v = valueAt(s, columns[k]);
        if (v === null) {
          complete = false;
          break;
        }
        figures[k + 1] = v;
      }
      if (!complete) continue;
      // the reported figure and each quarter bring their own rounding (src/core/tolerance.ts)
      const tolerance = seriesRounding(s) * (n + 1);
      if (s.nature === "flow") {
        let sum = 0;
        for (let k = 1; k <= n; k++) sum += figures[k] as number;
        if (
          !Number.isFinite(sum) ||
          !Number.isFinite(reported - sum) ||
          withinTolerance(reported, sum, tolerance)
        )
          continue;
        const power = powerOfTenSlip(reported, sum);
        const what = n === 2 ? "two quarters" : "quarters";
        // the cells of the quarters, so that each figure can be checked where it is
        const parts: string[] = [];
        for (const col of columns) {
          const ref = col === null ? null : s.cells[col];
          if (ref) parts.push(cellAddress(ref));
        }
        const msg = MESSAGES.fyTotalMismatch(
          e.period.label,
          s.label,
          reported,
          sum,
          power === null ? null : unitSlip(power),
          what,
          parts
        );
        issues.push(issueAt("fy-total-mismatch", "error", msg, s, e.column, e.period.label));
      } else {
        const lastIndex = e.quarters[e.quarters.length - 1];
        const last = n > 0 ? (figures[n] as number) : undefined;
        const lastLabel =
          lastIndex === undefined ? "" : (timeline.entries[lastIndex]?.period.label ?? "");
        if (
          last === undefined ||
          !Number.isFinite(reported - last) ||
          withinTolerance(reported, last, 2 * seriesRounding(s))
        )
          continue;
        const msg = MESSAGES.stockMismatch(e.period.label, s.label, reported, last, lastLabel);
        issues.push(issueAt("stock-mismatch", "error", msg, s, e.column, e.period.label));
      }
    }
  }
  return issues;
}

/**
 * segments-mismatch (error): revenue.<seg> (cost.<seg>) do not add up to the reported revenue.total (cost.total),
 * beyond the rounding of the figures (half a unit of the last digit each shows, in the dataset's unit, summed). "Of which" rows are not segments.
 */
export function checkSegments(dataset: Dataset): Issue[] {
  const issues: Issue[] = [];
  for (const family of ["revenue", "cost"]) {
    const total = dataset.series.find((s) => s.metric === `${family}.total`);
    const segments = dataset.series.filter(
      (s) => s.metric.startsWith(`${family}.`) && s.metric !== `${family}.total` && !isChild(s)
    );
    if (!total || segments.length < 2) continue;
    dataset.periods.forEach((p, column) => {
      const reported = valueAt(total, column);
      const parts = segments.map((s) => valueAt(s, column));
      if (reported === null || parts.some((v) => v === null)) return;
      const values = parts as number[];
      const sum = values.reduce((a, b) => a + b, 0);
      // the total and each segment bring their own rounding, in the dataset's unit: a segment written as 12.3 in
      // JPY bn stands for 12,250 to 12,350 JPY mn (src/core/tolerance.ts)
      let tolerance = seriesRounding(total);
      for (const seg of segments) tolerance += seriesRounding(seg);
      if (
        !Number.isFinite(sum) ||
        !Number.isFinite(reported - sum) ||
        withinTolerance(reported, sum, tolerance)
      )
        return;
      // the segments' cells, so that each figure can be checked where it is
      const cells: string[] = [];
      for (const seg of segments) {
        const ref = seg.cells[column];
        if (ref) cells.push(cellAddress(ref));
      }
      issues.push(
        issueAt(
          "segments-mismatch",
          "error",
          MESSAGES.segmentsMismatch(p.label, total.label, reported, sum, values.length, cells),
          total,
          column,
          p.label
        )
      );
    });
  }
  return issues;
}
