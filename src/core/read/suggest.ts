import { normaliseLabel, SYNONYMS } from "./synonyms";
import type { MetricId } from "./types";

/**
 * The known metric an unknown label most likely means, for the "Did you mean …?" of its issue: the synonym
 * closest to it by shared words (character pairs for Japanese) or, for a typing slip, by edit distance.
 * Only a clear winner is suggested: nothing below `MIN_SCORE`, nothing when two metrics score alike.
 */

export interface Suggestion {
  /** The metric the label most likely means. */
  metric: MetricId;
  /** The synonym it is closest to, as the vocabulary writes it ("Operating income"). */
  label: string;
}

/** Similarity (0 … 1) below which nothing is suggested. */
export const MIN_SCORE = 0.6;

/** Letters a slip of the keyboard may change (a swap of two letters is two). */
const MAX_SLIPS = 2;

/** Words that say nothing about which metric a label is. */
const FILLER = new Set(["total", "the", "of", "and", "for", "from", "in", "on", "to", "a"]);

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** Words of a label (Latin script) and pairs of characters (Japanese), fillers left out. */
export function labelTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}&]+/u)) {
    if (word === "" || FILLER.has(word)) continue;
    if (!CJK.test(word)) {
      out.add(word);
      continue;
    }
    const chars = [...word];
    if (chars.length === 1) out.add(word);
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

/** Dice coefficient of two token sets: 2·|A∩B| / (|A| + |B|). */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost
      );
    }
    previous = current;
  }
  return previous[y.length] as number;
}

/** Similarity of two normalised labels: the better of shared words and 1 − edit distance ÷ length. */
function similarity(a: string, aTokens: Set<string>, b: string, bTokens: Set<string>): number {
  const words = dice(aTokens, bTokens);
  const longest = Math.max([...a].length, [...b].length);
  // edit distance only for slips (two letters at most) in labels of some length ("Opertaing income"), not for
  // short codes (PBT/EBT) nor for another word ("Operating PBT margin" is not "Operating profit margin")
  const distance = longest >= 6 ? editDistance(a, b) : Infinity;
  const typed = distance <= MAX_SLIPS ? 1 - distance / longest : 0;
  return Math.max(words, typed);
}

interface Entry {
  metric: MetricId;
  label: string;
  key: string;
  tokens: Set<string>;
}

let entries: Entry[] | null = null;

function vocabulary(): Entry[] {
  if (entries) return entries;
  entries = [];
  for (const [metric, labels] of Object.entries(SYNONYMS))
    for (const label of labels) {
      const key = normaliseLabel(label);
      entries.push({ metric, label, key, tokens: labelTokens(key) });
    }
  return entries;
}

/** The most likely metric of an unknown label, or null when none is close enough or two are equally close. */
export function suggestMetric(label: string): Suggestion | null {
  const key = normaliseLabel(label);
  if (key === "") return null;
  const tokens = labelTokens(key);
  let best: { entry: Entry; score: number } | null = null;
  let runnerUp = 0;
  for (const entry of vocabulary()) {
    const score = similarity(key, tokens, entry.key, entry.tokens);
    if (best === null || score > best.score) {
      if (best !== null && best.entry.metric !== entry.metric) runnerUp = best.score;
      best = { entry, score };
    } else if (entry.metric !== best.entry.metric && score > runnerUp) runnerUp = score;
  }
  if (best === null || best.score < MIN_SCORE || runnerUp >= best.score - 1e-9) return null;
  return { metric: best.entry.metric, label: best.entry.label };
}
