import { qoqBaseKey } from "../periods";
import type { Dataset, Series } from "../read/types";
import type { Issue } from "./types";
import type { Timeline } from "./timeline";
import { safeCompare } from "./timeline";
import { issueAt, valueAt } from "./issue";
import { MESSAGES } from "./messages";

/** Robust z-score above which a quarter-on-quarter change is extreme. */
export const OUTLIER_Z = 8;
/** Fewest quarter-on-quarter changes a series needs before outliers are judged. */
export const OUTLIER_MIN_CHANGES = 6;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return 0;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

interface Point {
  column: number;
  label: string;
  value: number;
}

/**
 * Robust z-scores of the changes between consecutive quarters:
 * z = |d − median(d)| / max(1.4826 × MAD(d), 5 % of median |value|), MAD = median |d − median(d)|.
 */
export function changeScores(values: number[]): number[] {
  const d = values.slice(1).map((v, i) => v - (values[i] ?? 0));
  if (!d.every(Number.isFinite)) return d.map(() => 0);
  const med = median(d);
  const mad = median(d.map((x) => Math.abs(x - med)));
  const floor = 0.05 * median(values.map(Math.abs));
  const scale = Math.max(1.4826 * mad, floor);
  if (!(scale > 0)) return d.map(() => 0);
  return d.map((x) => Math.abs(x - med) / scale);
}

/** Runs of consecutive quarters (no gap, no blank) of one series. */
function runs(s: Series, timeline: Timeline, quarterEntries: number[]): Point[][] {
  const out: Point[][] = [];
  let run: Point[] = [];
  let prevKey: string | null = null;
  for (const i of quarterEntries) {
    const e = timeline.entries[i];
    const value = e ? valueAt(s, e.column) : null;
    if (!e || e.column === null || value === null) {
      if (run.length) out.push(run);
      run = [];
      prevKey = null;
      continue;
    }
    if (prevKey !== null && qoqBaseKey(e.period) !== prevKey) {
      out.push(run);
      run = [];
    }
    run.push({ column: e.column, label: e.period.label, value });
    prevKey = e.key;
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * outlier (warning): a quarter far outside its neighbours. Inside a run it must be a spike (the change into it and the
 * change out of it both extreme, in opposite directions); the first or last quarter of a run needs its one change to be extreme.
 */
export function checkOutliers(dataset: Dataset, timeline: Timeline): Issue[] {
  const quarterEntries = timeline.entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.column !== null && e.period.kind === "quarter")
    .sort((a, b) => safeCompare(a.e.period, b.e.period))
    .map(({ i }) => i);
  const issues: Issue[] = [];
  for (const s of dataset.series) {
    if (s.nature === "rate") continue;
    for (const run of runs(s, timeline, quarterEntries)) {
      if (run.length - 1 < OUTLIER_MIN_CHANGES) continue;
      const values = run.map((p) => p.value);
      const z = changeScores(values);
      run.forEach((p, k) => {
        const zin = k > 0 ? (z[k - 1] ?? 0) : null;
        const zout = k < run.length - 1 ? (z[k] ?? 0) : null;
        const before = run[k - 1];
        const after = run[k + 1];
        let extreme = false;
        if (zin !== null && zout !== null && before && after) {
          const spike = Math.sign(p.value - before.value) === Math.sign(p.value - after.value);
          extreme = spike && zin > OUTLIER_Z && zout > OUTLIER_Z;
        } else {
          extreme = (zin ?? zout ?? 0) > OUTLIER_Z;
        }
        if (!extreme) return;
        const neighbours = [before?.value, after?.value].filter(
          (v): v is number => v !== undefined
        );
        issues.push(
          issueAt(
            "outlier",
            "warning",
            MESSAGES.outlier(p.label, s.label, p.value, neighbours),
            s,
            p.column,
            p.label
          )
        );
      });
    }
  }
  return issues;
}
