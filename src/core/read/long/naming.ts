/** Metric naming of a long table's series: "account (segment)" labels, metric ids, natures. */
import type { Settings } from "../../settings";
import { labelOverrides, NO_OVERRIDE, type LabelOverride } from "../label-map";
import { looksLikeId, natureOf, stockMetric } from "../metrics";
import { metricForLabel, segmentSlug, slugify } from "../synonyms";
import type { MetricId, MetricNature, Unit } from "../types";

const TOTAL_SEGMENTS = /^(total|all|consolidated|group|company[- ]wide|合計|全社|連結|計)$/i;

/** The label a series of a long table is shown by: "Revenue (SI)" for an account and segment. */
export function longLabel(label: string, segment: string): string {
  return segment ? `${label} (${segment})` : label;
}

/**
 * Metric id of an account [and segment]: the user's override of "account (segment)" or of the account, ids as is,
 * synonyms, segments under `revenue.`/`cost.`, slugs otherwise.
 */
export function longMetric(
  label: string,
  segment: string,
  overrideOf: LabelOverride = NO_OVERRIDE
): { metric: MetricId; unknownLabel: boolean } {
  const t = label.trim();
  const seg = segment.trim();
  const whole = seg === "" ? null : overrideOf(longLabel(t, seg));
  if (whole !== null) return { metric: whole, unknownLabel: false };
  let base = overrideOf(t) ?? (looksLikeId(t) && t.includes(".") ? t : metricForLabel(t));
  const unknownLabel = base === null;
  base ??= slugify(t);
  if (seg === "" || TOTAL_SEGMENTS.test(seg)) return { metric: base, unknownLabel };
  const family = base === "revenue.total" ? "revenue" : base === "cost.total" ? "cost" : base;
  return { metric: `${family}.${segmentSlug(seg)}`, unknownLabel };
}

export interface SeriesNames {
  metrics: { metric: MetricId; unknownLabel: boolean }[];
  natures: MetricNature[];
  /** Named by the user (label map) or by an id: kept as is when the structure of totals is decided. */
  fixed: boolean[];
}

/**
 * Ids and natures of the series (label, segment, unit by series index): a second series mapped to the same id
 * gets `_2`, `_3`…; an unknown stock ("Headcount") is named as a stock.
 */
export function nameSeries(
  labels: readonly string[],
  segments: readonly string[],
  units: readonly (Unit | null)[],
  settings: Settings
): SeriesNames {
  const used = new Map<string, number>();
  const overrideOf = labelOverrides(settings.labelMap);
  const metrics = labels.map((label, s) => {
    const m = longMetric(label, segments[s] ?? "", overrideOf);
    const seen = used.get(m.metric) ?? 0;
    used.set(m.metric, seen + 1);
    if (seen > 0) m.metric = `${m.metric}_${seen + 1}`;
    return m;
  });
  const natures: MetricNature[] = metrics.map((m, s) =>
    natureOf(m.metric, labels[s] ?? "", units[s] ?? null)
  );
  metrics.forEach((m, s) => {
    if (m.unknownLabel && natures[s] === "stock" && !segments[s])
      m.metric = stockMetric(labels[s] ?? "");
  });
  const fixed = labels.map(
    (label, s) =>
      overrideOf(longLabel(label, segments[s] ?? "")) !== null ||
      overrideOf(label) !== null ||
      (looksLikeId(label) && label.includes("."))
  );
  return { metrics, natures, fixed };
}
