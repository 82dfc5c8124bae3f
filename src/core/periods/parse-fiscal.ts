import {
  halfPeriod,
  quarterPeriod,
  type PeriodShape,
  yearEndingPeriod,
  yearPeriod,
  ytdPeriod,
} from "./build";
import { expandYear, monthIndex } from "./dates";
import { fiscalPositionOfMonth, fiscalYearEndingIn, isQuarterEndMonth } from "./fiscal";
import { plausibleYear } from "./normalise";
import type { FiscalCalendar } from "./types";

/** Year token: `01`, `2001`, `'01`. */
const YR = "'?(\\d{4}|\\d{2})";
/** Optional "FY" between a quarter/half marker and the year. */
const FY = "(?:FY)?";

type Builder = (m: RegExpExecArray, calendar: FiscalCalendar) => PeriodShape | null;

function year(token: string | undefined): number | null {
  if (token === undefined) return null;
  const y = expandYear(token);
  return plausibleYear(y) ? y : null;
}

function num(token: string | undefined): number {
  return Number(token);
}

/** Calendar of a label that names its own year-end month (`4Q FY3/02`): that month, the given naming. */
function withMonth(calendar: FiscalCalendar, endMonth: number): FiscalCalendar {
  return { endMonth, naming: calendar.naming };
}

function quarter(q: number, y: number | null, calendar: FiscalCalendar): PeriodShape | null {
  return y === null ? null : quarterPeriod(y, q, calendar);
}

function half(h: number, y: number | null, calendar: FiscalCalendar): PeriodShape | null {
  return y === null ? null : halfPeriod(y, h, calendar);
}

function span(
  from: number,
  to: number,
  y: number | null,
  calendar: FiscalCalendar
): PeriodShape | null {
  if (y === null || from > to) return null;
  return from === to ? quarterPeriod(y, to, calendar) : ytdPeriod(y, from, to, calendar);
}

/** The fiscal year ending in month/year of a label (`FY3/02`), or null for a bad month. */
function yearEnding(month: number, y: number | null, calendar: FiscalCalendar): PeriodShape | null {
  if (y === null || month < 1 || month > 12) return null;
  return yearEndingPeriod(y, month, calendar);
}

/** Quarter `q` of the fiscal year ending month/year (`4Q FY3/02`, `2002年3月期 第4四半期`). */
function quarterOfYearEnding(
  q: number,
  month: number,
  y: number | null,
  calendar: FiscalCalendar
): PeriodShape | null {
  if (y === null || month < 1 || month > 12) return null;
  const cal = withMonth(calendar, month);
  return quarterPeriod(fiscalYearEndingIn(y, month, cal.naming), q, cal);
}

/** Months-to-date (`9M19`): 3 → first quarter, 6 and 9 → quarters 1…2 and 1…3, 12 → the year. */
function monthsToDate(
  months: number,
  y: number | null,
  calendar: FiscalCalendar
): PeriodShape | null {
  if (y === null) return null;
  if (months === 12) return yearPeriod(y, calendar);
  return span(1, months / 3, y, calendar);
}

const ORDINALS: Record<string, number> = {
  "1ST": 1,
  FIRST: 1,
  "2ND": 2,
  SECOND: 2,
  "3RD": 3,
  THIRD: 3,
  "4TH": 4,
  FOURTH: 4,
};

/**
 * A period inside fiscal year `fy` of `cal`, named by what follows the year: 通期/本決算 (or nothing) → the year;
 * 第N四半期, NQ, QN → a quarter; 第N四半期累計, NQ累計, 9M → quarters 1…N; 上期/上半期/中間期/第2四半期累計, 1H, H1 →
 * the first half; 下期/下半期, 2H, H2 → the second.
 */
function periodInYear(
  rest: string,
  fy: number,
  cal: FiscalCalendar,
  wholeYear: () => PeriodShape
): PeriodShape | null {
  const r = rest.replace(/\s/g, "");
  if (/^(|通期|本決算|年度|FY|FULLYEAR|TOTAL|YEAR)$/.test(r)) return wholeYear();
  const q = /^第([1-4])四半期(累計)?$/.exec(r) ?? /^(?:([1-4])Q|Q([1-4]))(累計|YTD)?$/.exec(r);
  if (q) {
    const n = num(q[1] ?? q[2]);
    const toDate = q[0].startsWith("第") ? q[2] : q[3];
    return toDate ? span(1, n, fy, cal) : quarterPeriod(fy, n, cal);
  }
  const ordinal = /^(1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH)QUARTER$/.exec(r);
  if (ordinal) return quarterPeriod(fy, ORDINALS[ordinal[1] ?? ""] ?? 0, cal);
  const months = /^(3|6|9|12)M(?:累計|YTD)?$/.exec(r);
  if (months) return monthsToDate(num(months[1]), fy, cal);
  if (/^(上期|上半期|中間期|第2四半期累計|1H|H1|(1ST|FIRST)HALF)$/.test(r))
    return halfPeriod(fy, 1, cal);
  if (/^(下期|下半期|2H|H2|(2ND|SECOND)HALF)$/.test(r)) return halfPeriod(fy, 2, cal);
  return null;
}

/** Japanese suffixes after `YYYY年M月期` (see `periodInYear`). */
function japaneseRest(
  rest: string,
  month: number,
  y: number | null,
  calendar: FiscalCalendar
): PeriodShape | null {
  if (y === null || month < 1 || month > 12) return null;
  const cal = withMonth(calendar, month);
  const fy = fiscalYearEndingIn(y, month, cal.naming);
  return periodInYear(rest, fy, cal, () => yearEndingPeriod(y, month, calendar));
}

/** A fiscal year by number (`FY2026`) over the Japanese or short names of its parts (`第1四半期`, `通期`, `Q1`). */
function fiscalYearRest(
  rest: string,
  y: number | null,
  calendar: FiscalCalendar
): PeriodShape | null {
  if (y === null) return null;
  return periodInYear(rest, y, calendar, () => yearPeriod(y, calendar));
}

/** A fiscal year named by the calendar year it starts in (年度), with the Japanese suffixes of `japaneseRest`. */
function startYearRest(
  rest: string,
  y: number | null,
  calendar: FiscalCalendar
): PeriodShape | null {
  if (y === null) return null;
  const month = calendar.endMonth;
  return japaneseRest(rest, month, month === 12 ? y : y + 1, calendar);
}

/** The fiscal quarter made of months `from`…`to` of year `y` (`2024年1-3月期`); null unless they are one quarter. */
function monthsQuarter(
  y: number | null,
  from: number,
  to: number,
  calendar: FiscalCalendar
): PeriodShape | null {
  if (y === null || from < 1 || from > 12 || to < 1 || to > 12) return null;
  if ((to - from + 12) % 12 !== 2 || !isQuarterEndMonth(to, calendar.endMonth)) return null;
  const endYear = to < from ? y + 1 : y;
  const pos = fiscalPositionOfMonth(monthIndex(endYear, to), calendar);
  return quarterPeriod(pos.fiscalYear, pos.quarter, calendar);
}

const RULES: [RegExp, Builder][] = [
  // Quarters: 4Q01, 4Q FY01, 4QFY2001, Q4 FY2001, Q4 2001, Q4-01, FY2001 Q4, 2001Q4, 4Q FY3/02, Q4 FY3/02
  [new RegExp(`^([1-4])Q ?${FY} ?${YR}$`), (m, c) => quarter(num(m[1]), year(m[2]), c)],
  [new RegExp(`^Q([1-4]) ?[-/]? ?${FY} ?${YR}$`), (m, c) => quarter(num(m[1]), year(m[2]), c)],
  [new RegExp(`^FY ?${YR} ?[-/]? ?Q([1-4])$`), (m, c) => quarter(num(m[2]), year(m[1]), c)],
  [/^(\d{4}) ?[-/]? ?Q([1-4])$/, (m, c) => quarter(num(m[2]), year(m[1]), c)],
  [
    /^([1-4])Q ?FY ?(\d{1,2})\/(\d{4}|\d{2})$/,
    (m, c) => quarterOfYearEnding(num(m[1]), num(m[2]), year(m[3]), c),
  ],
  [
    /^Q([1-4]) ?FY ?(\d{1,2})\/(\d{4}|\d{2})$/,
    (m, c) => quarterOfYearEnding(num(m[1]), num(m[2]), year(m[3]), c),
  ],
  // FY3/25 1Q, FY3/25 Q1 (the fiscal year first, as Japanese data books often write it)
  [
    /^FY ?(\d{1,2})\/(\d{4}|\d{2}) ?-? ?(?:([1-4])Q|Q([1-4]))$/,
    (m, c) => quarterOfYearEnding(num(m[3] ?? m[4]), num(m[1]), year(m[2]), c),
  ],
  // Japanese calendar quarters: 2024年1-3月期, 2024年4～6月 (the months of one fiscal quarter)
  [
    /^(\d{4}) ?年 ?(\d{1,2}) ?- ?(\d{1,2}) ?月期?$/,
    (m, c) => monthsQuarter(year(m[1]), num(m[2]), num(m[3]), c),
  ],
  // Halves: 1H17, 2H FY17, H1 FY2017, H2 2017, FY2017 H1
  [new RegExp(`^([12])H ?${FY} ?${YR}$`), (m, c) => half(num(m[1]), year(m[2]), c)],
  [new RegExp(`^H([12]) ?[-/]? ?${FY} ?${YR}$`), (m, c) => half(num(m[1]), year(m[2]), c)],
  [new RegExp(`^FY ?${YR} ?[-/]? ?H([12])$`), (m, c) => half(num(m[2]), year(m[1]), c)],
  // Year to date: 1Q-3Q19, Q1-Q3 FY2019, 1-3Q19, 9M19, 9M FY2019
  [
    new RegExp(`^([1-4])Q ?- ?([1-4])Q ?${FY} ?${YR}$`),
    (m, c) => span(num(m[1]), num(m[2]), year(m[3]), c),
  ],
  [
    new RegExp(`^Q([1-4]) ?- ?Q([1-4]) ?${FY} ?${YR}$`),
    (m, c) => span(num(m[1]), num(m[2]), year(m[3]), c),
  ],
  [
    new RegExp(`^([1-4]) ?- ?([1-4])Q ?${FY} ?${YR}$`),
    (m, c) => span(num(m[1]), num(m[2]), year(m[3]), c),
  ],
  [new RegExp(`^(3|6|9|12) ?M ?${FY} ?${YR}$`), (m, c) => monthsToDate(num(m[1]), year(m[2]), c)],
  // Year to date by its last quarter: YTD Q3 2024, YTD 3Q24, Q3 YTD FY2024, 3Q24 YTD
  [
    new RegExp(`^YTD ?(?:Q([1-4])|([1-4])Q) ?${FY} ?${YR}$`),
    (m, c) => span(1, num(m[1] ?? m[2]), year(m[3]), c),
  ],
  [
    new RegExp(`^(?:Q([1-4])|([1-4])Q) ?YTD ?${FY} ?${YR}$`),
    (m, c) => span(1, num(m[1] ?? m[2]), year(m[3]), c),
  ],
  [
    new RegExp(`^(?:Q([1-4])|([1-4])Q) ?${FY} ?${YR} ?YTD$`),
    (m, c) => span(1, num(m[1] ?? m[2]), year(m[3]), c),
  ],
  // Years by month of their end: FY3/02, FY 3/99, FY3/2002, FY03/02, FY2002/3
  [/^FY ?(\d{1,2})\/(\d{4}|\d{2})$/, (m, c) => yearEnding(num(m[1]), year(m[2]), c)],
  [/^FY ?(\d{4})\/(\d{1,2})$/, (m, c) => yearEnding(num(m[2]), year(m[1]), c)],
  // Japanese: 2002年3月期, 2002年3月期 第4四半期, 2002年3月期 上期; also 2002/3期
  [
    /^(\d{4}|\d{2}) ?年 ?(\d{1,2}) ?月期(.*)$/,
    (m, c) => japaneseRest(m[3] ?? "", num(m[2]), year(m[1]), c),
  ],
  [
    /^(\d{4}|\d{2}) ?\/ ?(\d{1,2}) ?期(.*)$/,
    (m, c) => japaneseRest(m[3] ?? "", num(m[2]), year(m[1]), c),
  ],
  // Japanese fiscal years named by the year they start in: 2023年度 (April 2023 – March 2024 for a March year end),
  // 2023年度 第1四半期, 2023年度 上期
  [/^(\d{4}) ?年度(.*)$/, (m, c) => startYearRest(m[2] ?? "", year(m[1]), c)],
  // Years by number: FY2001, FY01, FY 2001, Fiscal 2001, Fiscal year 2001, FY2002E / FY2001A
  [
    new RegExp(`^(?:FY|FISCAL(?: YEAR)?) ?${YR} ?(?:[AEFP]|\\([AEFP]\\))?$`),
    (m, c) => {
      const y = year(m[1]);
      return y === null ? null : yearPeriod(y, c);
    },
  ],
  // A calendar year (CY2023): a fiscal year only when the fiscal year is the calendar year
  [
    /^CY ?(\d{4}|\d{2})$/,
    (m, c) => {
      const y = year(m[1]);
      return y === null || c.endMonth !== 12 ? null : yearPeriod(y, c);
    },
  ],
  // A plain four-digit year (a header "2001"): the fiscal year of that number
  [
    /^(\d{4})$/,
    (m, c) => {
      const y = year(m[1]);
      return y === null ? null : yearPeriod(y, c);
    },
  ],
  // A fiscal year by number over its parts: FY2026 第1四半期, FY2026 通期, FY26 累計 (read last: the forms above win)
  [
    new RegExp(`^(?:FY|FISCAL(?: YEAR)?) ?${YR} (.+)$`),
    (m, c) => fiscalYearRest(m[2] ?? "", year(m[1]), c),
  ],
];

/** Parse a normalised fiscal label (quarter, half, ytd, year; not dates, not TTM). */
export function parseFiscalLabel(text: string, calendar: FiscalCalendar): PeriodShape | null {
  for (const [re, build] of RULES) {
    const m = re.exec(text);
    if (m) return build(m, calendar);
  }
  return null;
}
