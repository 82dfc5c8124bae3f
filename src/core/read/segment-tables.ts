/**
 * Segment tables: one range holding several small tables, each titled by a segment ("Mobile", "Fixed") and
 * repeating the same lines ("Revenue", "Operating income"). Each titled table is read as a segment: its lines
 * become `<metric>.<segment>` (`revenue.mobile`, `operating_income.mobile`), a table titled "Total" / "Group"
 * keeps the group's metrics. Decided from evidence only: every table whose lines repeat another's must have a
 * title right above it, no title may itself be a line of the statement ("Revenue"), and the tables must hold
 * the same lines. Otherwise nothing is renamed (the repeated lines stay one metric, as before) and a warning
 * names the cell that stopped the decision.
 */
import type { IssueCode, Severity } from "../issue";
import { listLines, type NamedLine } from "./structure-messages";
import { metricForLabel, normaliseLabel, segmentSlug } from "./synonyms";
import type { MetricId } from "./types";

/** A run of lines of a table: the title right above it and a key per line (its label and metric). */
export interface TitledRun {
  /** The title as written ("Mobile"), "" when none sits right above the run. */
  title: string;
  /** Address of the title cell, else of the run's first line. */
  cell: string;
  /** One key per line: `lineKey(label, metric)`. */
  keys: string[];
}

/** What a run is read as: a segment's table, the group's table, or lines as they are. */
export type RunRole =
  { kind: "segment"; segment: string; title: string } | { kind: "group" } | { kind: "plain" };

export interface SegmentNote {
  severity: Severity;
  code: IssueCode;
  message: string;
  cell: string;
}

export interface SegmentDecision {
  roles: RunRole[];
  notes: SegmentNote[];
  /** The runs that repeat each other's lines when the doubt left them as they are (by index), else empty. */
  undecided: number[];
}

/** Titles of the group's own table. */
const GROUP_TITLES =
  /^(total|group|group total|total group|consolidated|group consolidated|total company|company total|連結|連結合計|合計|全社|全社合計)$/u;

/** Whether a table's title names the group rather than a segment. */
export function isGroupTitle(title: string): boolean {
  return GROUP_TITLES.test(normaliseLabel(title));
}

/** A metric without the `_2`, `_3` suffix duplicate lines of one block get. */
export function baseMetric(metric: MetricId): MetricId {
  return metric.replace(/_\d+$/, "");
}

/** A line as compared between tables: its label and its metric (duplicate suffix dropped). */
export function lineKey(label: string, metric: MetricId): string {
  return `${normaliseLabel(label)}|${baseMetric(metric)}`;
}

/** A segment's metric of a line: `revenue.total` → `revenue.mobile`, `operating_income` → `operating_income.mobile`. */
export function segmentMetric(metric: MetricId, segment: string): MetricId {
  const base = baseMetric(metric);
  const total = /^(revenue|cost)\.total$/.exec(base);
  return total ? `${total[1] ?? ""}.${segment}` : `${base}.${segment}`;
}

/** The label of a segment's line: the segment's name for its revenue, else "Operating income — Mobile". */
export function segmentLabel(label: string, metric: MetricId, title: string): string {
  return metric.startsWith("revenue.") ? title.trim() : `${label.trim()} — ${title.trim()}`;
}

const q = (text: string): string => `“${text.trim()}”`;

export const segmentMessages = {
  read: (segments: readonly NamedLine[], group: NamedLine | null, example: string): string =>
    `The tables titled ${listLines(segments)} repeat the same lines: each is read as a segment ` +
    `(${example} …)${group ? `, and “${group.label}” (${group.cell}) as the group's figures` : ""}.`,
  untitled: (cell: string): string =>
    `The lines from ${cell} repeat the lines of another table, but no title sits right above them: the ` +
    `tables are not read as segments, and each repeated line is read as one line of figures. Add the ` +
    `segment's name on the row above ${cell}.`,
  metricTitle: (title: string, cell: string): string =>
    `The title ${q(title)} (${cell}) is itself a line of the statement, not a segment's name: the tables ` +
    `whose lines repeat are not read as segments, and each repeated line is read as one line of figures.`,
  differ: (a: NamedLine, b: NamedLine): string =>
    `The tables titled ${q(a.label)} (${a.cell}) and ${q(b.label)} (${b.cell}) repeat some lines but not all: ` +
    `they are not read as segments, and each repeated line is read as one line of figures. Give every ` +
    `segment's table the same lines.`,
  sameName: (a: NamedLine, b: NamedLine): string =>
    `The tables titled ${q(a.label)} (${a.cell}) and ${q(b.label)} (${b.cell}) name the same segment: they ` +
    `are not read as segments, and each repeated line is read as one line of figures.`,
  oneSegment: (cell: string): string =>
    `Only one table (${cell}) besides the group's repeats the group's lines: it is not read as a segment.`,
  repeatedInTable: (label: string, cells: readonly string[]): string =>
    `“${label.trim()}” is given ${cells.length} times in one table with other figures (${cells.join(", ")}), ` +
    `and the tables it is repeated in are not read as segments: none of them is used, and the KPIs that need ` +
    `the line are n.m.`,
  notRepeated: (title: string, cell: string): string =>
    `The title ${q(title)} (${cell}) is not followed by lines that repeat the segment tables' lines: its ` +
    `lines are read as they are, not as a segment's.`,
};

/**
 * Whether runs `i` and `j` give the line `key` differently: the same figures given twice are one line shown
 * twice (a summary and a detail table), not two segments.
 */
export type Clash = (i: number, j: number, key: string) => boolean;

/**
 * Runs that give a line another run gives too, with other figures, and share at least half the lines of the
 * shorter of the two (two sections of a statement that both end in "Other" are no segment tables): by index.
 */
function repeating(runs: readonly TitledRun[], clash: Clash): Set<number> {
  const byKey = new Map<string, number[]>();
  runs.forEach((run, i) => {
    for (const key of new Set(run.keys)) {
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  const pairs = new Map<string, { j: number; i: number; shared: number; clash: boolean }>();
  for (const [key, list] of byKey) {
    for (let b = 1; b < list.length; b++)
      for (let a = 0; a < b; a++) {
        const j = list[a] as number;
        const i = list[b] as number;
        const id = `${j} ${i}`;
        const pair = pairs.get(id) ?? { j, i, shared: 0, clash: false };
        pair.shared++;
        pair.clash ||= clash(j, i, key);
        pairs.set(id, pair);
      }
  }
  const out = new Set<number>();
  const size = (k: number): number => new Set((runs[k] as TitledRun).keys).size;
  for (const { j, i, shared, clash: differs } of pairs.values())
    if (differs && shared * 2 >= Math.min(size(i), size(j))) {
      out.add(i);
      out.add(j);
    }
  return out;
}

export function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  if (x.size !== y.size) return false;
  for (const k of x) if (!y.has(k)) return false;
  return true;
}

const plain = (runs: readonly TitledRun[]): RunRole[] => runs.map(() => ({ kind: "plain" }));

/** Why the repeating runs cannot be read as segment tables, or null when they can. */
function obstacle(runs: readonly TitledRun[], set: readonly number[]): SegmentNote | null {
  const warn = (message: string, cell: string): SegmentNote => ({
    severity: "warning",
    code: "structure-undecided",
    message,
    cell,
  });
  for (const i of set) {
    const run = runs[i] as TitledRun;
    if (run.title.trim() === "") return warn(segmentMessages.untitled(run.cell), run.cell);
  }
  for (const i of set) {
    const run = runs[i] as TitledRun;
    if (!isGroupTitle(run.title) && metricForLabel(run.title) !== null)
      return warn(segmentMessages.metricTitle(run.title, run.cell), run.cell);
  }
  const named = (i: number): NamedLine => ({
    label: (runs[i] as TitledRun).title.trim(),
    cell: (runs[i] as TitledRun).cell,
  });
  const head = set[0] as number;
  for (const i of set) {
    if (!sameKeys((runs[head] as TitledRun).keys, (runs[i] as TitledRun).keys))
      return warn(segmentMessages.differ(named(head), named(i)), (runs[i] as TitledRun).cell);
  }
  const seen = new Map<string, number>();
  let groups = 0;
  for (const i of set) {
    const run = runs[i] as TitledRun;
    const slug = isGroupTitle(run.title) ? "" : segmentSlug(run.title);
    if (slug === "") groups++;
    const key = slug === "" ? "\u0000group" : slug;
    const j = seen.get(key);
    if (j !== undefined) return warn(segmentMessages.sameName(named(j), named(i)), run.cell);
    // a segment named "total" would be read as the group's total
    if (slug === "total") return warn(segmentMessages.sameName(named(i), named(i)), run.cell);
    seen.set(key, i);
  }
  if (set.length - groups < 2)
    return warn(segmentMessages.oneSegment(named(head).cell), named(head).cell);
  return null;
}

/**
 * Which runs are segment tables (see the file's note). Nothing repeats: every run is plain and nothing is said.
 * Any doubt: every run is plain and one warning names the cell.
 */
export function decideSegmentTables(
  runs: readonly TitledRun[],
  clash: Clash = () => true
): SegmentDecision {
  const set = [...repeating(runs, clash)].sort((a, b) => a - b);
  if (set.length < 2) return { roles: plain(runs), notes: [], undecided: [] };
  const stop = obstacle(runs, set);
  if (stop) return { roles: plain(runs), notes: [stop], undecided: set };
  const inSet = new Set(set);
  const roles: RunRole[] = runs.map((run, i) => {
    if (!inSet.has(i)) return { kind: "plain" };
    if (isGroupTitle(run.title)) return { kind: "group" };
    return { kind: "segment", segment: segmentSlug(run.title), title: run.title.trim() };
  });
  const segments: NamedLine[] = [];
  let group: NamedLine | null = null;
  let example = "";
  roles.forEach((role, i) => {
    const run = runs[i] as TitledRun;
    if (role.kind === "group") group = { label: run.title.trim(), cell: run.cell };
    if (role.kind !== "segment") return;
    segments.push({ label: role.title, cell: run.cell });
    if (example === "") {
      const metric = (run.keys[0] ?? "").split("|")[1] ?? "";
      example = segmentMetric(metric, role.segment);
    }
  });
  const notes: SegmentNote[] = [
    {
      severity: "info",
      code: "structure",
      message: segmentMessages.read(segments, group, example),
      cell: segments[0]?.cell ?? "",
    },
  ];
  runs.forEach((run, i) => {
    if (!inSet.has(i) && run.title.trim() !== "")
      notes.push({
        severity: "info",
        code: "structure",
        message: segmentMessages.notRepeated(run.title, run.cell),
        cell: run.cell,
      });
  });
  return { roles, notes, undecided: [] };
}
