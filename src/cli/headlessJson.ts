import { toHeadlessJson, type Analysis } from "../core/analyse";
import type { KpiValue } from "../core/compute/types";
import { kpiCount } from "../core/compute/kpi-set";

/** Where the text goes, piece by piece (a file, stdout, a test's buffer). */
export type Sink = (chunk: string) => void;

/** Pieces of about this many characters are handed to the sink by default. */
const CHUNK_CHARS = 1 << 20;

/** The `values` key at the top level of the pretty-printed contract (two spaces in; a string holds no line break). */
const VALUES_KEY = '\n  "values": ';

/**
 * JSON text of the strings that repeat from one KPI to the next (a metric and its label over hundreds of periods,
 * the period labels, the kinds): escaped once each, not once per KPI.
 */
class Quoted {
  private lastRaw: string | undefined;
  private lastText = "";
  private readonly seen = new Map<string, string>();
  /** For strings that change rarely from one call to the next. */
  last(raw: string): string {
    if (raw !== this.lastRaw) {
      this.lastRaw = raw;
      this.lastText = JSON.stringify(raw);
    }
    return this.lastText;
  }
  /** For strings drawn from a small set. */
  few(raw: string): string {
    let text = this.seen.get(raw);
    if (text === undefined) {
      text = JSON.stringify(raw);
      this.seen.set(raw, text);
    }
    return text;
  }
}

/** One entry of `values` exactly as `JSON.stringify(…, null, 2)` prints it inside the array. */
function valueText(k: KpiValue, metric: Quoted, label: Quoted, few: Quoted): string {
  const value = k.value !== null && Number.isFinite(k.value) ? k.value : null;
  return (
    '    {\n      "metric": ' +
    metric.last(k.metric) +
    ',\n      "label": ' +
    label.last(k.label) +
    ',\n      "period": ' +
    few.few(k.period) +
    ',\n      "kpi": ' +
    few.few(k.kpi) +
    ',\n      "value": ' +
    JSON.stringify(value) +
    ',\n      "display": ' +
    JSON.stringify(k.display) +
    "\n    }"
  );
}

/**
 * The headless contract (`toHeadlessJson`) as `JSON.stringify(…, null, 2)` prints it, plus a final line break,
 * handed to `sink` in pieces: the KPI values are printed one by one from the analysis, never gathered into an
 * array of objects or one string of the whole text; a piece holds about `chunkChars` characters.
 */
export function writeHeadlessJson(
  analysis: Analysis,
  sink: Sink,
  chunkChars: number = CHUNK_CHARS
): void {
  // the frame without the values (the analysis is not spread: that would make its KPI objects)
  const frame = JSON.stringify(
    toHeadlessJson({
      dataset: analysis.dataset,
      issues: analysis.issues,
      kpis: [],
      kpiList: [],
      highlights: analysis.highlights,
      summary: analysis.summary,
      periods: analysis.periods,
    }),
    null,
    2
  );
  const at = frame.indexOf(VALUES_KEY);
  const kpis = analysis.kpiList;
  const count = kpiCount(kpis);
  if (at < 0 || count === 0) {
    sink(frame + "\n");
    return;
  }
  const head = frame.slice(0, at + VALUES_KEY.length);
  const tail = frame.slice(at + VALUES_KEY.length + "[]".length);
  const metric = new Quoted();
  const label = new Quoted();
  const few = new Quoted();
  let chunk = head + "[\n";
  // one passing object per KPI, read in order
  let i = 0;
  for (const k of kpis) {
    i++;
    chunk += valueText(k, metric, label, few) + (i < count ? ",\n" : "\n  ]");
    if (chunk.length >= chunkChars) {
      sink(chunk);
      chunk = "";
    }
  }
  sink(chunk + tail + "\n");
}
