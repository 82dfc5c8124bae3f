import { qoqBaseKey } from "../periods";
import type { Dataset, Series } from "../read/types";
import type { Timeline } from "../timeline";
import { safeCompare } from "../timeline";
import { issueAt, type Issue } from "../issue";
import { valueAt } from "./values";
import { MESSAGES } from "./messages";

/** Robust z-score above which a quarter-on-quarter change is extreme. */
export const OUTLIER_Z = 8;
/** Fewest quarter-on-quarter changes a series needs before outliers are judged. */
export const OUTLIER_MIN_CHANGES = 6;

/** Rearranges a[lo..hi] so that a[k] holds the value it would have sorted (smaller before, larger after). */
function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Median of the first `n` (finite) numbers of `xs`, by selection in `scratch` (at least `n` long); 0 when n = 0:
 * the middle value, or the mean of the two middle values for an even count.
 */
function medianOf(xs: Float64Array, n: number, scratch: Float64Array): number {
  if (n === 0) return 0;
  const s = scratch.subarray(0, n);
  s.set(xs.subarray(0, n));
  const mid = n >> 1;
  selectInPlace(s, mid, 0, n - 1);
  const upper = s[mid] as number;
  if (n % 2 === 1) return upper;
  // the lower middle value is the largest of those before `mid`
  let lower = s[0] as number;
  for (let i = 1; i < mid; i++) if ((s[i] as number) > lower) lower = s[i] as number;
  return (lower + upper) / 2;
}

export function median(xs: number[]): number {
  const a = Float64Array.from(xs);
  return medianOf(a, a.length, new Float64Array(a.length));
}

/** Working arrays of one check, sized for the longest run. */
interface Scratch {
  d: Float64Array;
  dev: Float64Array;
  abs: Float64Array;
  sort: Float64Array;
}

function scratchOf(n: number): Scratch {
  return {
    d: new Float64Array(n),
    dev: new Float64Array(n),
    abs: new Float64Array(n),
    sort: new Float64Array(n),
  };
}

/**
 * Robust z-scores of the changes between consecutive quarters, written into `z` (n − 1 of them):
 * z = |d − median(d)| / max(1.4826 × MAD(d), 5 % of median |value|), MAD = median |d − median(d)|;
 * all 0 when a change is not finite or the scale is not positive.
 */
function scoresInto(values: Float64Array, n: number, z: Float64Array, w: Scratch): void {
  const m = n - 1;
  let finite = true;
  for (let i = 0; i < m; i++) {
    const d = (values[i + 1] as number) - (values[i] as number);
    w.d[i] = d;
    if (!Number.isFinite(d)) finite = false;
  }
  if (!finite) {
    z.fill(0, 0, m);
    return;
  }
  const med = medianOf(w.d, m, w.sort);
  for (let i = 0; i < m; i++) w.dev[i] = Math.abs((w.d[i] as number) - med);
  const mad = medianOf(w.dev, m, w.sort);
  for (let i = 0; i < n; i++) w.abs[i] = Math.abs(values[i] as number);
  const floor = 0.05 * medianOf(w.abs, n, w.sort);
  const scale = Math.max(1.4826 * mad, floor);
  if (!(scale > 0)) {
    z.fill(0, 0, m);
    return;
  }
  for (let i = 0; i < m; i++) z[i] = (w.dev[i] as number) / scale;
}

/** Robust z-scores of the changes between consecutive quarters (see `scoresInto`). */
export function changeScores(values: number[]): number[] {
  const n = values.length;
  if (n < 2) return [];
  const z = new Float64Array(n - 1);
  scoresInto(Float64Array.from(values), n, z, scratchOf(n));
  return Array.from(z);
}

/** The quarters of a timeline in order, and whether each follows the one before without a gap. */
interface QuarterSequence {
  columns: Int32Array;
  labels: string[];
  /** joined[k]: quarter k is the quarter right after quarter k − 1. */
  joined: Uint8Array;
}

function quarterSequence(timeline: Timeline): QuarterSequence {
  const entries = timeline.entries
    .filter((e) => e.column !== null && e.period.kind === "quarter")
    .sort((a, b) => safeCompare(a.period, b.period));
  const joined = new Uint8Array(entries.length);
  for (let k = 1; k < entries.length; k++) {
    const e = entries[k];
    if (e && qoqBaseKey(e.period) === entries[k - 1]?.key) joined[k] = 1;
  }
  return {
    columns: Int32Array.from(entries, (e) => e.column ?? -1),
    labels: entries.map((e) => e.period.label),
    joined,
  };
}

/**
 * The outliers of one run of consecutive quarters (`at[k]` = position in the sequence, `values[k]` its figure).
 * Inside a run a quarter must be a spike (the change into it and the change out of it both extreme, in opposite
 * directions); the first or last quarter of a run needs its one change to be extreme.
 */
function runOutliers(
  s: Series,
  seq: QuarterSequence,
  at: Int32Array,
  values: Float64Array,
  n: number,
  z: Float64Array,
  w: Scratch,
  issues: Issue[]
): void {
  if (n - 1 < OUTLIER_MIN_CHANGES) return;
  scoresInto(values, n, z, w);
  for (let k = 0; k < n; k++) {
    const zin = k > 0 ? (z[k - 1] as number) : null;
    const zout = k < n - 1 ? (z[k] as number) : null;
    const value = values[k] as number;
    let extreme: boolean;
    if (zin !== null && zout !== null) {
      const before = values[k - 1] as number;
      const after = values[k + 1] as number;
      const spike = Math.sign(value - before) === Math.sign(value - after);
      extreme = spike && zin > OUTLIER_Z && zout > OUTLIER_Z;
    } else {
      extreme = (zin ?? zout ?? 0) > OUTLIER_Z;
    }
    if (!extreme) continue;
    const neighbours: number[] = [];
    if (k > 0) neighbours.push(values[k - 1] as number);
    if (k < n - 1) neighbours.push(values[k + 1] as number);
    const position = at[k] as number;
    const label = seq.labels[position] as string;
    issues.push(
      issueAt(
        "outlier",
        "warning",
        MESSAGES.outlier(label, s.label, value, neighbours),
        s,
        seq.columns[position] as number,
        label
      )
    );
  }
}

/**
 * outlier (warning): a quarter far outside its neighbours, judged within each run of consecutive quarters
 * (no gap, no blank) of a series; rates are not judged. One pass over each series, no allocation per quarter.
 */
export function checkOutliers(dataset: Dataset, timeline: Timeline): Issue[] {
  const seq = quarterSequence(timeline);
  const m = seq.columns.length;
  const at = new Int32Array(m);
  const values = new Float64Array(m);
  const z = new Float64Array(m);
  const w = scratchOf(m);
  const issues: Issue[] = [];
  for (const s of dataset.series) {
    if (s.nature === "rate") continue;
    let n = 0;
    for (let k = 0; k < m; k++) {
      const v = valueAt(s, seq.columns[k]);
      if (v === null || (n > 0 && seq.joined[k] !== 1)) {
        runOutliers(s, seq, at, values, n, z, w, issues);
        n = 0;
      }
      if (v === null) continue;
      at[n] = k;
      values[n] = v;
      n++;
    }
    runOutliers(s, seq, at, values, n, z, w, issues);
  }
  return issues;
}
