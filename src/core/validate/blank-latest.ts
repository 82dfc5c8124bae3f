import type { Dataset } from "../read/types";
import type { Timeline } from "../timeline";
import { safeCompare } from "../timeline";
import { issueAt, type Issue } from "../issue";
import { valueAt } from "./values";
import { MESSAGES } from "./messages";

/**
 * blank-latest (warning): a metric with no value in the latest period (of each kind: quarter, half, year…)
 * that other metrics have, while it has values elsewhere. Rates are not checked in years and halves (not aggregated).
 */
export function checkBlankLatest(dataset: Dataset, timeline: Timeline): Issue[] {
  const latestByKind = new Map<string, number>();
  for (const e of timeline.entries) {
    if (e.column === null) continue;
    const cur = latestByKind.get(e.period.kind);
    const curPeriod = cur === undefined ? undefined : dataset.periods[cur];
    if (curPeriod === undefined || safeCompare(e.period, curPeriod) > 0)
      latestByKind.set(e.period.kind, e.column);
  }
  const issues: Issue[] = [];
  for (const [kind, column] of latestByKind) {
    const period = dataset.periods[column];
    if (!period) continue;
    const filled = dataset.series.filter((s) => valueAt(s, column) !== null).length;
    if (filled === 0) continue;
    for (const s of dataset.series) {
      if (valueAt(s, column) !== null) continue;
      if (s.nature === "rate" && kind !== "quarter" && kind !== "month") continue;
      if (!s.values.some((v) => v !== null && Number.isFinite(v))) continue;
      issues.push(
        issueAt(
          "blank-latest",
          "warning",
          MESSAGES.blankLatest(period.label, s.label),
          s,
          column,
          period.label
        )
      );
    }
  }
  return issues;
}
