/** Where each metric's figure for a period comes from: an input cell, a sum of quarters, or a catalog definition. */
import type { MetricId, MetricNature, Series } from "../read/types";
import type { Dataset } from "../read/types";
import type { Settings } from "../settings";
import type { Timeline, TimelineEntry } from "../timeline";
import { cell, sum, type Expr } from "./expr";
import type { FigureRow } from "./figure-rows";
import { NOTES } from "./messages";
import type { TimelinePlan } from "./plan";

export interface Figure {
  expr: Expr;
  note?: string;
}

/** What a metric is worth showing as: money (scaled to the dataset's money unit), a count, a rate, or money per unit. */
export type MetricKind = "money" | "count" | "rate" | "per-unit";

export interface MetricDef {
  id: MetricId;
  label: string;
  nature: MetricNature;
  kind: MetricKind;
  /** Denominator metric of the `margin` KPI (revenue.total for most money flows). */
  marginOf?: MetricId;
  /** Total metric of the `share` KPI (a segment's total, an "of which" row's parent). */
  shareOf?: MetricId;
  /**
   * A percentage or ratio line (margin, ROE, cost-to-income, tax rate): its change is in percentage points, so
   * its growth in % (yoy, qoq, CAGR) is n.m. with `NOTES.percentLine`.
   */
  percentLine?: true;
  /** The figure for one period; null when the metric cannot exist there. */
  figure: (ctx: FigureContext, entry: number) => Figure | null;
  /**
   * The same figures over the whole timeline as numbers, computed without building trees — for definitions
   * over many metrics (a total of a thousand segments). Must equal `figure` evaluated at every entry (tested);
   * absent: `figure` is evaluated entry by entry.
   */
  row?: (ctx: FigureContext) => FigureRow;
}

export interface FigureContext {
  dataset: Dataset;
  settings: Settings;
  timeline: Timeline;
  series: Map<MetricId, Series>;
  defs: Map<MetricId, MetricDef>;
  /** Memoised figure of any metric (input or derived) at a timeline entry. */
  get: (metric: MetricId, entry: number) => Figure | null;
  /** The timeline's entries as the KPI loops use them (labels, columns, base entries). */
  plan: TimelinePlan;
  /** Memoised figures of a metric over the whole timeline as numbers; null for an unknown metric. */
  row: (metric: MetricId) => FigureRow | null;
  /** Memoised figures of a definition (also one a catalog entry replaced) as numbers. */
  rowOf: (def: MetricDef) => FigureRow;
}

function cellAt(s: Series, column: number): Expr {
  return cell(s.values[column] ?? null, s.cells[column] ?? null, s.factor);
}

function allPresent(s: Series, columns: (number | null)[]): columns is number[] {
  return columns.every((c) => c !== null && s.values[c] !== null && s.values[c] !== undefined);
}

/**
 * An input metric's figure:
 * quarter (or month): its cell; flow over a year/half/ytd/ttm: Σ quarters when all are present, else the reported cell;
 * stock: the last quarter's cell when present, else the reported cell; rate: the reported cell only.
 */
export function inputFigure(s: Series, timeline: Timeline, entryIndex: number): Figure | null {
  const entry: TimelineEntry | undefined = timeline.entries[entryIndex];
  if (!entry) return null;
  const reported = entry.column === null ? null : cellAt(s, entry.column);
  if (entry.quarters && s.nature !== "rate") {
    const columns = entry.quarters.map((q) => timeline.entries[q]?.column ?? null);
    if (s.nature === "flow" && allPresent(s, columns)) {
      const total = sum(columns.map((c) => cellAt(s, c)));
      if (total) return { expr: total, note: NOTES.sumOfQuarters };
    }
    const last = columns[columns.length - 1];
    if (s.nature === "stock" && last !== undefined && last !== null && allPresent(s, [last])) {
      return { expr: cellAt(s, last), note: NOTES.lastQuarter };
    }
  }
  return reported ? { expr: reported } : null;
}

/** A series is an "of which" child when it has a parent or its label says so. */
export function isChild(s: Series): boolean {
  return s.parent !== undefined || /^\s*(of which|うち)/i.test(s.label);
}

/** Segments of a total (`revenue` → revenue.si, revenue.dialup …), children excluded. */
export function segmentsOf(dataset: Dataset, family: "revenue" | "cost"): Series[] {
  const total = `${family}.total`;
  return dataset.series.filter(
    (s) => s.metric.startsWith(`${family}.`) && s.metric !== total && !isChild(s)
  );
}

export function kindOfSeries(s: Series, dataset: Dataset): MetricKind {
  if (s.nature === "rate") return "rate";
  if (s.unit.currency !== undefined) return "money";
  if (s.nature === "stock" || s.metric.startsWith("ops.")) return "count";
  // a flow without a currency is money when it shares the dataset's money unit, else a count
  return s.unit.label === dataset.money.label ? "money" : "count";
}
