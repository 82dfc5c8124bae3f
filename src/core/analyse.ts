import type { SourceRange } from "./grid/types";
import type { Period } from "./periods/types";
import type { Dataset } from "./read/types";
import type { Issue } from "./validate/types";
import type { KpiKind, KpiValue } from "./compute/types";
import type { SummaryModel } from "./summarise/types";
import type { Settings } from "./settings";

/** Everything the core produces from one source range: read → validate → compute → summarise. */
export interface Analysis {
  dataset: Dataset;
  issues: Issue[];
  kpis: KpiValue[];
  highlights: string[];
  summary: SummaryModel;
}

/** The headless JSON contract of DESIGN.md (`quarterdeck compute --json`). */
export interface HeadlessJson {
  periods: Pick<Period, "label" | "kind" | "fiscalYear" | "quarter" | "start" | "end">[];
  values: { metric: string; label: string; period: string; kpi: KpiKind; value: number | null; display: string }[];
  issues: Issue[];
  highlights: string[];
}

/**
 * Run the whole core on one range. Never throws on bad figures: problems come back as issues.
 * `now` stamps the summary (tests pass a fixed date).
 */
export function analyse(range: SourceRange, settings: Settings, now: Date = new Date()): Analysis {
  void range;
  void settings;
  void now;
  throw new Error("analyse: not implemented yet");
}

export function toHeadlessJson(analysis: Analysis): HeadlessJson {
  void analysis;
  throw new Error("toHeadlessJson: not implemented yet");
}
