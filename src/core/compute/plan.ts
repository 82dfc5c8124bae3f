/** What the KPI engine needs of each timeline entry, worked out once per timeline instead of once per metric. */
import { qoqBaseKey, yoyBaseKey } from "../periods";
import type { Period } from "../periods/types";
import type { Timeline } from "../timeline";

/** The period has no comparable period at all (a year has no qoq): no KPI of that kind. */
export const NO_BASE_KEY = -2;
/** The comparable period is not in the timeline: the growth KPI is n.m. ("no comparable period"). */
export const BASE_ABSENT = -1;

export interface TimelinePlan {
  size: number;
  labels: string[];
  /** Dataset column of each entry (index into Series.values), −1 for a derived period. */
  columns: Int32Array;
  /** Columns of the quarters an entry adds up (−1 where a quarter has no column); null when it adds up none. */
  quarterColumns: (Int32Array | null)[];
  /** Entry of the yoy / qoq base: an index, BASE_ABSENT or NO_BASE_KEY. */
  yoyBase: Int32Array;
  qoqBase: Int32Array;
}

function keyOr(f: (p: Period) => string | null, p: Period): string | null {
  try {
    return f(p);
  } catch {
    return null;
  }
}

function baseEntry(timeline: Timeline, key: string | null): number {
  if (key === null) return NO_BASE_KEY;
  return timeline.byKey.get(key) ?? BASE_ABSENT;
}

export function planTimeline(timeline: Timeline): TimelinePlan {
  const size = timeline.entries.length;
  const labels: string[] = new Array<string>(size);
  const columns = new Int32Array(size);
  const quarterColumns: (Int32Array | null)[] = new Array<Int32Array | null>(size);
  const yoyBase = new Int32Array(size);
  const qoqBase = new Int32Array(size);
  timeline.entries.forEach((e, i) => {
    labels[i] = e.period.label;
    columns[i] = e.column ?? -1;
    quarterColumns[i] = e.quarters
      ? Int32Array.from(e.quarters, (q) => timeline.entries[q]?.column ?? -1)
      : null;
    yoyBase[i] = baseEntry(timeline, keyOr(yoyBaseKey, e.period));
    qoqBase[i] = baseEntry(timeline, keyOr(qoqBaseKey, e.period));
  });
  return { size, labels, columns, quarterColumns, yoyBase, qoqBase };
}
