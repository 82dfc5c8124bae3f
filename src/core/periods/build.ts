import { monthEndIso, monthIndex, monthStartIso } from "./dates";
import {
  fiscalPositionOfMonth,
  fiscalYearEndIndex,
  fiscalYearEndingIn,
  quarterEndIndex,
} from "./fiscal";
import type { FiscalCalendar, Period } from "./types";

/** A period without its label: what the constructors below return. */
export type PeriodShape = Omit<Period, "label">;

function span(firstMonth: number, lastMonth: number): { start: string; end: string } {
  return { start: monthStartIso(firstMonth), end: monthEndIso(lastMonth) };
}

/** Quarter `q` of fiscal year `fy`: the three months ending year end − 3 × (4 − q). */
export function quarterPeriod(fy: number, q: number, calendar: FiscalCalendar): PeriodShape {
  const last = quarterEndIndex(fy, q, calendar);
  return { kind: "quarter", fiscalYear: fy, quarter: q, ...span(last - 2, last) };
}

/** Half `h` of fiscal year `fy`: the six months ending year end − 6 × (2 − h). */
export function halfPeriod(fy: number, h: number, calendar: FiscalCalendar): PeriodShape {
  const last = fiscalYearEndIndex(fy, calendar) - 6 * (2 - h);
  return { kind: "half", fiscalYear: fy, half: h, ...span(last - 5, last) };
}

/** Fiscal year `fy`: the twelve months ending at the year end. */
export function yearPeriod(fy: number, calendar: FiscalCalendar): PeriodShape {
  const last = fiscalYearEndIndex(fy, calendar);
  return { kind: "year", fiscalYear: fy, ...span(last - 11, last) };
}

/**
 * The fiscal year that ends in `endMonth` of `endYear` (`FY3/02`, `2002年3月期`), numbered in the
 * calendar's naming. The label's month wins over the calendar's for the dates.
 */
export function yearEndingPeriod(
  endYear: number,
  endMonth: number,
  calendar: FiscalCalendar
): PeriodShape {
  const fy = fiscalYearEndingIn(endYear, endMonth, calendar.naming);
  const last = monthIndex(endYear, endMonth);
  return { kind: "year", fiscalYear: fy, ...span(last - 11, last) };
}

/** Quarters `from`…`to` of fiscal year `fy` taken together (`1Q-3Q19`, `9M19`). */
export function ytdPeriod(
  fy: number,
  from: number,
  to: number,
  calendar: FiscalCalendar
): PeriodShape {
  const first = quarterEndIndex(fy, from, calendar) - 2;
  const last = quarterEndIndex(fy, to, calendar);
  return { kind: "ytd", fiscalYear: fy, fromQuarter: from, quarter: to, ...span(first, last) };
}

/** Trailing twelve months ending with quarter `q` of fiscal year `fy` (`TTM 4Q01`). */
export function ttmPeriod(fy: number, q: number, calendar: FiscalCalendar): PeriodShape {
  const last = quarterEndIndex(fy, q, calendar);
  return { kind: "ttm", fiscalYear: fy, quarter: q, ...span(last - 11, last) };
}

/** Calendar month `month` of `year`, placed in its fiscal year. */
export function monthPeriod(year: number, month: number, calendar: FiscalCalendar): PeriodShape {
  const mi = monthIndex(year, month);
  return {
    kind: "month",
    fiscalYear: fiscalPositionOfMonth(mi, calendar).fiscalYear,
    month,
    ...span(mi, mi),
  };
}
