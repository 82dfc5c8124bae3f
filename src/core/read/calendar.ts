import type { CellValue } from "../grid/types";
import { inferCalendar, parsePeriod } from "../periods";
import type { FiscalCalendar, Period } from "../periods/types";
import type { Settings } from "../settings";

/** Calendar used to find period labels before the real one is known, and when nothing says otherwise. */
export const DEFAULT_CALENDAR: FiscalCalendar = { endMonth: 12, naming: "end-year" };

/**
 * The fiscal calendar of a range: the settings' year-end month when given; otherwise inferred from the
 * period labels (a `FY3/02` column beside `4Q01` says March, start-year); otherwise December.
 * `settings.naming` always wins over an inferred naming.
 */
export function chooseCalendar(
  labels: CellValue[],
  settings: Settings
): { calendar: FiscalCalendar; inferred: boolean } {
  const guess = labels.length > 0 ? inferCalendar(labels) : null;
  const fyEnd = settings.fyEndMonth;
  if (fyEnd !== undefined && Number.isInteger(fyEnd) && fyEnd >= 1 && fyEnd <= 12) {
    const naming =
      settings.naming ??
      (guess && guess.calendar.endMonth === fyEnd
        ? guess.calendar.naming
        : DEFAULT_CALENDAR.naming);
    return { calendar: { endMonth: fyEnd, naming }, inferred: false };
  }
  if (guess && guess.confident) {
    return {
      calendar: {
        endMonth: guess.calendar.endMonth,
        naming: settings.naming ?? guess.calendar.naming,
      },
      inferred: true,
    };
  }
  return {
    calendar: {
      endMonth: DEFAULT_CALENDAR.endMonth,
      naming: settings.naming ?? DEFAULT_CALENDAR.naming,
    },
    inferred: false,
  };
}

/** A parser that reads each distinct label once (cached by the cell value: string or number). */
export function periodParser(
  calendar: FiscalCalendar
): (cell: CellValue | undefined) => Period | null {
  const cache = new Map<CellValue, Period | null>();
  return (cell) => {
    if (cell === undefined || cell === "" || typeof cell === "boolean") return null;
    let p = cache.get(cell);
    if (p === undefined) {
      p = parsePeriod(cell, calendar);
      cache.set(cell, p);
    }
    return p;
  };
}
