import type { Period } from "./periods/types";
import { comparePeriods, componentQuarterKeys, formatPeriod, periodKey } from "./periods";
import type { Dataset } from "./read/types";

/** One period the KPIs are computed for: a column of the dataset, or a fiscal year derived from its quarters. */
export interface TimelineEntry {
  period: Period;
  key: string;
  /** Index into `Dataset.periods` (and every `Series.values`), null for a derived period. */
  column: number | null;
  /** Entries of the quarters this period adds up (years, halves, ytd, ttm), in order; null when not all are present. */
  quarters: number[] | null;
}

export interface Timeline {
  entries: TimelineEntry[];
  byKey: Map<string, number>;
}

function safeKey(p: Period): string | null {
  try {
    return periodKey(p);
  } catch {
    return null;
  }
}

function safeComponents(p: Period): string[] {
  if (p.kind === "quarter" || p.kind === "month") return [];
  try {
    return componentQuarterKeys(p);
  } catch {
    return [];
  }
}

/** Derived fiscal years for complete years of quarters that have no year column. */
function derivedYears(dataset: Dataset, byKey: Map<string, number>): Period[] {
  const quarters = dataset.periods.filter((p) => p.kind === "quarter" && p.quarter !== undefined);
  const years = new Set(quarters.map((p) => p.fiscalYear));
  const hasYearColumn = new Set(
    dataset.periods.filter((p) => p.kind === "year").map((p) => p.fiscalYear)
  );
  // derived years are labelled like the input's years, else like its quarters ("2024年3月期 第1四半期" → "2024年3月期")
  const like = (dataset.periods.find((p) => p.kind === "year") ?? quarters[0])?.label;
  // the first column of each fiscal year and quarter, found once (not searched for each year)
  const quarterOf = new Map<string, Period>();
  for (const p of quarters) {
    const key = `${p.fiscalYear}:${p.quarter}`;
    if (!quarterOf.has(key)) quarterOf.set(key, p);
  }
  const out: Period[] = [];
  for (const fy of years) {
    if (hasYearColumn.has(fy)) continue;
    const qs = [1, 2, 3, 4].map((q) => quarterOf.get(`${fy}:${q}`));
    const first = qs[0];
    const last = qs[3];
    if (!first || !last || qs.some((p) => p === undefined)) continue;
    const base: Omit<Period, "label"> = {
      kind: "year",
      fiscalYear: fy,
      start: first.start,
      end: last.end,
    };
    let label: string;
    try {
      label = formatPeriod(base, dataset.calendar, like);
    } catch {
      continue;
    }
    const period: Period = { ...base, label };
    const key = safeKey(period);
    if (key === null || byKey.has(key)) continue;
    out.push(period);
  }
  return out;
}

/**
 * The dataset's periods plus derived fiscal years, each with its key and component quarters.
 * Entries keep the input order; derived years follow the input periods.
 */
export function buildTimeline(dataset: Dataset, deriveYears = true): Timeline {
  const entries: TimelineEntry[] = [];
  const byKey = new Map<string, number>();
  const add = (period: Period, column: number | null): void => {
    const key = safeKey(period) ?? `#${entries.length}:${period.label}`;
    if (byKey.has(key)) return;
    byKey.set(key, entries.length);
    entries.push({ period, key, column, quarters: null });
  };
  dataset.periods.forEach((p, i) => add(p, i));
  if (deriveYears) {
    const derived = derivedYears(dataset, byKey).sort((a, b) => safeCompare(a, b));
    for (const p of derived) add(p, null);
  }
  for (const entry of entries) {
    const keys = safeComponents(entry.period);
    if (keys.length === 0) continue;
    const idx = keys.map((k) => byKey.get(k));
    if (idx.every((i): i is number => i !== undefined)) entry.quarters = idx;
  }
  return { entries, byKey };
}

export function safeCompare(a: Period, b: Period): number {
  try {
    return comparePeriods(a, b);
  } catch {
    return a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
  }
}
