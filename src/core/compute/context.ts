import type { Dataset, MetricId, Series } from "../read/types";
import type { Settings } from "../settings";
import { buildTimeline, type Timeline } from "../timeline";
import { catalog, defineEntry, type CatalogEntry } from "./catalog";
import { derivedRow, inputRow, type FigureRow } from "./figure-rows";
import { planTimeline } from "./plan";
import { isPercentLine } from "../read/metrics";
import {
  inputFigure,
  isChild,
  kindOfSeries,
  type Figure,
  type FigureContext,
  type MetricDef,
} from "./figures";

/** Definitions of the input metrics: their figures come from cells (or sums of quarter cells). */
function inputDef(s: Series, dataset: Dataset): MetricDef {
  const kind = kindOfSeries(s, dataset);
  const def: MetricDef = {
    id: s.metric,
    label: s.label,
    nature: s.nature,
    kind,
    figure: (ctx, entry) => inputFigure(s, ctx.timeline, entry),
  };
  const segment = /^(revenue|cost)\.(.+)$/.exec(s.metric);
  if (s.shareUndecided) return def;
  if (s.segmentTable && !isChild(s)) return segmentTableDef(def, s, s.segmentTable, dataset);
  if (isChild(s) && s.parent !== undefined) def.shareOf = s.parent;
  else if (segment && segment[2] !== "total") def.shareOf = `${segment[1]}.total`;
  // a part of a total has a share of it, never a margin; a line QuarterDeck does not know gets none either (a
  // count of stores read as plain numbers is no cost: its "margin" would be a confident wrong number)
  if (
    kind === "money" &&
    s.nature === "flow" &&
    !s.unknownLabel &&
    !s.metric.startsWith("revenue.") &&
    def.shareOf === undefined
  )
    def.marginOf = "revenue.total";
  if (s.nature === "rate" && isPercentLine(s)) def.percentLine = true;
  return def;
}

/**
 * A line of a segment's own table: a share of the group's line where the pack gives it (revenue and cost: or
 * the sum of the segments), a margin over the segment's own revenue, never over the group's.
 */
function segmentTableDef(
  def: MetricDef,
  s: Series,
  table: NonNullable<Series["segmentTable"]>,
  dataset: Dataset
): MetricDef {
  const has = (metric: MetricId): boolean => dataset.series.some((x) => x.metric === metric);
  // a rate (a margin, a price) is no part of the group's
  if (s.nature !== "rate" && (/^(revenue|cost)\.total$/.test(table.of) || has(table.of)))
    def.shareOf = table.of;
  const revenue = `revenue.${table.segment}`;
  if (
    def.kind === "money" &&
    s.nature === "flow" &&
    !s.unknownLabel &&
    !s.metric.startsWith("revenue.") &&
    !s.metric.startsWith("cost.") &&
    has(revenue)
  )
    def.marginOf = revenue;
  if (s.nature === "rate" && isPercentLine(s)) def.percentLine = true;
  return def;
}

/**
 * Every metric (inputs, then the catalog's derived metrics) with a memoised figure lookup, over the analysis's
 * timeline (built here when not given) and catalog (`catalog(settings.ratioKpis)` when not given).
 */
export function buildContext(
  dataset: Dataset,
  settings: Settings,
  timeline: Timeline = buildTimeline(dataset),
  entries: readonly CatalogEntry[] = catalog(settings.ratioKpis ?? [])
): FigureContext {
  const series = new Map<MetricId, Series>();
  for (const s of dataset.series) if (!series.has(s.metric)) series.set(s.metric, s);
  const defs = new Map<MetricId, MetricDef>();
  // memo[metric][entry]: undefined = not computed yet
  const memo = new Map<MetricId, (Figure | null | undefined)[]>();
  const plan = planTimeline(timeline);
  // input definitions whose figures come straight from their series (not replaced by a catalog entry)
  const fromSeries = new Map<MetricDef, Series>();
  const rows = new Map<MetricDef, FigureRow>();
  const ctx: FigureContext = {
    plan,
    row: (metric) => {
      const def = defs.get(metric);
      return def ? ctx.rowOf(def) : null;
    },
    rowOf: (def) => {
      const hit = rows.get(def);
      if (hit !== undefined) return hit;
      const s = fromSeries.get(def);
      const row = s
        ? inputRow(s, plan)
        : def.row
          ? def.row(ctx)
          : derivedRow(
              (entry) =>
                defs.get(def.id) === def ? ctx.get(def.id, entry) : def.figure(ctx, entry),
              plan.size
            );
      rows.set(def, row);
      return row;
    },
    dataset,
    settings,
    timeline,
    series,
    defs,
    get: (metric, entry) => {
      let row = memo.get(metric);
      if (!row) {
        row = [];
        memo.set(metric, row);
      }
      const hit = row[entry];
      if (hit !== undefined) return hit;
      const def = defs.get(metric);
      const fig = def ? def.figure(ctx, entry) : null;
      row[entry] = fig;
      return fig;
    },
  };
  for (const s of series.values()) {
    const def = inputDef(s, dataset);
    defs.set(s.metric, def);
    fromSeries.set(def, s);
  }
  for (const entry of entries) {
    for (const def of defineEntry(entry, ctx)) {
      const input = defs.get(def.id);
      // a derived definition replacing an input keeps the input's share/margin roles
      defs.set(def.id, input ? { ...input, ...def, figure: def.figure } : def);
    }
  }
  return ctx;
}

/** Metrics in output order: inputs as read, then derived ones in catalog order. */
export function metricOrder(ctx: FigureContext): MetricDef[] {
  return [...ctx.defs.values()];
}
