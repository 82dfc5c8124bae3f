import type { MetricId } from "./types";

/**
 * The user's corrections of how labels are read (`Settings.labelMap`): a label as written → the metric id chosen
 * for it. They apply before the synonyms, to every line whose label matches.
 */

/** Looks up the id a user chose for a label, or null when the label has no override. */
export type LabelOverride = (label: string) => MetricId | null;

/** No overrides: every label is read by the synonyms. */
export const NO_OVERRIDE: LabelOverride = () => null;

/** A label as matched against the label map: NFKC, lower case, runs of spaces as one, trimmed. */
export function labelMapKey(label: string): string {
  return label.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * A chosen id brought to the id rules: lower case, each dot-separated part made of letters, digits and "_"
 * (`"Revenue.SI"` → `revenue.si`, `"ops.IP contracts"` → `ops.ip_contracts`); null when nothing is left.
 */
export function cleanMetricId(id: string): MetricId | null {
  const parts = id
    .normalize("NFKC")
    .toLowerCase()
    .split(".")
    .map((part) => part.replace(/[^\p{L}\p{N}_]+/gu, "_").replace(/^_+|_+$/g, ""))
    .filter((part) => part !== "");
  return parts.length === 0 ? null : parts.join(".");
}

/**
 * The lookup of a label map. Entries whose label or id is empty (or not text, from a hand-edited workbook)
 * are left out; of two labels that match alike, the later entry wins.
 */
export function labelOverrides(map: Readonly<Record<string, MetricId>> | undefined): LabelOverride {
  if (map === undefined || map === null || typeof map !== "object") return NO_OVERRIDE;
  const index = new Map<string, MetricId>();
  for (const [label, id] of Object.entries(map)) {
    if (typeof id !== "string") continue;
    const key = labelMapKey(label);
    const metric = cleanMetricId(id);
    if (key !== "" && metric !== null) index.set(key, metric);
  }
  if (index.size === 0) return NO_OVERRIDE;
  return (label) => index.get(labelMapKey(label)) ?? null;
}
