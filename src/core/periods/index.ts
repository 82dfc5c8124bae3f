/**
 * Periods: the API the reader and the KPI engine use. Implemented in this folder, one concept per file.
 * Keys identify a period independently of how its label was written ("4Q01" and "Q4 FY2001" share a key).
 */
export type { FiscalCalendar, FiscalNaming, Period, PeriodKind } from "./types";
//   parsePeriod(label: CellValue, calendar: FiscalCalendar): Period | null
export { parsePeriod, periodOfDate } from "./parse";
//   inferCalendar(labels: CellValue[]): { calendar: FiscalCalendar; confident: boolean } | null
export { inferCalendar } from "./infer";
export type { CalendarGuess } from "./infer";
//   formatPeriod(period: Omit<Period, "label">, calendar: FiscalCalendar, like?: string): string
export { formatPeriod } from "./format";
//   periodKey(period: Period): string
export { periodKey, parseKey } from "./key";
//   comparePeriods(a: Period, b: Period): number
export { comparePeriods } from "./compare";
//   yoyBaseKey(period: Period): string | null      — comparable period one fiscal year earlier
//   qoqBaseKey(period: Period): string | null      — previous quarter (previous half for halves)
export { qoqBaseKey, yoyBaseKey } from "./pairing";
//   componentQuarterKeys(period: Period): string[] — the quarters a year / half / ytd / ttm adds up
export { componentQuarterKeys } from "./components";
//   quarterOfDate(isoDate: string, calendar): Omit<Period, "label">  — for monthly long tables
export { quarterOfDate, tryQuarterOfDate } from "./quarter-of-date";
// Period constructors (without a label) for derived periods.
export {
  halfPeriod,
  monthPeriod,
  quarterPeriod,
  ttmPeriod,
  yearEndingPeriod,
  yearPeriod,
  ytdPeriod,
} from "./build";
export type { PeriodShape } from "./build";
export { serialToIso, isoToSerial } from "./dates";
// What a label says besides its period: actual, forecast (guidance) or plan figures; a year end said in a note.
export { annotate, figureStatus, yearEndOfMonthsNote } from "./annotations";
export type { FigureStatus } from "./annotations";
export { yearEndInNote } from "./year-end-note";
