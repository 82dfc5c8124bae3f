import { SEGMENTS, SYNONYMS } from "./synonyms";
import type { MetricId } from "./types";

/** A metric of the vocabulary with the label it is best known by. */
export interface KnownMetric {
  id: MetricId;
  /** The first (English) label of its synonyms: "Total revenues" for `revenue.total`. */
  label: string;
  /** Its first Japanese label, when the synonyms have one: "売上高" for `revenue.total`. */
  labelJa?: string;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** The first Japanese label among `labels`. */
function japaneseOf(labels: readonly string[]): string | undefined {
  return labels.find((l) => JAPANESE.test(l));
}

let vocabulary: readonly KnownMetric[] | null = null;

/**
 * The metric ids the reader knows (docs/DESIGN.md "Vocabulary"), from the synonym and segment tables: every id of
 * `SYNONYMS`, then each segment of `SEGMENTS` as a revenue line (`revenue.si`, "Systems integration") and a cost
 * line (`cost.si`, "Cost of systems integration").
 */
export function knownMetrics(): readonly KnownMetric[] {
  if (vocabulary) return vocabulary;
  const out: KnownMetric[] = [];
  const known = (id: MetricId, label: string, labelJa: string | undefined): KnownMetric =>
    labelJa === undefined ? { id, label } : { id, label, labelJa };
  for (const [id, labels] of Object.entries(SYNONYMS))
    out.push(known(id, labels[0] ?? id, japaneseOf(labels)));
  for (const [slug, names] of Object.entries(SEGMENTS)) {
    const name = names[0] ?? slug;
    const ja = japaneseOf(names);
    out.push(known(`revenue.${slug}`, name, ja));
    out.push(known(`cost.${slug}`, `Cost of ${name.toLowerCase()}`, ja && `${ja}原価`));
  }
  vocabulary = out;
  return out;
}
