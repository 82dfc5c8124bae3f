import {
  halfPeriod,
  monthPeriod,
  quarterPeriod,
  type PeriodShape,
  ttmPeriod,
  yearEndingPeriod,
  ytdPeriod,
} from "./build";
import { daysInMonth, isoDate, monthIndex } from "./dates";
import { fiscalPositionOfMonth, isQuarterEndMonth, isValidCalendar } from "./fiscal";
import { annotate } from "./annotations";
import { normaliseLabel, plausibleYear } from "./normalise";
import { dateOfSerial, type LabelDate, parseDateText, periodEndMonth } from "./parse-date";
import { parseFiscalLabel } from "./parse-fiscal";
import type { FiscalCalendar, Period } from "./types";
import type { CellValue } from "../grid/types";

const DECEMBER: FiscalCalendar = { endMonth: 12, naming: "end-year" };

/**
 * A date as a period: a month end (or a month without a day) closing a fiscal quarter of the calendar is that
 * quarter; any other date is its calendar month.
 */
export function periodOfDate(d: LabelDate, calendar: FiscalCalendar): PeriodShape {
  const monthEnd = d.day === undefined || d.day === daysInMonth(d.year, d.month);
  if (monthEnd && isQuarterEndMonth(d.month, calendar.endMonth)) {
    const pos = fiscalPositionOfMonth(monthIndex(d.year, d.month), calendar);
    return quarterPeriod(pos.fiscalYear, pos.quarter, calendar);
  }
  return monthPeriod(d.year, d.month, calendar);
}

/** A label that is a fiscal period or a date (not TTM). */
function parseText(text: string, calendar: FiscalCalendar): PeriodShape | null {
  const fiscal = parseFiscalLabel(text, calendar);
  if (fiscal) return fiscal;
  const d = parseDateText(text);
  return d ? periodOfDate(d, calendar) : null;
}

/** Last quarter of a period, for the TTM ending with it; null for a month that closes no quarter. */
function lastQuarter(p: PeriodShape): number | null {
  switch (p.kind) {
    case "quarter":
    case "ytd":
    case "ttm":
      return p.quarter ?? null;
    case "half":
      return p.half === undefined ? null : p.half * 2;
    case "year":
      return 4;
    case "month":
      return null;
  }
}

/** `TTM 4Q01`, `LTM Q4 FY2001`, `4Q01 LTM`, `TTM Mar-02`: twelve months ending with the named quarter. */
function parseTrailing(text: string, calendar: FiscalCalendar): PeriodShape | null | undefined {
  let rest: string;
  if (text.startsWith("TTM") || text.startsWith("LTM"))
    rest = text.slice(3).replace(/^ ?[-:]? ?/, "");
  else if (text.endsWith("TTM") || text.endsWith("LTM"))
    rest = text.slice(0, -3).replace(/ ?-? ?$/, "");
  else return undefined;
  if (rest === "") return null;
  const inner = parseText(rest, calendar);
  if (!inner) return null;
  const q = lastQuarter(inner);
  return q === null ? null : ttmPeriod(inner.fiscalYear, q, calendar);
}

/** `THREE MONTHS ENDED MARCH 31, 2024`, `YEAR ENDED 31 MARCH 2024`, `SIX MONTHS ENDED 2024-06-30`. */
const ENDED =
  /^(?:(THREE|SIX|NINE|TWELVE|3|6|9|12)[- ]MONTHS?|(QUARTER|HALF[- ]YEAR|(?:FISCAL )?YEAR|FY)) (?:PERIOD )?ENDED,? (.+)$/;

const MONTHS_OF: Record<string, number> = {
  THREE: 3,
  "3": 3,
  QUARTER: 3,
  SIX: 6,
  "6": 6,
  "HALF YEAR": 6,
  "HALF-YEAR": 6,
  NINE: 9,
  "9": 9,
  TWELVE: 12,
  "12": 12,
};

/**
 * The period a US/IFRS statement column names by its length and end date: three months (a quarter), six (the
 * first or second half), nine (the first three quarters), a year or twelve months (the fiscal year ending then —
 * the label's month wins, as in `FY3/02` — or, for twelve months ending inside a fiscal year, the trailing twelve
 * months). The end date may be a 52/53-week one ("July 1, 2023" closes June; see `periodEndMonth`). Undefined when
 * the text is not of that form; null when its end date is not a quarter end of the calendar.
 */
function parseEnded(text: string, calendar: FiscalCalendar): PeriodShape | null | undefined {
  const m = ENDED.exec(text);
  if (!m) return undefined;
  const date = parseDateText(m[3] ?? "");
  const d = date ? periodEndMonth(date) : null;
  if (!d) return null;
  const word = m[1] ?? m[2] ?? "";
  if (/YEAR$|^FY$/.test(word) && !/HALF/.test(word))
    return yearEndingPeriod(d.year, d.month, calendar);
  const months = MONTHS_OF[word];
  if (!isQuarterEndMonth(d.month, calendar.endMonth)) return null;
  const { fiscalYear: fy, quarter: q } = fiscalPositionOfMonth(
    monthIndex(d.year, d.month),
    calendar
  );
  switch (months) {
    case 3:
      return quarterPeriod(fy, q, calendar);
    case 6:
      return q === 2 || q === 4 ? halfPeriod(fy, q / 2, calendar) : null;
    case 9:
      return q === 3 ? ytdPeriod(fy, 1, 3, calendar) : null;
    case 12:
      return q === 4 ? yearEndingPeriod(d.year, d.month, calendar) : ttmPeriod(fy, q, calendar);
    default:
      return null;
  }
}

function parseString(label: string, calendar: FiscalCalendar): Period | null {
  // status words and notes (`予想`, `FY25E`, `(3-5月)`) do not change the period a label names
  const text = annotate(normaliseLabel(label)).rest;
  if (text === "") return null;
  const ended = parseEnded(text, calendar);
  const trailing = ended === undefined ? parseTrailing(text, calendar) : ended;
  const shape = trailing === undefined ? parseText(text, calendar) : trailing;
  return shape ? { label: label.trim(), ...shape } : null;
}

function parseNumber(value: number, calendar: FiscalCalendar): Period | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value) && plausibleYear(value) && value >= 1950 && value <= 2100) {
    const shape = parseFiscalLabel(String(value), calendar);
    return shape ? { label: String(value), ...shape } : null;
  }
  const d = dateOfSerial(value);
  if (!d || d.day === undefined) return null;
  return { label: isoDate(d.year, d.month, d.day), ...periodOfDate(d, calendar) };
}

/**
 * Read a period label as written in a header cell, under a fiscal calendar.
 * Understands quarters (`4Q01`, `Q4 FY2001`, `Q4 2001`, `4Q FY01`), halves (`1H17`, `H1 FY2017`), spans and
 * year-to-date (`1Q-3Q19`, `9M19`), years (`FY2001`, `FY01`, `FY3/02`, `FY 3/99`, `FY3/2002`, `2002年3月期`,
 * a plain `2001`), Japanese quarters (`2002年3月期 第4四半期`), trailing twelve months (`TTM 4Q01`, `LTM …`),
 * statement columns (`Three months ended March 31, 2024`, `Year ended 31 March 2024`, `Nine months ended …`),
 * dates as text (`2002-03-31`, `3/31/2002`, `Mar-02`, `Mar 2002`) and Excel date serials (1950–2099).
 * Two-digit years: 00–49 → 2000s, 50–99 → 1900s. Returns null for anything else; never throws.
 * `label` keeps the text as written (trimmed); a serial's label is its ISO date.
 */
export function parsePeriod(label: CellValue, calendar: FiscalCalendar): Period | null {
  const cal = isValidCalendar(calendar) ? calendar : DECEMBER;
  if (typeof label === "string") return parseString(label, cal);
  if (typeof label === "number") return parseNumber(label, cal);
  return null;
}
