/**
 * Finding a line, a measure and a period of an analysis the way a user writes them in a formula: a line by its
 * label as written ("Total revenues", matched ignoring case and runs of spaces) or its metric id
 * ("revenue.total"); a period by its label as written ("4Q01"), or the latest period the line has a figure in.
 * Built once per analysis (kept beside it) so repeated calls only look up.
 */
import type { Analysis } from "../core/analyse";
import type { KpiKind, KpiValue } from "../core/compute/types";
import type { Period } from "../core/periods/types";
import { indexKpis, type KpiIndex } from "../core/summarise/lookup";

/** The measures a formula may ask for: the engine's own kinds, by the engine's names. */
export { KPI_KINDS } from "../core/compute/types";

/** A label or id as compared: trimmed, lower case, runs of spaces as one. */
export function normaliseName(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

export interface AnalysisLookup {
  /** The metric id of a line given by label or id, or null. */
  metricOf(line: string): string | null;
  /** The metric ids sharing a label when it names more than one line ("Others" of revenues and of costs), else []. */
  ambiguous(line: string): string[];
  /** The label of a metric as the figures (or the catalog) write it. */
  labelOf(metric: string): string;
  /** The period written `label` (matched trimmed, ignoring case), or null. */
  periodOf(label: string): Period | null;
  /** The latest period with a figure (value) of `metric`: quarters before years ending the same day. */
  latestOf(metric: string): Period | null;
  kpi(metric: string, period: string, kind: KpiKind): KpiValue | undefined;
}

const cache = new WeakMap<Analysis, AnalysisLookup>();

/** The periods of an analysis, latest first: by end date, a quarter before a longer period, later column first. */
function latestFirst(periods: readonly Period[]): Period[] {
  const rank = (p: Period): number => (p.kind === "quarter" ? 0 : 1);
  return periods
    .map((p, i) => ({ p, i }))
    .sort((a, b) =>
      a.p.end !== b.p.end ? (a.p.end < b.p.end ? 1 : -1) : rank(a.p) - rank(b.p) || b.i - a.i
    )
    .map(({ p }) => p);
}

function build(analysis: Analysis): AnalysisLookup {
  const byName = new Map<string, string>();
  const shared = new Map<string, string[]>();
  const labels = new Map<string, string>();
  const name = (label: string, metric: string, written: boolean): void => {
    const key = normaliseName(label);
    const first = byName.get(key);
    if (first === undefined) byName.set(key, metric);
    else if (first !== metric && written)
      shared.set(key, [...(shared.get(key) ?? [first]), metric]);
  };
  // Lines as written first, so a written label wins over a derived one of the same name; two written lines
  // of one label are ambiguous.
  for (const s of analysis.dataset.series) {
    labels.set(s.metric, s.label);
    name(s.label, s.metric, true);
  }
  const written = new Set(byName.keys());
  for (const k of analysis.kpiList) {
    if (labels.has(k.metric)) continue;
    labels.set(k.metric, k.label);
    if (!written.has(normaliseName(k.label))) name(k.label, k.metric, false);
  }
  const ids = new Map([...labels.keys()].map((id) => [id.toLowerCase(), id] as const));
  const periods = analysis.periods ?? analysis.dataset.periods;
  const byPeriod = new Map<string, Period>();
  for (const p of periods) {
    const key = normaliseName(p.label);
    if (!byPeriod.has(key)) byPeriod.set(key, p);
  }
  const ordered = latestFirst(periods);
  const index: KpiIndex = indexKpis(analysis.kpiList);
  const latest = new Map<string, Period | null>();
  return {
    metricOf(line) {
      const key = normaliseName(line);
      return ids.get(key) ?? byName.get(key) ?? null;
    },
    ambiguous(line) {
      const key = normaliseName(line);
      return ids.has(key) ? [] : (shared.get(key) ?? []);
    },
    labelOf: (metric) => labels.get(metric) ?? metric,
    periodOf: (label) => byPeriod.get(normaliseName(label)) ?? null,
    latestOf(metric) {
      if (!latest.has(metric))
        latest.set(
          metric,
          ordered.find((p) => index.value(metric, p.label, "value") !== null) ?? null
        );
      return latest.get(metric) ?? null;
    },
    kpi: (metric, period, kind) => index.get(metric, period, kind),
  };
}

/** The lookup of an analysis, built on first use and kept while the analysis is. */
export function lookupOf(analysis: Analysis): AnalysisLookup {
  let found = cache.get(analysis);
  if (!found) {
    found = build(analysis);
    cache.set(analysis, found);
  }
  return found;
}
