import type { MetricId, MetricNature, Unit } from "./types";
import {
  isOfWhichLabel,
  knownSegment,
  metricForLabel,
  segmentSlug,
  slugify,
  SYNONYMS,
  withoutStockNote,
} from "./synonyms";
import { NO_OVERRIDE, type LabelOverride } from "./label-map";

/** One labelled line of a wide block (a row; a column of a tall block), before its figures are read. */
export interface LineLabel {
  /** Label as written (may be ""). */
  label: string;
  /** Id from an id column, "" when none. */
  id: string;
  /** Leading spaces of the label. */
  indent: number;
  /** True when the line holds no figure at all: a heading ("Revenues:") or a note. */
  heading: boolean;
}

/** What a line is: its metric id, parent for "of which" lines, whether its label was unknown. Null for headings. */
export interface LineMetric {
  metric: MetricId;
  parent?: MetricId;
  unknownLabel: boolean;
}

const TOTALS: Record<string, "revenue" | "cost"> = {
  "revenue.total": "revenue",
  "cost.total": "cost",
};

/** Leading spaces (no-break and ideographic spaces included) of a label. */
export function indentOf(label: string): number {
  let n = 0;
  while (n < label.length && /\s/.test(label[n] ?? "")) n++;
  return n;
}

/** An id as written in an id column (`revenue.total`, `ops.ip_contracts`, `sga`). */
export function looksLikeId(text: string): boolean {
  return /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/.test(text);
}

/** The metric of an "of which" line under `parent`: a synonym when it has one, else `<family>.<slug>`. */
function ofWhichMetric(label: string, parent: MetricId): MetricId {
  const known = metricForLabel(label.replace(/^\s*(of which|うち)\s*[:：,]?\s*/iu, ""));
  if (known && !TOTALS[known]) return known;
  const family = parent.startsWith("revenue.")
    ? "revenue"
    : parent.startsWith("cost.")
      ? "cost"
      : parent;
  return `${family}.${segmentSlug(label)}`;
}

/**
 * Map the lines of a block to metric ids (docs/DESIGN.md "Vocabulary"):
 * - a label the user mapped (`overrideOf`, from `Settings.labelMap`) takes the chosen id, over an id column;
 * - an id column is taken as is;
 * - labels go through the synonyms;
 * - lines under a revenue or cost heading ("Revenues:", "Cost of revenues:") — or unknown lines just above a
 *   "Total revenues" / "Total cost of revenues" line — are segments `revenue.<slug>` / `cost.<slug>`, unless
 *   their label reads as a stock, ratio or per-share line ("Total AUM", "Retention %", "EPS");
 * - "of which" lines (labelled so, or indented deeper than the line above them) get `parent` = that line's metric;
 * - unknown labels keep a slug id and `unknownLabel`.
 * Duplicate ids get a `_2`, `_3` suffix so that no two series share an id.
 */
export function mapLines(
  lines: LineLabel[],
  overrideOf: LabelOverride = NO_OVERRIDE
): (LineMetric | null)[] {
  const overrides = lines.map((l) =>
    l.heading ? null : overrideOf(l.label.trim() !== "" ? l.label : l.id)
  );
  const known = lines.map(
    (l, i) =>
      overrides[i] ?? (l.id === "" && l.label.trim() !== "" ? metricForLabel(l.label) : null)
  );
  // Stock, ratio and per-share lines ("Total AUM", "Retention %", "EPS") are never segments and leave a block open.
  const notFlow = lines.map(
    (l, i) => !l.heading && lineKind(known[i] ?? "", l.label, null) !== "flow"
  );
  // For each line, the total that the next known line (before a heading or gap) closes, if any.
  const closingTotal: ("revenue" | "cost" | null)[] = new Array(lines.length).fill(null);
  let next: "revenue" | "cost" | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as LineLabel;
    const k = known[i];
    if (line.heading || (line.id !== "" && !overrides[i])) next = null;
    else if (k && !notFlow[i]) next = TOTALS[k] ?? null;
    closingTotal[i] = next;
  }
  const out: (LineMetric | null)[] = [];
  const used = new Map<string, number>();
  let block: "revenue" | "cost" | null = null;
  let anchor: { metric: MetricId; indent: number } | null = null;
  let previousWasHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LineLabel;
    const k = known[i] ?? null;
    if (line.heading) {
      block = k ? (TOTALS[k] ?? null) : null;
      anchor = null;
      previousWasHeading = true;
      out.push(null);
      continue;
    }
    let m: LineMetric;
    const ofWhich =
      anchor !== null &&
      (isOfWhichLabel(line.label) ||
        (line.indent > anchor.indent && !previousWasHeading && line.id === ""));
    const override = overrides[i] ?? null;
    if (override !== null) {
      m = { metric: override, unknownLabel: false };
      if (
        anchor &&
        (isOfWhichLabel(line.label) || (line.indent > anchor.indent && !previousWasHeading))
      )
        m.parent = anchor.metric;
      // A chosen segment of the open block keeps it open; its total or any other metric closes it.
      if (block && (override === `${block}.total` || !override.startsWith(`${block}.`)))
        block = null;
    } else if (line.id !== "") {
      m = { metric: line.id, unknownLabel: false };
      if (anchor && (isOfWhichLabel(line.label) || line.indent > anchor.indent))
        m.parent = anchor.metric;
    } else if (ofWhich && anchor) {
      m = {
        metric: ofWhichMetric(line.label, anchor.metric),
        parent: anchor.metric,
        unknownLabel: false,
      };
    } else if (block && (k === null || k === `${block}.total`) && !notFlow[i]) {
      const metric: MetricId = k ?? `${block}.${segmentSlug(line.label)}`;
      m = { metric, unknownLabel: false };
      if (metric === `${block}.total`) block = null;
    } else if (k) {
      m = { metric: k, unknownLabel: false };
      if (!notFlow[i]) block = null;
    } else if (closingTotal[i] && !notFlow[i]) {
      m = { metric: `${closingTotal[i]}.${segmentSlug(line.label)}`, unknownLabel: false };
    } else {
      // A known segment name on its own ("Systems integration") is a revenue segment.
      const segment = knownSegment(line.label);
      m = segment
        ? { metric: `revenue.${segment}`, unknownLabel: false }
        : { metric: slugify(line.label), unknownLabel: true };
    }
    if (m.parent === undefined) anchor = { metric: m.metric, indent: line.indent };
    const seen = used.get(m.metric) ?? 0;
    used.set(m.metric, seen + 1);
    if (seen > 0) m.metric = `${m.metric}_${seen + 1}`;
    if (m.parent === undefined && anchor) anchor.metric = m.metric;
    previousWasHeading = false;
    out.push(m);
  }
  return out;
}

const STOCK_WORDS =
  /\(end of period\)|end of period|period end|期末|contracts|subscribers|subscriptions|customers|employees|headcount|\baum\b|assets under management|number of stores|店舗数|従業員数|社員数|加入者数|契約数/i;

/** Percentages and ratios: margins (not "gross margin", often money), returns, cost-to-income, retention, rates. */
const PERCENT_WORDS =
  /%|\bratio\b|\brate\b|率|(?<!gross |contribution )\bmargins?\b|\b(roe|roa|roce|roic|roae|roaa)\b|return on (average )?(equity|assets|capital)|cost[- /]to[- ]income|cost\/income|\bretention\b|\bpayout\b|\(pp\)|\bbps\b/i;

/** Figures per share: not summed over periods, but their growth is meaningful. */
const PER_SHARE_WORDS = /per share|per-share|\b(eps|dps|bvps)\b|1株当たり/i;

/** FX rates: their growth (a currency's move) is meaningful. */
const FX_WORDS = /exchange rate|為替|\b[a-z]{3}\/[a-z]{3}\b|per (us )?dollar/i;

/**
 * What kind of line a metric is — the finer view behind `natureOf`:
 * - `flow`: money or counts over a period (revenue, costs, cash flows), summed over quarters;
 * - `stock`: a level at period end (AUM, headcount, contracts, subscribers, total assets), the last quarter's for a year;
 * - `percent`: a percentage or ratio (margins, ROE, cost-to-income, retention, tax rate): never summed, and
 *   compared in percentage points, so growth in % is not meaningful;
 * - `per-share`: EPS, DPS, book value per share: never summed (quarterly EPS need not add up to the year's);
 * - `fx`: an exchange rate.
 */
export type LineKind = "flow" | "stock" | "percent" | "per-share" | "fx";

/** The kind of line of a metric from its id, label and unit (see `LineKind`). */
export function lineKind(metric: MetricId, label: string, unit: Unit | null): LineKind {
  if (metric.startsWith("fx.")) return "fx";
  if (metric.startsWith("ratio.")) return "percent";
  if (metric.startsWith("per_share.")) return "per-share";
  if (metric.startsWith("ops.") || metric.startsWith("bs.")) return "stock";
  if (unit && unit.currency === undefined && /^(%|percent|pct)$/i.test(unit.label.trim()))
    return "percent";
  // a metric of the vocabulary is what its id says ("Revenue from contracts with customers" is revenue)
  if (Object.prototype.hasOwnProperty.call(SYNONYMS, metric)) return "flow";
  if (PER_SHARE_WORDS.test(label)) return "per-share";
  if (!unit?.currency && FX_WORDS.test(label)) return "fx";
  if (!unit?.currency && PERCENT_WORDS.test(label)) return "percent";
  if (unit && unit.currency === undefined && unit.scale === 1 && unit.label !== "") return "stock";
  if (STOCK_WORDS.test(label)) return "stock";
  return "flow";
}

/**
 * Flow, stock or rate: ops.*, bs.* and counts are stocks; fx.*, percentages, ratios and per-share figures are
 * rates (never summed over periods); the rest are flows.
 */
export function natureOf(metric: MetricId, label: string, unit: Unit | null): MetricNature {
  const kind = lineKind(metric, label, unit);
  return kind === "flow" ? "flow" : kind === "stock" ? "stock" : "rate";
}

/** A line that is a percentage or ratio: its change is in percentage points, growth in % is not meaningful. */
export function isPercentLine(s: { metric: MetricId; label: string; unit: Unit | null }): boolean {
  return lineKind(s.metric, s.label, s.unit) === "percent";
}

/** Id of an unknown label that reads as a stock: `ops.<slug>` ("Subscribers (end of period)" → `ops.subscribers`). */
export function stockMetric(label: string): MetricId {
  return `ops.${slugify(withoutStockNote(label))}`;
}
