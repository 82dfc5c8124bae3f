import type { Dataset } from "../read/types";
import { issueAt, type Issue } from "../issue";
import { valueAt } from "./values";
import { MESSAGES } from "./messages";

/** Metrics that cannot be negative: revenues, costs, and operating counts (subscribers, contracts, bandwidth). CAPEX is not checked: it may be given as an outflow. */
export function cannotBeNegative(metric: string): boolean {
  return metric.startsWith("revenue.") || metric.startsWith("cost.") || metric.startsWith("ops.");
}

/** impossible-sign (error): a negative figure where only zero or more makes sense. */
export function checkSigns(dataset: Dataset): Issue[] {
  const issues: Issue[] = [];
  for (const s of dataset.series) {
    if (!cannotBeNegative(s.metric)) continue;
    dataset.periods.forEach((p, column) => {
      const v = valueAt(s, column);
      if (v !== null && v < 0)
        issues.push(
          issueAt(
            "impossible-sign",
            "error",
            MESSAGES.impossibleSign(p.label, s.label, v),
            s,
            column,
            p.label
          )
        );
    });
  }
  return issues;
}
