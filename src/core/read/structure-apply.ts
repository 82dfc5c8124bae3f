/** The structure decided from the figures (structure.ts), applied to a block's series and the read's issues. */
import { report, repointIssues, type ReadContext } from "./context";
import { decideStructure, type StructureLine } from "./structure";
import type { MetricId, Series } from "./types";

/** Where a series sits in its block: what the structure reads besides its figures. */
export interface SeriesPlace {
  /** Leading spaces of its label (0 in a long table). */
  indent: number;
  /** Sheet address of its label cell. */
  cell: string;
  /** Mapped by the user or an id column: its metric is kept. */
  fixed: boolean;
  /** A heading or an empty row sits right above it. */
  afterBreak: boolean;
}

/**
 * Decide which series are parts of which total and set their metric, parent and flags accordingly; the choice
 * is reported as info issues, undecided lines as warnings. The issues reported while reading these series
 * (`ctx.issues` from index `from` on: this block's, none of another block's or sheet's) follow the series they
 * were reported for when its metric changed; its "unknown label" note goes when it was read as a part. Within
 * one read a metric id names one series (duplicates get `_2`), so an issue of the read is its series' by that id.
 */
export function structureSeries(
  ctx: ReadContext,
  series: Series[],
  places: readonly SeriesPlace[],
  from = 0
): void {
  if (series.length < 2) return;
  const lines: StructureLine[] = series.map((s, i) => {
    const place = places[i];
    const line: StructureLine = {
      label: s.label,
      indent: place?.indent ?? 0,
      cell: place?.cell ?? "",
      metric: s.metric,
      unknownLabel: s.unknownLabel === true,
      fixed: place?.fixed ?? true,
      afterBreak: place?.afterBreak ?? false,
      values: s.values,
      factor: s.factor,
    };
    if (s.nature !== "flow") line.aside = true;
    if (s.parent !== undefined) line.parent = s.parent;
    return line;
  });
  const { roles, notes } = decideStructure(lines);
  const renamed = new Map<MetricId, MetricId>();
  const known = new Set<MetricId>();
  roles.forEach((role, i) => {
    const s = series[i] as Series;
    if (role.metric !== s.metric) renamed.set(s.metric, role.metric);
    if (s.unknownLabel && !role.unknownLabel) known.add(s.metric);
    s.metric = role.metric;
    if (role.parent !== undefined) s.parent = role.parent;
    else delete s.parent;
    if (role.unknownLabel) s.unknownLabel = true;
    else delete s.unknownLabel;
    if (role.undecided) s.shareUndecided = true;
  });
  if (renamed.size > 0 || known.size > 0) followSeries(ctx, Math.max(0, from), renamed, known);
  for (const note of notes)
    report(ctx, note.severity, note.code, () => ({
      message: note.message,
      ...(note.cell ? { cell: note.cell } : {}),
      ...(note.metric ? { metric: note.metric } : {}),
    }));
}

/** The read's own issues (from index `from`) re-pointed to their series' new metric; "unknown label" notes of lines now known dropped. */
function followSeries(
  ctx: ReadContext,
  from: number,
  renamed: ReadonlyMap<MetricId, MetricId>,
  known: ReadonlySet<MetricId>
): void {
  const own = ctx.issues.slice(from);
  const kept = own.filter((issue) => {
    if (issue.code === "unknown-label" && issue.metric !== undefined && known.has(issue.metric)) {
      ctx.counts.set(issue.code, (ctx.counts.get(issue.code) ?? 1) - 1);
      return false;
    }
    return true;
  });
  ctx.issues.splice(from, own.length, ...kept);
  repointIssues(ctx, renamed, from);
}
