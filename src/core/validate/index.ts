/**
 * Dataset-level validation: `validate(dataset, settings)` → issues, each with a stable code, a severity, a plain
 * message, the cell address, metric and period. Never throws; reading issues (not-a-number, excel-error …) are the reader's.
 */
import type { Dataset } from "../read/types";
import type { Settings } from "../settings";
import type { Issue } from "./types";
import { checkBlankLatest } from "./blank-latest";
import { checkMissingPeriods } from "./missing-period";
import { checkOutliers } from "./outlier";
import { checkSigns } from "./sign";
import { buildTimeline, type Timeline } from "./timeline";
import { checkPeriodTotals, checkSegments } from "./totals";

export type { Issue, IssueCode, Severity } from "./types";
export { buildTimeline, safeCompare } from "./timeline";
export type { Timeline, TimelineEntry } from "./timeline";

type Check = (dataset: Dataset, timeline: Timeline) => Issue[];

const CHECKS: Check[] = [
  checkBlankLatest,
  checkMissingPeriods,
  checkPeriodTotals,
  (d) => checkSegments(d),
  (d) => checkSigns(d),
  checkOutliers,
];

/** One issue per cell and code; a segments mismatch on a total already flagged as a year-total mismatch is dropped. */
function dedupe(issues: Issue[]): Issue[] {
  const fyCells = new Set(
    issues.filter((i) => i.code === "fy-total-mismatch" && i.cell).map((i) => i.cell)
  );
  const seen = new Set<string>();
  return issues.filter((i) => {
    if (i.code === "segments-mismatch" && i.cell && fyCells.has(i.cell)) return false;
    const key = `${i.code}|${i.cell ?? ""}|${i.metric ?? ""}|${i.period ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validate(dataset: Dataset, settings: Settings): Issue[] {
  void settings;
  let timeline: Timeline;
  try {
    timeline = buildTimeline(dataset, false);
  } catch {
    return [];
  }
  const issues: Issue[] = [];
  for (const check of CHECKS) {
    try {
      issues.push(...check(dataset, timeline));
    } catch {
      // one failing check must not stop the others
    }
  }
  return dedupe(issues);
}
