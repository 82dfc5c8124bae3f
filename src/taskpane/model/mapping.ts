import { cleanMetricId, knownMetrics, labelMapKey } from "../../core/read";
import type { MetricId } from "../../core/read/types";
import type { MappingRow } from "./understanding";

/** The user's label corrections as kept in the settings (`Settings.labelMap`). */
export type LabelMap = Readonly<Record<string, MetricId>>;

/** One option of a metric picker: the id, and the label it is known by ("" for an id outside the vocabulary). */
export interface MetricChoice {
  id: MetricId;
  label: string;
  /** The Japanese label, when the vocabulary has one ("売上高"). */
  labelJa?: string;
  /** True for the id the user is typing, not yet one the reader knows or uses. */
  typed?: boolean;
}

/** The id the user chose for a label (matched as the reader matches it: trimmed, any case), if any. */
export function chosenMetric(labelMap: LabelMap | undefined, label: string): MetricId | undefined {
  if (!labelMap) return undefined;
  const key = labelMapKey(label);
  let found: MetricId | undefined;
  for (const [written, id] of Object.entries(labelMap)) {
    if (labelMapKey(written) === key) found = cleanMetricId(id) ?? undefined;
  }
  return found;
}

/** The label map with `label` mapped to `id`; an entry for the same label written otherwise is replaced. */
export function withChoice(labelMap: LabelMap | undefined, label: string, id: MetricId): LabelMap {
  return { ...withoutChoice(labelMap, label), [label.trim()]: id };
}

/** The label map without the user's choice for `label` (however it was written); undefined when none is left. */
export function withoutChoice(labelMap: LabelMap | undefined, label: string): LabelMap | undefined {
  const key = labelMapKey(label);
  const out: Record<string, MetricId> = {};
  for (const [written, chosen] of Object.entries(labelMap ?? {})) {
    if (labelMapKey(written) !== key) out[written] = chosen;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * What the mapping table shows for a row: the id the reader used, or the id the user chose for the label when
 * the last check did not read it yet (the reader's id may carry a `_2` suffix when another line has the id).
 * A row stays marked unknown until a metric is chosen for it.
 */
export function shownMapping(
  row: MappingRow,
  labelMap: LabelMap | undefined
): { metric: MetricId; unknown: boolean } {
  const chosen = chosenMetric(labelMap, row.label);
  if (chosen === undefined) return { metric: row.metric, unknown: row.unknown };
  const read = !row.unknown && (row.metric === chosen || row.metric.startsWith(`${chosen}_`));
  return { metric: read ? row.metric : chosen, unknown: false };
}

/**
 * The options of a metric picker: the vocabulary, the current id first when it is outside the vocabulary, and
 * the id being typed (cleaned to the id rules) when it is new.
 */
export function metricChoices(current: MetricId, typed: string): MetricChoice[] {
  const known = knownMetrics();
  const out: MetricChoice[] = known.map((k) =>
    k.labelJa === undefined
      ? { id: k.id, label: k.label }
      : { id: k.id, label: k.label, labelJa: k.labelJa }
  );
  if (!known.some((k) => k.id === current)) out.unshift({ id: current, label: "" });
  const id = typed.includes(".") || /_/.test(typed) ? cleanMetricId(typed) : null;
  if (id !== null && !out.some((c) => c.id === id)) out.push({ id, label: "", typed: true });
  return out;
}

/**
 * The choices whose id or labels (English or Japanese) hold every word of the query (any case); all of them for
 * an empty query.
 */
export function filterChoices(choices: readonly MetricChoice[], query: string): MetricChoice[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return choices.slice();
  return choices.filter((c) => {
    if (c.typed) return true;
    const text = `${c.id} ${c.label} ${c.labelJa ?? ""}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
