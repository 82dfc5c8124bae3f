import type { FiscalCalendar, FiscalNaming } from "./types";
import { monthIndex } from "./dates";

/**
 * Calendar year in which fiscal year `fy` (in the calendar's naming) ends.
 * End-year naming: the year itself. Start-year naming: the next year, except with a December year end
 * (the year then starts and ends in the same calendar year).
 */
export function fiscalEndYear(fy: number, endMonth: number, naming: FiscalNaming): number {
  return naming === "end-year" || endMonth === 12 ? fy : fy + 1;
}

/** Fiscal year number (in `naming`) of the fiscal year ending in `endMonth` of `endYear`. */
export function fiscalYearEndingIn(
  endYear: number,
  endMonth: number,
  naming: FiscalNaming
): number {
  return naming === "end-year" || endMonth === 12 ? endYear : endYear - 1;
}

/** Month index of the last month of fiscal year `fy`. */
export function fiscalYearEndIndex(fy: number, calendar: FiscalCalendar): number {
  return monthIndex(fiscalEndYear(fy, calendar.endMonth, calendar.naming), calendar.endMonth);
}

/** Month index of the last month of quarter `q` (1–4) of fiscal year `fy`: year end − 3 × (4 − q). */
export function quarterEndIndex(fy: number, q: number, calendar: FiscalCalendar): number {
  return fiscalYearEndIndex(fy, calendar) - 3 * (4 - q);
}

/** Whether month `month` (1–12) closes a fiscal quarter of a year ending in `endMonth`. */
export function isQuarterEndMonth(month: number, endMonth: number): boolean {
  return (((month - endMonth) % 3) + 3) % 3 === 0;
}

/** The fiscal year and quarter that contain the month with index `mi`. */
export function fiscalPositionOfMonth(
  mi: number,
  calendar: FiscalCalendar
): { fiscalYear: number; quarter: number } {
  const endMonthIdx = calendar.endMonth - 1;
  const ahead = (((endMonthIdx - (mi % 12)) % 12) + 12) % 12;
  const yearEnd = mi + ahead;
  const endYear = Math.floor(yearEnd / 12);
  return {
    fiscalYear: fiscalYearEndingIn(endYear, calendar.endMonth, calendar.naming),
    quarter: 4 - Math.floor(ahead / 3),
  };
}

/** A calendar is usable when its end month is an integer 1–12. */
export function isValidCalendar(calendar: FiscalCalendar): boolean {
  return Number.isInteger(calendar.endMonth) && calendar.endMonth >= 1 && calendar.endMonth <= 12;
}
