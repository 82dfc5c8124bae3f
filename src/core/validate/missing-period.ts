import { formatPeriod, periodKey, qoqBaseKey, yoyBaseKey } from "../periods";
import type { Period } from "../periods/types";
import type { Dataset } from "../read/types";
import type { Issue } from "../issue";
import type { Timeline, TimelineEntry } from "../timeline";
import { safeCompare } from "../timeline";
import { MESSAGES } from "./messages";
import { cellAddress } from "../grid";

function shiftMonths(iso: string, months: number, endOfMonth: boolean): string {
  const [y = "2000", m = "1"] = iso.split("-");
  const index = Number(y) * 12 + Number(m) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = endOfMonth ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The period right after `p` (next quarter, or next fiscal year). */
function nextPeriod(p: Period): Omit<Period, "label"> {
  const months = p.kind === "quarter" ? 3 : 12;
  const start = shiftMonths(p.start, months, false);
  const end = shiftMonths(p.end, months, true);
  if (p.kind === "quarter" && p.quarter !== undefined) {
    const q = p.quarter === 4 ? 1 : p.quarter + 1;
    return {
      kind: "quarter",
      fiscalYear: p.quarter === 4 ? p.fiscalYear + 1 : p.fiscalYear,
      quarter: q,
      start,
      end,
    };
  }
  return { kind: "year", fiscalYear: p.fiscalYear + 1, start, end };
}

function firstCellOf(dataset: Dataset, column: number | null): string | undefined {
  if (column === null) return undefined;
  for (const s of dataset.series) {
    const ref = s.cells[column];
    if (ref) return cellAddress(ref);
  }
  return undefined;
}

/**
 * missing-period (warning): a gap in the sequence of quarters (3Q00 absent between 2Q00 and 4Q00),
 * or of fiscal years. Reported on the period after the gap.
 */
export function checkMissingPeriods(dataset: Dataset, timeline: Timeline): Issue[] {
  const issues: Issue[] = [];
  for (const kind of ["quarter", "year"] as const) {
    const list: TimelineEntry[] = timeline.entries
      .filter((e) => e.column !== null && e.period.kind === kind)
      .sort((a, b) => safeCompare(a.period, b.period));
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const next = list[i];
      if (!prev || !next || prev.key === next.key) continue;
      const base = kind === "quarter" ? qoqBaseKey(next.period) : yoyBaseKey(next.period);
      if (base === null || base === prev.key) continue;
      const missing = nextPeriod(prev.period);
      let label: string | null = null;
      try {
        label = formatPeriod(missing, dataset.calendar, prev.period.label);
      } catch {
        label = null;
      }
      const onlyOne = base === periodKey(missing);
      const message =
        label && onlyOne
          ? MESSAGES.missingPeriod(label, prev.period.label, next.period.label)
          : MESSAGES.missingPeriods(prev.period.label, next.period.label);
      const issue: Issue = {
        severity: "warning",
        code: "missing-period",
        message,
        period: next.period.label,
      };
      const cell = firstCellOf(dataset, next.column);
      if (cell) issue.cell = cell;
      issues.push(issue);
    }
  }
  return issues;
}
