import type { KpiValue } from "../../core/compute/types";
import type { KpiList } from "../../core/compute/kpi-set";
import type { Issue, Severity } from "../../core/issue";

export interface IssueGroup {
  severity: Severity;
  issues: Issue[];
}

const ORDER: Severity[] = ["error", "warning", "info"];

/** Issues grouped by severity (errors first), empty groups left out, input order kept inside a group. */
export function groupBySeverity(issues: readonly Issue[]): IssueGroup[] {
  return ORDER.map((severity) => ({
    severity,
    issues: issues.filter((i) => i.severity === severity),
  })).filter((g) => g.issues.length > 0);
}

/**
 * The KPIs an issue leaves not meaningful: those of the issue's metric that are n.m. (value null) and
 * either belong to the issue's period or compare with it.
 */
export function affectedKpis(issue: Issue, kpis: KpiList): KpiValue[] {
  if (issue.metric === undefined) return [];
  const out: KpiValue[] = [];
  for (const k of kpis)
    if (
      k.value === null &&
      k.metric === issue.metric &&
      (issue.period === undefined || k.period === issue.period || k.base === issue.period)
    )
      out.push(k);
  return out;
}
