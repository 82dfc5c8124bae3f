import { knownMetrics, type KnownMetric } from "../../core/read";
import type { MetricId, MetricNature } from "../../core/read/types";

/** The words a metric is named with, in one language of the pane. */
export interface MetricWordsText {
  revenue: string;
  cost: string;
  segment: string;
  /** Said of a stock line ("Subscribers (stock)"). */
  stock: string;
  /** Family words of unknown ids: `cf.x` → "Cash flow · X". */
  families: Readonly<Record<string, string>>;
}

export interface MetricWordsOptions {
  text: MetricWordsText;
  /** Japanese labels of the vocabulary first, when it has them. */
  japanese: boolean;
  nature?: MetricNature;
}

const SEP = " · ";
/** First parts of the vocabulary's ids: an id starting otherwise with a dotted part is a business's line. */
const HEADS = new Set([
  "revenue",
  "cost",
  "cf",
  "ops",
  "ratio",
  "bs",
  "per_share",
  "expenses",
  "fx",
]);

let byId: Map<MetricId, KnownMetric> | null = null;
function known(id: MetricId): KnownMetric | undefined {
  byId ??= new Map(knownMetrics().map((k) => [k.id, k]));
  return byId.get(id);
}

/** An id of the vocabulary, or a segment line of a known segment. */
function isKnown(id: MetricId): boolean {
  if (known(id)) return true;
  const m = /^(revenue|cost)\.(.+)$/.exec(id);
  return m?.[2] !== undefined && known(`revenue.${m[2]}`) !== undefined;
}

/** A slug in words: `dedicated_access` → "Dedicated access". */
export function slugWords(slug: string): string {
  const words = slug.replace(/[_\s]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label a known metric is read as; a "(loss)" note dropped: "Operating income (loss)" → "Operating income". */
function labelOf(k: KnownMetric, japanese: boolean): string {
  const label = japanese ? (k.labelJa ?? k.label) : k.label;
  return label.replace(/\s*[(（](loss|損失)[)）]$/iu, "");
}

/** Words of an id without a business prefix nor a duplicate suffix. */
function plainWords(id: MetricId, o: MetricWordsOptions): string {
  const dot = id.indexOf(".");
  const head = dot < 0 ? "" : id.slice(0, dot);
  const rest = dot < 0 ? id : id.slice(dot + 1);
  if ((head === "revenue" || head === "cost") && rest !== "total") {
    const segment = known(`revenue.${rest}`);
    const name = segment ? labelOf(segment, o.japanese) : slugWords(rest);
    return [head === "revenue" ? o.text.revenue : o.text.cost, o.text.segment, name].join(SEP);
  }
  const k = known(id);
  if (k) return labelOf(k, o.japanese);
  const family = o.text.families[head];
  if (dot < 0 || family === undefined) return slugWords(rest.replace(/\./g, " "));
  return family === "" ? slugWords(rest) : `${family}${SEP}${slugWords(rest)}`;
}

/**
 * A line's metric in the words a finance user reads: `revenue.dedicated_access` → "Revenue · segment · Dedicated
 * access services", `operating_income` → "Operating income", a stock `ops.subscribers` → "Subscribers (stock)",
 * a business's `cloud.revenue.total` → "Cloud · Total revenues", a second `cost.network_2` → "… (2)".
 */
export function metricWords(id: MetricId, o: MetricWordsOptions): string {
  let base = id.trim();
  let entity = "";
  const first = base.split(".")[0] ?? "";
  if (base.includes(".") && !HEADS.has(first) && known(base) === undefined) {
    entity = slugWords(first);
    base = base.slice(first.length + 1);
  }
  let copy = "";
  const dup = /^(.+?)_(\d+)$/.exec(base);
  // A second line of a known metric (`cost.network_2`); an unknown slug may end in a number of its own ("area_4").
  if (dup?.[1] !== undefined && dup[2] !== undefined && !known(base) && isKnown(dup[1])) {
    base = dup[1];
    copy = ` (${dup[2]})`;
  }
  const words = plainWords(base, o);
  const stock = o.nature === "stock" ? ` (${o.text.stock})` : "";
  return `${entity === "" ? "" : `${entity}${SEP}`}${words}${copy}${stock}`;
}
