/**
 * Segment tables in a wide block and across the blocks of a range (segment-tables.ts decides): the runs of
 * lines with the title right above each, and the renaming of a segment table's lines to the segment's metrics.
 */
import { cellAddress } from "../grid/offset";
import type { Grid } from "../grid/types";
import type { GuidanceItem } from "../settings";
import { report, repointIssues, type ReadContext } from "./context";
import type { LineLabel, LineMetric } from "./metrics";
import { figuresAgreeScaled } from "./merge-blocks";
import {
  baseMetric,
  decideSegmentTables,
  type Clash,
  lineKey,
  segmentLabel,
  segmentMessages,
  segmentMetric,
  type RunRole,
  type TitledRun,
} from "./segment-tables";
import type { BookRatio, MetricId, Series } from "./types";
import { findUnitNote } from "./units";
import { text } from "./wide-columns";

/** A run of a block's lines: its title and the indices (in the block's lines) of its lines. */
export interface BlockRun {
  title: string;
  cell: string;
  lines: number[];
}

/** A run of lines as read: its title, its series, the keys of its block's periods and its block's money scale. */
export interface OpenRun {
  title: string;
  cell: string;
  series: Series[];
  periods: readonly string[];
  scale: number;
}

/** What a segment table's line becomes: its segment and the group's metric it is the segment's part of. */
export interface LineSegment {
  segment: string;
  title: string;
  of: MetricId;
}

interface Title {
  title: string;
  cell: string;
}

/** A title's text: a label without its unit note ("Mobile (JPY mn)" → "Mobile"; "(JPY mn)" alone is none). */
export function titleText(cell: unknown): string {
  const t = typeof cell === "string" ? cell.trim() : "";
  if (t === "" || findUnitNote(t) === null) return t;
  const rest = t.replace(/\s*[(（][^()（）]*[)）]\s*$/u, "").trim();
  return rest !== t && rest !== "" && findUnitNote(rest) === null ? rest : "";
}

/**
 * The title of a block's first lines: the text in its header's label cell ("Mobile | 1Q25 | 2Q25 …"), else a
 * row right above the header holding nothing but a label.
 */
export function blockTitle(
  grid: Grid,
  headerRow: number,
  labelCol: number,
  cellOf: (r: number, c: number) => string
): Title | null {
  if (labelCol < 0) return null;
  const corner = titleText(grid[headerRow]?.[labelCol]);
  if (corner !== "") return { title: corner, cell: cellOf(headerRow, labelCol) };
  const above = grid[headerRow - 1];
  if (!above) return null;
  const t = titleText(above[labelCol]);
  if (t === "") return null;
  for (let c = 0; c < above.length; c++)
    if (c !== labelCol && text(above[c]).trim() !== "") return null;
  return { title: t, cell: cellOf(headerRow - 1, labelCol) };
}

/**
 * The runs of a block's lines: lines between blank rows and headings, each with the heading right above it as
 * its title (the first run: the block's title when no heading comes first).
 */
export function blockRuns(
  lines: readonly LineLabel[],
  mapped: readonly (LineMetric | null)[],
  lineCell: (i: number) => string,
  title: Title | null
): BlockRun[] {
  const runs: BlockRun[] = [];
  let pending = title;
  let current: BlockRun | null = null;
  lines.forEach((line, i) => {
    if (line.heading) {
      current = null;
      const t = titleText(line.label);
      pending = t === "" ? null : { title: t, cell: lineCell(i) };
      return;
    }
    const m = mapped[i];
    if (!m) return;
    if (current === null) {
      current = { title: pending?.title ?? "", cell: pending?.cell ?? lineCell(i), lines: [] };
      runs.push(current);
      pending = null;
    }
    current.lines.push(i);
  });
  return runs;
}

/** What one line of a run becomes under its role: its new metric and parent, and its segment. */
function renamed(
  role: RunRole,
  metric: MetricId,
  parent: MetricId | undefined
): { metric: MetricId; parent?: MetricId; segment?: LineSegment } | null {
  if (role.kind === "plain") return null;
  if (role.kind === "group") {
    return parent === undefined
      ? { metric: baseMetric(metric) }
      : { metric: baseMetric(metric), parent: baseMetric(parent) };
  }
  const out: { metric: MetricId; parent?: MetricId; segment: LineSegment } = {
    metric: segmentMetric(metric, role.segment),
    segment: { segment: role.segment, title: role.title, of: baseMetric(metric) },
  };
  if (parent !== undefined) out.parent = segmentMetric(parent, role.segment);
  return out;
}

/** A segment table's line as read: the segment's label and where it belongs. */
export function markSegmentLine(s: Series, segment: LineSegment): void {
  s.label = segmentLabel(s.label, s.metric, segment.title);
  s.segmentTable = { segment: segment.segment, of: segment.of };
}

/** The parts of a block read that name metrics: its series, its book's ratios and its guidance. */
interface BlockParts {
  series: Series[];
  bookRatios?: BookRatio[];
  guidance?: GuidanceItem[];
}

/** Whether two runs give the line of `key` differently in a period both give (in their blocks' scales). */
function clashOf(runs: readonly OpenRun[], keys: readonly string[][]): Clash {
  return (i, j, key) => {
    const a = runs[i] as OpenRun;
    const b = runs[j] as OpenRun;
    const sa = a.series[(keys[i] as string[]).indexOf(key)];
    const sb = b.series[(keys[j] as string[]).indexOf(key)];
    if (!sa || !sb) return false;
    const at = new Map<string, number>();
    b.periods.forEach((p, k) => at.set(p, k));
    return a.periods.some((p, k) => {
      const x = sa.values[k];
      const kb = at.get(p);
      const y = kb === undefined ? null : sb.values[kb];
      if (x === null || x === undefined || y === null || y === undefined) return false;
      return !figuresAgreeScaled(x, a.scale, y, b.scale);
    });
  };
}

/** Where the issues reported while reading a block are in `ctx.issues`: from `from`, up to `to` (excluded). */
export interface IssueSpan {
  from: number;
  to: number;
}

/** The address of a series' first figure, "" when it has none. */
function firstCell(s: Series): string {
  const ref = s.cells.find((c) => c !== null);
  return ref ? cellAddress(ref) : "";
}

/**
 * Runs of one block left as they are while they repeat each other's lines: a line such a block gives twice with
 * other figures would be read as the group's line (the first) and a line of its own (`revenue.total_2`), both
 * wrong. Their figures are left out, so the KPIs that need the line are n.m., and a warning names the cells
 * (across blocks the merge leaves such a figure out already).
 */
function leaveOutRepeats(
  ctx: ReadContext,
  undecided: readonly number[],
  open: readonly { run: OpenRun; read: BlockParts }[],
  keys: readonly string[][],
  clash: Clash
): void {
  const byBlock = new Map<BlockParts, number[]>();
  for (const i of undecided) {
    const read = (open[i] as { read: BlockParts }).read;
    const list = byBlock.get(read);
    if (list) list.push(i);
    else byBlock.set(read, [i]);
  }
  for (const list of byBlock.values()) {
    if (list.length < 2) continue;
    const byKey = new Map<string, number[]>();
    for (const i of list)
      for (const key of new Set(keys[i] as string[]))
        byKey.set(key, [...(byKey.get(key) ?? []), i]);
    for (const [key, at] of byKey) {
      if (at.length < 2 || !at.some((i, a) => at.slice(a + 1).some((j) => clash(i, j, key))))
        continue;
      const series = at.flatMap((i) =>
        (open[i] as { run: OpenRun }).run.series.filter((_, k) => (keys[i] as string[])[k] === key)
      );
      const cells = series.map(firstCell).filter((c) => c !== "");
      const message = segmentMessages.repeatedInTable(series[0]?.label ?? key, cells);
      for (const s of series) {
        s.values = s.values.map(() => null);
        s.cells = s.cells.map(() => null);
      }
      report(ctx, "warning", "structure-undecided", () => ({ message, cell: cells[0] ?? "" }));
    }
  }
}

/**
 * Decide which runs are segment tables (runs of one block, or the runs the blocks of a range left open) and
 * rename their lines: the metric, parent, label and segment of each series, and the book's ratios and guidance
 * of its block read. Gives the series of the tables decided (their metric is fixed) and whether the runs were
 * left as they are without a word (nothing repeats).
 */
export function segmentRuns(
  ctx: ReadContext,
  blocks: readonly { read: BlockParts; runs: readonly OpenRun[]; issues?: IssueSpan }[]
): { inTable: Set<Series>; open: boolean } {
  const inTable = new Set<Series>();
  const open = blocks.flatMap((b) =>
    b.runs.map((run) => ({ run, read: b.read, issues: b.issues }))
  );
  if (open.length < 2) return { inTable, open: true };
  const runs = open.map((o) => o.run);
  const keys = runs.map((run) => run.series.map((s) => lineKey(s.label, s.metric)));
  const titled: TitledRun[] = runs.map((run, i) => ({
    title: run.title,
    cell: run.cell,
    keys: keys[i] as string[],
  }));
  const clash = clashOf(runs, keys);
  const decision = decideSegmentTables(titled, clash);
  for (const note of decision.notes)
    report(ctx, note.severity, note.code, () => ({ message: note.message, cell: note.cell }));
  leaveOutRepeats(ctx, decision.undecided, open, keys, clash);
  // ids stay unique: a line a table gives twice ("Other" twice) gets `_2`, as in one block
  const used = new Set<MetricId>();
  decision.roles.forEach((role, k) => {
    if (role.kind === "plain")
      for (const s of (open[k] as { run: OpenRun }).run.series) used.add(s.metric);
  });
  decision.roles.forEach((role, k) => {
    const { run, read } = open[k] as { run: OpenRun; read: BlockParts };
    const moved = new Map<MetricId, MetricId>();
    for (const s of run.series) {
      const to = renamed(role, s.metric, s.parent);
      if (!to) continue;
      let id = to.metric;
      for (let n = 2; used.has(id); n++) id = `${to.metric}_${n}`;
      used.add(id);
      to.metric = id;
      inTable.add(s);
      moved.set(s.metric, to.metric);
      s.metric = to.metric;
      if (to.parent !== undefined) s.parent = to.parent;
      if (to.segment) markSegmentLine(s, to.segment);
    }
    if (moved.size === 0) return;
    // the issues reported while reading the block (a cell holding text, an unknown label) follow its lines:
    // within one block a metric id names one line, so an issue of a renamed id is that line's
    const span = open[k]?.issues;
    if (span) repointIssues(ctx, moved, span.from, span.to);
    const follow = <T extends { metric: MetricId }>(x: T): T => {
      const to = moved.get(x.metric);
      return to === undefined ? x : { ...x, metric: to };
    };
    if (read.bookRatios) read.bookRatios = read.bookRatios.map(follow);
    if (read.guidance) read.guidance = read.guidance.map(follow);
  });
  return { inTable, open: decision.notes.length === 0 };
}
