import { quarterPeriod, type PeriodShape } from "./build";
import { monthIndex, parseIsoDate } from "./dates";
import { fiscalPositionOfMonth, isValidCalendar } from "./fiscal";
import type { FiscalCalendar } from "./types";

const DECEMBER: FiscalCalendar = { endMonth: 12, naming: "end-year" };

/**
 * The fiscal quarter containing an ISO date (`2002-02-15` → 4Q01 under a March year end, start-year
 * naming), for rolling monthly rows up. Null when the date is malformed; an invalid calendar is read as December.
 */
export function tryQuarterOfDate(isoDate: string, calendar: FiscalCalendar): PeriodShape | null {
  const d = parseIsoDate(isoDate);
  if (!d) return null;
  const cal = isValidCalendar(calendar) ? calendar : DECEMBER;
  const pos = fiscalPositionOfMonth(monthIndex(d.year, d.month), cal);
  return quarterPeriod(pos.fiscalYear, pos.quarter, cal);
}

/**
 * `tryQuarterOfDate` for a date known to be well formed (e.g. a parsed period's `end`). A malformed date
 * never throws: it yields the quarter containing 1900-01-01 — check with `tryQuarterOfDate` when unsure.
 */
export function quarterOfDate(isoDate: string, calendar: FiscalCalendar): PeriodShape {
  return (
    tryQuarterOfDate(isoDate, calendar) ?? (tryQuarterOfDate("1900-01-01", calendar) as PeriodShape)
  );
}
