import { SEGMENTS, SYNONYMS } from "./synonyms";
import type { MetricId } from "./types";

/** A metric of the vocabulary with the label it is best known by. */
export interface KnownMetric {
  id: MetricId;
  /** The first (English) label of its synonyms: "Total revenues" for `revenue.total`. */
  label: string;
}

let vocabulary: readonly KnownMetric[] | null = null;

/**
 * The metric ids the reader knows (DESIGN.md "Vocabulary"), from the synonym and segment tables: every id of
 * `SYNONYMS`, then each segment of `SEGMENTS` as a revenue line (`revenue.si`, "Systems integration") and a cost
 * line (`cost.si`, "Cost of systems integration").
 */
export function knownMetrics(): readonly KnownMetric[] {
  if (vocabulary) return vocabulary;
  const out: KnownMetric[] = [];
  for (const [id, labels] of Object.entries(SYNONYMS)) out.push({ id, label: labels[0] ?? id });
  for (const [slug, names] of Object.entries(SEGMENTS)) {
    const name = names[0] ?? slug;
    out.push({ id: `revenue.${slug}`, label: name });
    out.push({ id: `cost.${slug}`, label: `Cost of ${name.toLowerCase()}` });
  }
  vocabulary = out;
  return out;
}
