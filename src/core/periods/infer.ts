import { annotate, yearEndOfMonthsNote } from "./annotations";
import { expandYear } from "./dates";
import { normaliseLabel, plausibleYear } from "./normalise";
import { parsePeriod } from "./parse";
import { dateOfSerial, type LabelDate, parseDateText, periodEndMonth } from "./parse-date";
import type { CellValue } from "../grid/types";
import type { FiscalCalendar, FiscalNaming } from "./types";

export interface CalendarGuess {
  calendar: FiscalCalendar;
  /** True when the labels themselves say the year-end month. */
  confident: boolean;
  /**
   * True when the naming is said too (or does not matter: December, or no label numbered by fiscal year).
   * When false, the naming is end-year by default and a setting should decide.
   */
  namingKnown: boolean;
}

/** A label naming the month and calendar year its fiscal year ends in (`FY3/02`, `2002年3月期`). */
interface YearEnd {
  endYear: number;
  endMonth: number;
}

const YEAR_END_FORMS: [RegExp, (m: RegExpExecArray) => YearEnd][] = [
  [
    /^FY ?(\d{1,2})\/(\d{4}|\d{2})$/,
    (m) => ({ endMonth: Number(m[1]), endYear: expandYear(m[2] ?? "") }),
  ],
  [/^FY ?(\d{4})\/(\d{1,2})$/, (m) => ({ endMonth: Number(m[2]), endYear: Number(m[1]) })],
  [
    /^(\d{4}|\d{2}) ?年 ?(\d{1,2}) ?月期/,
    (m) => ({ endMonth: Number(m[2]), endYear: expandYear(m[1] ?? "") }),
  ],
  [
    /^(\d{4}|\d{2}) ?\/ ?(\d{1,2}) ?期/,
    (m) => ({ endMonth: Number(m[2]), endYear: expandYear(m[1] ?? "") }),
  ],
  [
    /^[1-4]Q ?FY ?(\d{1,2})\/(\d{4}|\d{2})$/,
    (m) => ({ endMonth: Number(m[1]), endYear: expandYear(m[2] ?? "") }),
  ],
  [
    /^FY ?(\d{1,2})\/(\d{4}|\d{2}) ?-? ?(?:[1-4]Q|Q[1-4])$/,
    (m) => ({ endMonth: Number(m[1]), endYear: expandYear(m[2] ?? "") }),
  ],
];

/** `YEAR ENDED MARCH 31, 2024`, `FISCAL YEAR ENDED 31 MARCH 2024`: a statement column naming its year end. */
const YEAR_ENDED = /^(?:FISCAL )?YEAR ENDED,? (.+)$/;
/** `NINE MONTHS ENDED …`: three quarters to date, so the year ends three months later. */
const TO_DATE_ENDED = /^(NINE|9)[- ]MONTHS? (?:PERIOD )?ENDED,? (.+)$/;

function yearEndOf(text: string): YearEnd | null {
  const ended = YEAR_ENDED.exec(text);
  if (ended) {
    const date = parseDateText(ended[1] ?? "");
    const d = date ? periodEndMonth(date) : null;
    return d && plausibleYear(d.year) ? { endYear: d.year, endMonth: d.month } : null;
  }
  const toDate = TO_DATE_ENDED.exec(text);
  if (toDate) {
    const date = parseDateText(toDate[2] ?? "");
    const d = date ? periodEndMonth(date) : null;
    if (!d || !plausibleYear(d.year)) return null;
    const index = d.year * 12 + (d.month - 1) + 3;
    return { endYear: Math.floor(index / 12), endMonth: (index % 12) + 1 };
  }
  for (const [re, read] of YEAR_END_FORMS) {
    const m = re.exec(text);
    if (m) {
      const ye = read(m);
      return ye.endMonth >= 1 && ye.endMonth <= 12 && plausibleYear(ye.endYear) ? ye : null;
    }
  }
  return null;
}

/** A label with a fiscal-year number whose meaning depends on the naming: `4Q01`, `1H17`, `FY2001`, `1Q-3Q19`. */
interface Numbered {
  kind: "quarter" | "half" | "year" | "ytd";
  /** Last quarter covered (4 for a year, 2h for a half). */
  last: number;
  /** First quarter covered. */
  first: number;
  year: number;
}

const PROBE: FiscalCalendar = { endMonth: 12, naming: "end-year" };

function numberedOf(value: CellValue, text: string): Numbered | null {
  if (typeof value !== "string" || yearEndOf(text) || parseDateText(text)) return null;
  const p = parsePeriod(value, PROBE);
  if (!p || /^(TTM|LTM)|(TTM|LTM)$/.test(text)) return null;
  switch (p.kind) {
    case "quarter":
      return { kind: "quarter", first: p.quarter ?? 0, last: p.quarter ?? 0, year: p.fiscalYear };
    case "half":
      return {
        kind: "half",
        first: (p.half ?? 0) * 2 - 1,
        last: (p.half ?? 0) * 2,
        year: p.fiscalYear,
      };
    case "ytd":
      return { kind: "ytd", first: p.fromQuarter ?? 1, last: p.quarter ?? 0, year: p.fiscalYear };
    case "year":
      return { kind: "year", first: 1, last: 4, year: p.fiscalYear };
    default:
      return null;
  }
}

function dateOf(value: CellValue, text: string): LabelDate | null {
  if (typeof value === "number") return dateOfSerial(value);
  return typeof value === "string" ? parseDateText(text) : null;
}

/** What one label says, read once per distinct value (long columns repeat their dates). */
interface LabelInfo {
  isPeriod: boolean;
  /** Year-end month implied by a quarter's months note (`Q1 (Apr-Jun)` → March). */
  noteEnd: number | null;
  yearEnd: YearEnd | null;
  numbered: Numbered | null;
  date: LabelDate | null;
}

function infoOf(cache: Map<CellValue, LabelInfo>): (value: CellValue) => LabelInfo {
  return (value) => {
    const hit = cache.get(value);
    if (hit) return hit;
    const text = typeof value === "string" ? annotate(normaliseLabel(value)).rest : "";
    const yearEnd = yearEndOf(text);
    const info: LabelInfo = {
      noteEnd: text === "" ? null : yearEndOfMonthsNote(normaliseLabel(String(value))),
      // a label that names its year end is a period even where the probe calendar cannot place it
      isPeriod: yearEnd !== null || parsePeriod(value, PROBE) !== null,
      yearEnd,
      numbered: numberedOf(value, text),
      date: dateOf(value, text),
    };
    cache.set(value, info);
    return info;
  };
}

interface Votes {
  months: Map<number, number>;
  naming: Map<FiscalNaming, number>;
}

function vote<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Naming from a year-end label and a neighbouring quarter label: the quarter that closes the year (4Q, 2H,
 * …-4Q) just before `FY3/02` is numbered 02 under end-year naming, 01 under start-year; the first quarter after
 * it opens the next year, numbered 03 (end-year) or 02 (start-year).
 */
function voteNaming(
  ye: YearEnd,
  before: Numbered | null,
  after: Numbered | null,
  votes: Votes
): void {
  if (ye.endMonth === 12) return;
  if (before && before.kind !== "year" && before.last === 4) {
    if (before.year === ye.endYear) vote(votes.naming, "end-year");
    else if (before.year === ye.endYear - 1) vote(votes.naming, "start-year");
  }
  if (after && after.kind !== "year" && after.first === 1) {
    if (after.year === ye.endYear + 1) vote(votes.naming, "end-year");
    else if (after.year === ye.endYear) vote(votes.naming, "start-year");
  }
}

/** A fiscal-year label (`FY2002`) right after a quarter-end date: that date closes the year. */
function voteFromDates(fy: Numbered, date: LabelDate | null, votes: Votes): void {
  if (fy.kind !== "year" || !date) return;
  vote(votes.months, date.month);
  if (date.month === 12) return;
  if (fy.year === date.year) vote(votes.naming, "end-year");
  else if (fy.year === date.year - 1) vote(votes.naming, "start-year");
}

/** Ordinal of a label's end, comparable across numbered labels and dates (quarters counted from year 0). */
function ordinal(info: LabelInfo): number | null {
  if (info.numbered) return info.numbered.year * 4 + info.numbered.last;
  if (info.date) return info.date.year * 12 + info.date.month;
  return null;
}

/** True when consecutive labels of the same sort (numbered or dates) go back in time more often than forward. */
function newestFirst(infos: LabelInfo[]): boolean {
  let back = 0;
  let forward = 0;
  let prevKind = "";
  let prevAt = 0;
  for (const info of infos) {
    const now = ordinal(info);
    if (now === null) continue;
    const kind = info.numbered ? "n" : "d";
    if (prevKind === kind) {
      if (now < prevAt) back += 1;
      else if (now > prevAt) forward += 1;
    }
    prevKind = kind;
    prevAt = now;
  }
  return back > forward;
}

function top<K>(map: Map<K, number>): K | null {
  let best: K | null = null;
  let count = 0;
  for (const [k, n] of map) {
    if (n > count) {
      best = k;
      count = n;
    }
  }
  return best;
}

/**
 * Infer the fiscal calendar from a row or column of period labels.
 * - Year-end month: from labels that name it (`FY3/02`, `FY 3/99`, `2002年3月期`), or from a fiscal-year label
 *   following a quarter-end date (`… 2002-03-31, FY2002` → March).
 * - Naming: from a year-end label beside the quarters that close or open it (`4Q01, FY3/02` → start-year;
 *   `4Q02, FY3/02` → end-year), or from the year number beside the closing date (`2002-03-31, FY2002` → end-year).
 * Falls back to December (end-year naming) with `confident: false`. Null when no label reads as a period.
 * Each distinct label is read once, so a long column of repeated dates costs little.
 */
export function inferCalendar(labels: CellValue[]): CalendarGuess | null {
  const infos = labels.map(infoOf(new Map()));
  if (!infos.some((x) => x.isPeriod)) return null;
  const votes: Votes = { months: new Map(), naming: new Map() };
  const yearEnds = infos.map((x) => x.yearEnd);
  const numbered = infos.map((x) => x.numbered);
  const dates = infos.map((x) => x.date);
  // Newest first (as many filings print them): what precedes a label in time follows it in the list.
  const step = newestFirst(infos) ? 1 : -1;
  const at = <T>(list: (T | null)[], i: number): T | null =>
    i >= 0 && i < list.length ? (list[i] ?? null) : null;
  for (let i = 0; i < infos.length; i += 1) {
    const ye = yearEnds[i];
    if (ye) {
      vote(votes.months, ye.endMonth);
      voteNaming(ye, at(numbered, i + step), at(numbered, i - step), votes);
    }
    const noteEnd = infos[i]?.noteEnd ?? null;
    if (noteEnd !== null) vote(votes.months, noteEnd);
    const n = numbered[i];
    if (n) voteFromDates(n, at(dates, i + step), votes);
  }
  const endMonth = top(votes.months);
  if (endMonth === null)
    return { calendar: { endMonth: 12, naming: "end-year" }, confident: false, namingKnown: false };
  const naming = endMonth === 12 ? "end-year" : top(votes.naming);
  const namingMatters = numbered.some((n) => n !== null);
  return {
    calendar: { endMonth, naming: naming ?? "end-year" },
    confident: true,
    namingKnown: naming !== null || !namingMatters,
  };
}
