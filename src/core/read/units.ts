import type { CellValue } from "../grid/types";
import type { Unit } from "./types";

/**
 * Units of a results pack: a unit column ("JPY mn", "千円", "USD m", "contracts", "Mbps"), or a note in the
 * title rows ("JPY in millions", "(¥ millions)", "in thousands of U.S. dollars", "単位：百万円").
 */

type Token = { text: string; currency?: string; scale?: number; filler?: boolean };

/** Longest first, so "百万" wins over "万" and "u.s. dollars" over "dollars". */
const TOKENS: Token[] = (
  [
    { text: "u.s. dollars", currency: "USD" },
    { text: "u.s. dollar", currency: "USD" },
    { text: "us dollars", currency: "USD" },
    { text: "us dollar", currency: "USD" },
    { text: "dollars", currency: "USD" },
    { text: "dollar", currency: "USD" },
    { text: "us$", currency: "USD" },
    { text: "usd", currency: "USD" },
    { text: "$", currency: "USD" },
    { text: "jpy", currency: "JPY" },
    { text: "yen", currency: "JPY" },
    { text: "¥", currency: "JPY" },
    { text: "円", currency: "JPY" },
    { text: "eur", currency: "EUR" },
    { text: "euros", currency: "EUR" },
    { text: "euro", currency: "EUR" },
    { text: "€", currency: "EUR" },
    { text: "gbp", currency: "GBP" },
    { text: "£", currency: "GBP" },
    { text: "pounds", currency: "GBP" },
    { text: "cny", currency: "CNY" },
    { text: "rmb", currency: "CNY" },
    // Indian results: "INR Crs", "Rs. Crore", "₹ in lakhs"
    { text: "inr", currency: "INR" },
    { text: "rupees", currency: "INR" },
    { text: "rupee", currency: "INR" },
    { text: "rs", currency: "INR" },
    { text: "₹", currency: "INR" },
    { text: "crores", scale: 1e7 },
    { text: "crore", scale: 1e7 },
    { text: "crs", scale: 1e7 },
    { text: "cr", scale: 1e7 },
    { text: "lakhs", scale: 1e5 },
    { text: "lakh", scale: 1e5 },
    { text: "lacs", scale: 1e5 },
    { text: "lac", scale: 1e5 },
    { text: "thousands", scale: 1e3 },
    { text: "thousand", scale: 1e3 },
    { text: "thous.", scale: 1e3 },
    { text: "000s", scale: 1e3 },
    { text: "'000", scale: 1e3 },
    { text: "k", scale: 1e3 },
    { text: "千", scale: 1e3 },
    { text: "millions", scale: 1e6 },
    { text: "million", scale: 1e6 },
    { text: "mln", scale: 1e6 },
    { text: "mn", scale: 1e6 },
    { text: "mm", scale: 1e6 },
    { text: "mil", scale: 1e6 },
    { text: "m", scale: 1e6 },
    { text: "百万", scale: 1e6 },
    { text: "billions", scale: 1e9 },
    { text: "billion", scale: 1e9 },
    { text: "bn", scale: 1e9 },
    { text: "b", scale: 1e9 },
    { text: "十億", scale: 1e9 },
    { text: "億", scale: 1e8 },
    { text: "万", scale: 1e4 },
    { text: "in", filler: true },
    { text: "of", filler: true },
    { text: "the", filler: true },
    { text: "unit", filler: true },
    { text: "units", filler: true },
    { text: "amounts", filler: true },
    { text: "figures", filler: true },
    { text: "単位", filler: true },
    // US statements: "In millions, except per share data"
    { text: "except per share data", filler: true },
    { text: "except per share amounts", filler: true },
    { text: "except per-share data", filler: true },
    { text: "except per-share amounts", filler: true },
    { text: "except share and per share data", filler: true },
    { text: "except share and per share amounts", filler: true },
    { text: "except where noted", filler: true },
  ] as Token[]
).sort((a, b) => b.text.length - a.text.length);

/** Count and rate units: not money, never rescaled. */
const COUNT_UNITS: ReadonlySet<string> = new Set([
  "contracts",
  "contract",
  "subscribers",
  "subscriber",
  "subs",
  "users",
  "customers",
  "accounts",
  "employees",
  "people",
  "persons",
  "units",
  "sites",
  "racks",
  "lines",
  "mbps",
  "gbps",
  "kbps",
  "tbps",
  "%",
  "percent",
  "pct",
  "x",
  "times",
  "days",
  "件",
  "人",
  "社",
  "回線",
  "契約",
  "台",
  "名",
]);

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
}

function isSeparator(ch: string): boolean {
  return " \t()[]（）［］【】:：,、/-_.".includes(ch) || ch === "\u00a0" || ch === "\u3000";
}

/** Canonical label of a money unit: "JPY mn", "USD thousands", "JPY". */
export function moneyLabel(currency: string | undefined, scale: number): string {
  const words: Record<number, string> = {
    1e3: "thousands",
    1e4: "10 thousands",
    1e5: "lakh",
    1e6: "mn",
    1e7: "crore",
    1e8: "100 mn",
    1e9: "bn",
  };
  const word = words[scale];
  if (currency === undefined) return word ?? (scale === 1 ? "" : `× ${scale}`);
  return word === undefined
    ? scale === 1
      ? currency
      : `${currency} × ${scale}`
    : `${currency} ${word}`;
}

/** A money unit with its canonical label. */
export function moneyUnit(currency: string | undefined, scale: number): Unit {
  const unit: Unit = { scale, label: moneyLabel(currency, scale) };
  if (currency !== undefined) unit.currency = currency;
  return unit;
}

interface Scan {
  currency?: string;
  scale?: number;
  /** Words that are neither currency, scale nor filler. */
  unknown: number;
}

function scan(text: string): Scan {
  const s = text.normalize("NFKC").toLowerCase();
  const out: Scan = { unknown: 0 };
  let i = 0;
  while (i < s.length) {
    const ch = s[i] ?? "";
    if (isSeparator(ch)) {
      i++;
      continue;
    }
    let matched: Token | undefined;
    for (const t of TOKENS) {
      if (!s.startsWith(t.text, i)) continue;
      const ascii = isAsciiLetter(t.text[0]);
      if (ascii && (isAsciiLetter(s[i - 1]) || isAsciiLetter(s[i + t.text.length]))) continue;
      matched = t;
      break;
    }
    if (matched) {
      if (matched.currency !== undefined && out.currency === undefined)
        out.currency = matched.currency;
      if (matched.scale !== undefined) out.scale = (out.scale ?? 1) * matched.scale;
      i += matched.text.length;
      continue;
    }
    out.unknown++;
    // Skip the rest of the word.
    if (isAsciiLetter(ch) || (ch >= "0" && ch <= "9")) {
      while (i < s.length && !isSeparator(s[i] ?? " ") && !(s.charCodeAt(i) > 0x2e7f)) i++;
    } else {
      i++;
    }
  }
  return out;
}

const unitCellCache = new Map<string, Unit | null>();

/**
 * A unit cell read strictly: the whole text must be a unit ("JPY mn", "千円", "USD m", "contracts", "Mbps",
 * "JPY"). Null for anything else (a label, a blank).
 */
export function parseUnitCell(cell: CellValue | undefined): Unit | null {
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (text === "") return null;
  const cached = unitCellCache.get(text);
  if (cached !== undefined) return cached;
  let unit: Unit | null = null;
  const bare = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^[(（[［]\s*|\s*[)）\]］]$/g, "");
  if (COUNT_UNITS.has(bare)) {
    unit = { scale: 1, label: text.replace(/^[(（[［]\s*|\s*[)）\]］]$/g, "") };
  } else {
    const found = scan(text);
    if (found.unknown === 0 && (found.currency !== undefined || found.scale !== undefined)) {
      unit = moneyUnit(found.currency, found.scale ?? 1);
    }
  }
  unitCellCache.set(text, unit);
  return unit;
}

/**
 * A unit note in a title or header cell ("(JPY in millions)", "(¥ millions)", "in thousands of U.S. dollars",
 * "単位：百万円", "Amounts in JPY"). Lenient: a few other words may surround it. Null when the text names
 * no currency or scale, or is a sentence rather than a note.
 */
export function findUnitNote(cell: CellValue | undefined): Unit | null {
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (text === "" || text.length > 160) return null;
  const whole = text.length <= 80 ? noteOf(text) : null;
  if (whole) return whole;
  // "(In millions, except number of shares, which are reflected in thousands, …)": the first clause says it
  const clause = /^[(（]?\s*(in [^,;()（）]+)[,;]/i.exec(text);
  return clause ? noteOf(clause[1] ?? "") : null;
}

function noteOf(text: string): Unit | null {
  const found = scan(text);
  if (found.currency === undefined && found.scale === undefined) return null;
  if (found.unknown > 3) return null;
  return moneyUnit(found.currency, found.scale ?? 1);
}

/** True for a count/rate unit ("contracts", "Mbps", "%"): such rows are stocks or rates, never money. */
export function isCountUnit(unit: Unit): boolean {
  return unit.currency === undefined && unit.scale === 1 && unit.label !== "";
}
