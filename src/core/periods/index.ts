/**
 * Periods: the API the reader and the KPI engine use. Implemented in this folder, one concept per file.
 * Keys identify a period independently of how its label was written ("4Q01" and "Q4 FY2001" share a key).
 */
export type { FiscalCalendar, FiscalNaming, Period, PeriodKind } from "./types";
// Implementations export (from their own files, re-exported here):
//   parsePeriod(label: CellValue, calendar: FiscalCalendar): Period | null
//   inferCalendar(labels: CellValue[]): { calendar: FiscalCalendar; confident: boolean } | null
//   formatPeriod(period: Omit<Period, "label">, calendar: FiscalCalendar, like?: string): string
//   periodKey(period: Period): string
//   comparePeriods(a: Period, b: Period): number
//   yoyBaseKey(period: Period): string | null      — comparable period one fiscal year earlier
//   qoqBaseKey(period: Period): string | null      — previous quarter (previous half for halves)
//   componentQuarterKeys(period: Period): string[] — the quarters a year / half / ytd / ttm adds up
//   quarterOfDate(isoDate: string, calendar): Omit<Period, "label">  — for monthly long tables
