import { expandYear, parseIsoDate, serialToIso, validDate } from "./dates";
import { plausibleYear } from "./normalise";

/** A date read from a label; `day` is absent for a month without a day (`Mar-02`, `2002-03`). */
export interface LabelDate {
  year: number;
  month: number;
  day?: number;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const FULL = [
  "JANUARY",
  "FEBRUARY",
  "MARCH",
  "APRIL",
  "MAY",
  "JUNE",
  "JULY",
  "AUGUST",
  "SEPTEMBER",
  "OCTOBER",
  "NOVEMBER",
  "DECEMBER",
];

/** Month number of an English month name or abbreviation (`MAR`, `MARCH`, `SEPT`), or null. */
function monthOfName(name: string): number | null {
  const i = name === "SEPT" ? 8 : name.length === 3 ? MONTHS.indexOf(name) : FULL.indexOf(name);
  return i < 0 ? null : i + 1;
}

function dated(year: number, month: number | null, day: number | undefined): LabelDate | null {
  if (month === null || !plausibleYear(year)) return null;
  if (day === undefined) return month >= 1 && month <= 12 ? { year, month } : null;
  return validDate(year, month, day);
}

type Rule = [RegExp, (m: RegExpExecArray) => LabelDate | null];

const RULES: Rule[] = [
  // 2002-03-31, 2002/03/31, 2002.3.31, with an optional time part
  [
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/,
    (m) => dated(Number(m[1]), Number(m[2]), Number(m[3])),
  ],
  // 2002-03, 2002/3
  [/^(\d{4})[-/.](\d{1,2})$/, (m) => dated(Number(m[1]), Number(m[2]), undefined)],
  // 3/31/2002 (month first, as in the US); 31/3/2002 when the first number cannot be a month
  [
    /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/,
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const y = expandYear(m[3] ?? "");
      return a > 12 ? dated(y, b, a) : dated(y, a, b);
    },
  ],
  // Mar-02, Mar 2002, March 2002, Mar'02, MAR.02
  [
    /^([A-Z]{3,9})\.? ?[-' /.]? ?(\d{4}|\d{2})$/,
    (m) => dated(expandYear(m[2] ?? ""), monthOfName(m[1] ?? ""), undefined),
  ],
  // 31-Mar-02, 31 March 2002
  [
    /^(\d{1,2})[- ]([A-Z]{3,9})\.?[- ,]*(\d{4}|\d{2})$/,
    (m) => dated(expandYear(m[3] ?? ""), monthOfName(m[2] ?? ""), Number(m[1])),
  ],
  // March 31, 2002
  [
    /^([A-Z]{3,9})\.? (\d{1,2}),? (\d{4})$/,
    (m) => dated(Number(m[3]), monthOfName(m[1] ?? ""), Number(m[2])),
  ],
  // 2002年3月, 2002年3月31日, 2002年3月末
  [
    /^(\d{4}) ?年 ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?日)?末?$/,
    (m) => dated(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])),
  ],
];

/** A date written as text (normalised label), or null. */
export function parseDateText(text: string): LabelDate | null {
  for (const [re, build] of RULES) {
    const m = re.exec(text);
    if (m) return build(m);
  }
  return null;
}

/** Serials accepted as dates in labels: 1950-01-01 (18264) to 2099-12-31 (73050). */
export const MIN_LABEL_SERIAL = 18264;
export const MAX_LABEL_SERIAL = 73050;

/** The date of an Excel serial in the plausible span for period labels, or null. */
export function dateOfSerial(serial: number): LabelDate | null {
  if (!Number.isFinite(serial) || serial < MIN_LABEL_SERIAL || serial >= MAX_LABEL_SERIAL + 1)
    return null;
  const iso = serialToIso(serial);
  return iso === null ? null : parseIsoDate(iso);
}

/**
 * The month a reporting period ends in, for a statement date: a 52/53-week year ends its periods on a weekday
 * near the month end ("June 29, 2024", "July 1, 2023"), so a date in a month's first week closes the month
 * before, a date from the 22nd on closes its own month, and a date without a day is its month. Null for a date
 * mid-month (no period ends there).
 */
export function periodEndMonth(d: LabelDate): { year: number; month: number } | null {
  if (d.day === undefined || d.day >= 22) return { year: d.year, month: d.month };
  if (d.day > 7) return null;
  return d.month === 1 ? { year: d.year - 1, month: 12 } : { year: d.year, month: d.month - 1 };
}
