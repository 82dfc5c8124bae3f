import type { SourceRange } from "./grid/types";
import type { Period } from "./periods/types";
import type { Dataset } from "./read/types";
import type { Issue, Severity } from "./validate/types";
import type { KpiKind, KpiValue } from "./compute/types";
import type { SummaryModel } from "./summarise/types";
import type { Settings } from "./settings";
import { readRange } from "./read";
import { validate } from "./validate";
import { computeKpis, kpiPeriods } from "./compute";
import { tieOut } from "./compute/tie-out";
import { resolveFxRate } from "./read/fx-rate";
import { buildHighlights, summarise } from "./summarise";

/** Everything the core produces from one source range: read → validate → compute → summarise. */
export interface Analysis {
  dataset: Dataset;
  issues: Issue[];
  kpis: KpiValue[];
  highlights: string[];
  summary: SummaryModel;
  /**
   * The periods KPIs are given for: the dataset's periods, then fiscal years the engine derived from
   * complete quarters where the input has no year column. Absent means `dataset.periods`.
   */
  periods?: Period[];
}

/** The headless JSON contract of DESIGN.md (`quarterdeck compute --json`). */
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

/** Cells the settings point at besides the figures, read with them. */
export interface AnalyseInputs {
  /** The cell of settings.fx = { cell } (one cell), when it could be read. */
  fxCell?: SourceRange;
}

/**
 * Run the whole core on one range. Never throws on bad figures: problems come back as issues.
 * `now` stamps the summary (tests pass a fixed date).
 */
export function analyse(
  range: SourceRange,
  settings: Settings,
  now: Date = new Date(),
  inputs: AnalyseInputs = {}
): Analysis {
  const fx = resolveFxRate(complete(settings), inputs.fxCell);
  const s = fx.settings;
  const read = readRange(range, s);
  const dataset = read.dataset;
  const kpis = computeKpis(dataset, s);
  const issues = sortIssues([
    ...fx.issues,
    ...read.issues,
    ...validate(dataset, s),
    ...tieOut(dataset, kpis),
  ]);
  const periods = kpiPeriods(dataset);
  const highlights = buildHighlights(dataset, kpis, { guidance: s.guidance, periods });
  const summary = summarise(dataset, issues, kpis, highlights, s, now, periods);
  return { dataset, issues, kpis, highlights, summary, periods };
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

/** DESIGN.md's headless contract: periods, values (every KPI; null where n.m.), issues, highlights. */
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
