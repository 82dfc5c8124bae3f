import type { MetricId } from "../read/types";
import type { CatalogEntry, SummaryPlace } from "./catalog-entry";
import { FAMILIES, OTHER, REPORTED } from "./families";

/** A metric's place in the summary, with its family's rank in reading order. */
export interface MetricPlace extends SummaryPlace {
  rank: number;
}

/** The place of any metric id: its catalog entry's, else the reported metrics' rule's, else "other". */
export type PlaceOf = (metric: MetricId) => MetricPlace;

const rankOf = new Map<string, number>(FAMILIES.map((f, i) => [f, i] as const));

function ranked(place: SummaryPlace): MetricPlace {
  return { ...place, rank: rankOf.get(place.family) ?? FAMILIES.length };
}

/** `gross_profit.<segment>` → "gross_profit." (null for a plain id). */
function patternPrefix(id: string): string | null {
  const at = id.indexOf("<");
  return at < 0 ? null : id.slice(0, at);
}

/**
 * The places the summary reads, from the catalog's declarations (entries first, in order: an exact id, then a
 * pattern such as `gross_profit.<segment>`) and the reported metrics' rules. Memoised per metric.
 */
export function placesOf(entries: readonly CatalogEntry[]): PlaceOf {
  const exact = new Map<string, MetricPlace>();
  const patterns: [prefix: string, place: MetricPlace][] = [];
  for (const e of entries) {
    const prefix = patternPrefix(e.id);
    if (prefix !== null) patterns.push([prefix, ranked(e.summary)]);
    else if (!exact.has(e.id)) exact.set(e.id, ranked(e.summary));
  }
  const reported = REPORTED.map(([test, place]) => [test, ranked(place)] as const);
  const other = ranked(OTHER);
  const memo = new Map<string, MetricPlace>();
  return (metric) => {
    const hit = memo.get(metric);
    if (hit !== undefined) return hit;
    const place =
      exact.get(metric) ??
      patterns.find(([prefix]) => metric.startsWith(prefix))?.[1] ??
      reported.find(([test]) => test(metric))?.[1] ??
      other;
    memo.set(metric, place);
    return place;
  };
}
