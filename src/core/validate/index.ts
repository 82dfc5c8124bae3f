/**
 * Dataset-level validation: `validate(dataset, settings)` → issues, each with a stable code, a severity, a plain
 * message, the cell address, metric and period. Never throws; reading issues (not-a-number, excel-error …) are the reader's.
 */
import type { Dataset } from "../read/types";
import type { Settings } from "../settings";
import type { Issue } from "../issue";
import { buildTimeline, type Timeline } from "../timeline";
import { checkBlankLatest } from "./blank-latest";
import { checkMissingPeriods } from "./missing-period";
import { checkOutliers } from "./outlier";
import { checkSigns } from "./sign";
import { checkPeriodTotals, checkSegments } from "./totals";

type Check = (dataset: Dataset, timeline: Timeline) => Issue[];

const CHECKS: Check[] = [
  checkBlankLatest,
  checkMissingPeriods,
  checkPeriodTotals,
  (d) => checkSegments(d),
  (d) => checkSigns(d),
  checkOutliers,
];

function timelineOf(dataset: Dataset): Timeline | null {
  try {
    return buildTimeline(dataset, false);
  } catch {
    return null;
  }
}

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

/**
 * Every check over the dataset. `timeline` is the analysis's (built once and shared with the engine); the checks
 * look only at its entries with a column (derived years have none). Built here when not given.
 */
export function validate(
  dataset: Dataset,
  settings: Settings,
  timeline: Timeline | null = timelineOf(dataset)
): Issue[] {
  void settings;
  if (timeline === null) return [];
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
