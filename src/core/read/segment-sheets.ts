/**
 * Segment sheets: a results pack with a group P&L and a sheet per segment ("Mobile", "Fixed"), each sheet giving
 * the same lines ("Revenue", "Operating income") with its own figures. Such sheets are first kept apart as
 * businesses (`businesses.ts`: their figures all differ from the group's); they are read as segments — the
 * segment tables of one range across sheets, through the same decision and renaming (`segmentRuns`), each sheet
 * a table titled by its sheet's name — when the evidence says so:
 *
 * - a group sheet remains (a source of the group giving total revenue);
 * - two sheets at least, each a business of one source, repeat the same lines with other figures, under names
 *   that are no lines of the statement, no two alike (the segment tables' rule) and none Excel's ("Sheet2");
 * - in every period where the group and every such sheet give revenue, the sheets' revenues add up to no more
 *   than the group's total, within rounding (`tolerance.ts`); and in one period at least they can be compared.
 *
 * Otherwise nothing changes (the sheets stay businesses) and, when two sheets or more were candidates, an info
 * issue names them and says why.
 */
import type { Issue } from "../issue";
import { periodKey } from "../periods";
import { seriesHalfUnit, withinTolerance } from "../tolerance";
import { where } from "./businesses";
import { createContext } from "./context";
import { segmentRuns, type OpenRun } from "./segment-runs";
import { lineKey, sameKeys } from "./segment-tables";
import type { Dataset, MetricId, Series } from "./types";

/** What was decided: the sources read as segments (by index), each with its lines' old → new metric; the notes. */
export interface SegmentSheets {
  moved: Map<number, Map<MetricId, MetricId>>;
  notes: Issue[];
}

const quote = (names: readonly string[]): string => {
  const q = names.map((n) => `“${n}”`);
  return q.length <= 1 ? q.join("") : `${q.slice(0, -1).join(", ")} and ${q[q.length - 1] ?? ""}`;
};

export const segmentSheetMessages = {
  read: (sheets: readonly string[], group: string, example: string): string =>
    `The sheets ${quote(sheets)} repeat the same lines with their own figures, and their revenues do not ` +
    `exceed the total revenue of ${group}: each is read as a segment of the group (${example} …), with its ` +
    `share of the group's totals and margins over its own revenue.`,
  exceed: (
    sheets: readonly string[],
    group: string,
    period: string,
    sum: string,
    total: string
  ): string =>
    `The sheets ${quote(sheets)} repeat the same lines, but their revenues for ${period} add up to ${sum}, ` +
    `more than the total revenue of ${group} (${total}): they are not read as segments of the group, and each ` +
    `is kept apart as a business of its own.`,
  noRevenue: (sheets: readonly string[], group: string): string =>
    `The sheets ${quote(sheets)} repeat the same lines, but their revenues cannot be compared with the total ` +
    `revenue of ${group} in any period: they are not read as segments of the group, and each is kept apart ` +
    `as a business of its own.`,
  undecided: (sheets: readonly string[]): string =>
    `The sheets ${quote(sheets)} each give their own figures, but they do not repeat the same lines under ` +
    `names of segments: they are not read as segments of the group, and each is kept apart as a business of ` +
    `its own.`,
};

const REVENUE = "revenue.total";

/** Names Excel gives new sheets. */
const GENERIC_SHEET = /^(sheet|feuil|tabelle|hoja|foglio|シート)\s*\d+$/iu;

const revenueOf = (d: Dataset): Series | undefined => d.series.find((s) => s.metric === REVENUE);

const fmt = (v: number): string =>
  v.toLocaleString("en-US", { maximumFractionDigits: 6, useGrouping: true });

/** A source's figures by period key, in units of one, each with its half unit. */
function revenueByPeriod(d: Dataset): Map<string, { value: number; half: number }> {
  const out = new Map<string, { value: number; half: number }>();
  const s = revenueOf(d);
  if (!s) return out;
  const half = seriesHalfUnit(s.values, s.factor) * s.unit.scale;
  s.values.forEach((v, j) => {
    const p = d.periods[j];
    if (v !== null && p) out.set(periodKey(p), { value: v * s.unit.scale, half });
  });
  return out;
}

/**
 * Whether the candidates' revenues exceed the group's: the first period (by the group's order) where they do,
 * "none" when none does and one period at least compares, "unknown" when no period compares.
 */
function revenueCheck(
  group: Dataset,
  parts: readonly Dataset[]
):
  | { kind: "fits" }
  | { kind: "unknown" }
  | { kind: "exceeds"; period: string; sum: number; total: number } {
  const total = revenueByPeriod(group);
  const each = parts.map(revenueByPeriod);
  let compared = 0;
  for (const p of group.periods) {
    const key = periodKey(p);
    const t = total.get(key);
    if (!t) continue;
    const got = each.map((m) => m.get(key));
    if (got.some((g) => g === undefined)) continue;
    compared++;
    let sum = 0;
    let tol = t.half;
    for (const g of got) {
      sum += (g as { value: number }).value;
      tol += (g as { half: number }).half;
    }
    if (sum > t.value && !withinTolerance(sum, t.value, tol))
      return { kind: "exceeds", period: p.label, sum, total: t.value };
  }
  return compared > 0 ? { kind: "fits" } : { kind: "unknown" };
}

/** The keys of a source's lines, as segment tables compare them. */
const keysOf = (d: Dataset): string[] => d.series.map((s) => lineKey(s.label, s.metric));

/**
 * Decide and rename segment sheets (see the file's comment). `apart[i]` is the business source `i` was put in
 * (null: the group's); the datasets of the sheets read as segments are renamed in place.
 */
export function readSegmentSheets(
  datasets: readonly Dataset[],
  apart: readonly (string | null)[]
): SegmentSheets {
  const moved = new Map<number, Map<MetricId, MetricId>>();
  const notes: Issue[] = [];
  const perBusiness = new Map<string, number[]>();
  apart.forEach((e, i) => {
    if (e !== null) perBusiness.set(e, [...(perBusiness.get(e) ?? []), i]);
  });
  const candidates = [...perBusiness.values()]
    .filter((g) => g.length === 1)
    .map((g) => g[0] as number)
    .filter((i) => (datasets[i] as Dataset).source.sheet.trim() !== "")
    .sort((a, b) => a - b);
  const groupSheet = datasets.find((d, i) => apart[i] === null && revenueOf(d) !== undefined);
  if (candidates.length < 2 || !groupSheet) return { moved, notes };
  const parts = candidates.map((i) => datasets[i] as Dataset);
  const sheets = parts.map((d) => d.source.sheet);
  const group = where(groupSheet);
  const info = (message: string): Issue => ({ severity: "info", code: "source-entity", message });
  const first = keysOf(parts[0] as Dataset);
  // a sheet Excel named ("Sheet2") names no segment
  if (
    sheets.some((n) => GENERIC_SHEET.test(n.trim())) ||
    !parts.every((d) => sameKeys(keysOf(d), first))
  ) {
    notes.push(info(segmentSheetMessages.undecided(sheets)));
    return { moved, notes };
  }
  const check = revenueCheck(groupSheet, parts);
  if (check.kind === "unknown") {
    notes.push(info(segmentSheetMessages.noRevenue(sheets, group)));
    return { moved, notes };
  }
  if (check.kind === "exceeds") {
    const unit = groupSheet.money.scale;
    notes.push(
      info(
        segmentSheetMessages.exceed(
          sheets,
          group,
          check.period,
          `${fmt(check.sum / unit)} ${groupSheet.money.label}`,
          `${fmt(check.total / unit)} ${groupSheet.money.label}`
        )
      )
    );
    return { moved, notes };
  }
  // the segment tables' decision and renaming, each sheet a table titled by its name
  const before = parts.map((d) => d.series.map((s) => s.metric));
  const runs = parts.map((d): OpenRun => ({
    title: d.source.sheet,
    cell: where(d),
    series: d.series,
    periods: d.periods.map(periodKey),
    scale: d.money.scale,
  }));
  const ctx = createContext("", "A1");
  const { inTable } = segmentRuns(
    ctx,
    parts.map((d, k) => ({ read: d, runs: [runs[k] as OpenRun] }))
  );
  const read: string[] = [];
  let example = "";
  parts.forEach((d, k) => {
    if (!d.series.some((s) => inTable.has(s))) return;
    const map = new Map<MetricId, MetricId>();
    d.series.forEach((s, n) => {
      const old = (before[k] as MetricId[])[n];
      if (old !== undefined && old !== s.metric) map.set(old, s.metric);
    });
    moved.set(candidates[k] as number, map);
    read.push(d.source.sheet);
    if (example === "") example = d.series[0]?.metric ?? "";
  });
  if (read.length > 0) notes.push(info(segmentSheetMessages.read(read, group, example)));
  else notes.push(info(segmentSheetMessages.undecided(sheets)));
  return { moved, notes };
}
