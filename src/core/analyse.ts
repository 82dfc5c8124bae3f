import type { SourceRange } from "./grid/types";
import type { Period } from "./periods/types";
import type { Dataset } from "./read/types";
import type { Issue, Severity } from "./issue";
import type { KpiKind, KpiValue } from "./compute/types";
import type { SummaryModel } from "./summarise/types";
import type { Settings } from "./settings";
import { readSources } from "./read";
import { validate } from "./validate";
import {
  buildContext,
  catalog,
  computeKpiSet,
  placesOf,
  type CatalogEntry,
  type FigureContext,
} from "./compute";
import { tieOut } from "./compute/tie-out";
import { KpiSet, type KpiList } from "./compute/kpi-set";
import { resolveFxRate } from "./read/fx-rate";
import { buildHighlights, summarise } from "./summarise";
import { buildTimeline, type Timeline } from "./timeline";

/** Everything the core produces from one source range: read → validate → compute → summarise. */
export interface Analysis {
  dataset: Dataset;
  issues: Issue[];
  /**
   * Every KPI as an object, made on first read (`withKpis`): a refresh that writes the summary never needs them.
   * Readers of many KPIs read `kpiList` instead.
   */
  kpis: KpiValue[];
  /** The same KPIs as a list read position by position (no object each); `kpis` when there is no computation. */
  kpiList: KpiList;
  highlights: string[];
  summary: SummaryModel;
  /**
   * The periods KPIs are given for: the dataset's periods, then fiscal years the engine derived from
   * complete quarters where the input has no year column. Absent means `dataset.periods`.
   */
  periods?: Period[];
  /** The reader's verdict that the source holds no figures: then nothing was validated or computed. */
  noFigures?: Issue;
}

/** The headless JSON contract (docs/DESIGN.md "Headless contract"; `quarterdeck compute --json`). */
export interface HeadlessJson {
  periods: Pick<Period, "label" | "kind" | "fiscalYear" | "quarter" | "start" | "end">[];
  values: {
    metric: string;
    label: string;
    period: string;
    kpi: KpiKind;
    value: number | null;
    display: string;
  }[];
  issues: Issue[];
  highlights: string[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Issues with errors first, then warnings, then notes; the order within a severity is kept. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        (SEVERITY_RANK[a.issue.severity] ?? 3) - (SEVERITY_RANK[b.issue.severity] ?? 3) || a.i - b.i
    )
    .map(({ issue }) => issue);
}

/** Settings as stored may lack the lists; the core always sees them. */
function complete(settings: Settings): Settings {
  return { ...settings, ratioKpis: settings.ratioKpis ?? [], guidance: settings.guidance ?? [] };
}

/** The settings' guidance, then the input's own forecasts for metrics and periods the settings do not guide. */
function withInputGuidance(settings: Settings, dataset: Dataset): Settings {
  if (!dataset.guidance || dataset.guidance.length === 0) return settings;
  const given = new Set(settings.guidance.map((g) => `${g.metric}|${g.period}`));
  const added = dataset.guidance.filter((g) => !given.has(`${g.metric}|${g.period}`));
  return { ...settings, guidance: [...settings.guidance, ...added] };
}

/** Cells the settings point at besides the figures, read with them. */
export interface AnalyseInputs {
  /** The cell of settings.fx = { cell } (one cell), when it could be read. */
  fxCell?: SourceRange;
  /** KPIs computed besides the catalog's own (catalog entries, after the built-in ones, before ratio KPIs). */
  extraKpis?: readonly CatalogEntry[];
}

/** The dataset's timeline (periods and derived fiscal years), or null when it cannot be built. */
function timelineOf(dataset: Dataset): Timeline | null {
  try {
    return buildTimeline(dataset);
  } catch {
    return null;
  }
}

/** The compute context over the analysis's timeline and catalog, or null when it cannot be built. */
function contextOf(
  dataset: Dataset,
  settings: Settings,
  timeline: Timeline,
  entries: readonly CatalogEntry[]
): FigureContext | null {
  try {
    return buildContext(dataset, settings, timeline, entries);
  } catch {
    return null;
  }
}

/**
 * Run the whole core on one range, or on several read into one dataset (`readSources`). Never throws on bad figures: problems come back as issues.
 * `now` stamps the summary (tests pass a fixed date). The fiscal timeline and the compute context are built
 * once here and shared by validation, the engine and the summary; a range the reader finds without figures
 * stops after reading, with the reader's issue.
 */
export function analyse(
  range: SourceRange | readonly SourceRange[],
  settings: Settings,
  now: Date = new Date(),
  inputs: AnalyseInputs = {}
): Analysis {
  const fx = resolveFxRate(complete(settings), inputs.fxCell);
  // several ranges (the sheets of a pack) are read each on its own and merged into one dataset
  const read = readSources(Array.isArray(range) ? range : [range as SourceRange], fx.settings);
  const dataset = read.dataset;
  const s = withInputGuidance(fx.settings, dataset);
  const entries = catalog(s.ratioKpis, inputs.extraKpis);
  const places = placesOf(entries);
  if (read.noFigures) {
    const issues = sortIssues([...fx.issues, ...read.issues]);
    const summary = summarise(dataset, issues, [], [], s, now, dataset.periods, places);
    return {
      dataset,
      issues,
      kpis: [],
      kpiList: [],
      highlights: [],
      summary,
      periods: dataset.periods,
      noFigures: read.noFigures,
    };
  }
  const timeline = timelineOf(dataset);
  const context = timeline && contextOf(dataset, s, timeline, entries);
  const kpis: KpiList = context ? computeKpiSet(dataset, s, context) : [];
  const issues = sortIssues([
    ...fx.issues,
    ...read.issues,
    ...validate(dataset, s, timeline),
    ...tieOut(dataset, kpis),
  ]);
  const periods = timeline ? timeline.entries.map((e) => e.period) : dataset.periods;
  const highlights = buildHighlights(dataset, kpis, { guidance: s.guidance, periods });
  const summary = summarise(dataset, issues, kpis, highlights, s, now, periods, places);
  return withKpis({ dataset, issues, kpiList: kpis, highlights, summary, periods });
}

/**
 * The analysis with `kpis` made from `kpiList` on first read (then kept): one object per KPI, a million for a big
 * book, only when a reader asks for them as objects.
 */
export function withKpis(analysis: Omit<Analysis, "kpis">): Analysis {
  let objects: KpiValue[] | undefined;
  return Object.defineProperty(analysis, "kpis", {
    enumerable: true,
    configurable: true,
    get: (): KpiValue[] => {
      const list = analysis.kpiList;
      objects ??= list instanceof KpiSet ? list.toArray() : [...list];
      return objects;
    },
    set: (value: KpiValue[]) => {
      objects = value;
    },
  }) as Analysis;
}

function periodJson(p: Period): HeadlessJson["periods"][number] {
  const out: HeadlessJson["periods"][number] = {
    label: p.label,
    kind: p.kind,
    fiscalYear: p.fiscalYear,
    start: p.start,
    end: p.end,
  };
  if (p.quarter !== undefined) out.quarter = p.quarter;
  return out;
}

/** The headless contract (docs/DESIGN.md): periods, values (every KPI; null where n.m.), issues, highlights. */
export function toHeadlessJson(analysis: Analysis): HeadlessJson {
  return {
    periods: (analysis.periods ?? analysis.dataset.periods).map(periodJson),
    values: analysis.kpis.map((k) => ({
      metric: k.metric,
      label: k.label,
      period: k.period,
      kpi: k.kpi,
      value: k.value !== null && Number.isFinite(k.value) ? k.value : null,
      display: k.display,
    })),
    issues: analysis.issues,
    highlights: analysis.highlights,
  };
}
