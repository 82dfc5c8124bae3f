import { periodKey } from "./key";
import type { Period, PeriodKind } from "./types";

/** For periods with the same dates: the fiscal year last, after a ytd/TTM covering the same months. */
const KIND_RANK: Record<PeriodKind, number> = {
  month: 0,
  quarter: 1,
  half: 2,
  ytd: 3,
  ttm: 4,
  year: 5,
};

/**
 * Chronological order: by end date; for the same end, the shorter period (later start) first, so
 * `4Q01` comes before `2H01` and `FY3/02` ending the same day; same dates: month, quarter, half, ytd, TTM,
 * year; then by key, for a stable total order.
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.start !== b.start) return a.start > b.start ? -1 : 1;
  const rank = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (rank !== 0) return rank;
  const ka = periodKey(a);
  const kb = periodKey(b);
  return ka === kb ? 0 : ka < kb ? -1 : 1;
}
