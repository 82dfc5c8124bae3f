/** How a company numbers its fiscal years. */
export type FiscalNaming =
  /** IIJ style: "fiscal 2001" = April 2001 – March 2002; quarters 1Q01…4Q01; "FY3/02" names the same year by its end. */
  | "start-year"
  /** US style: "FY2002" = the year that ends in 2002. */
  | "end-year";

export interface FiscalCalendar {
  /** Month (1–12) in which the fiscal year ends: 3 for the seed, 12 by default, 9 for many US companies. */
  endMonth: number;
  naming: FiscalNaming;
}

export type PeriodKind = "quarter" | "half" | "year" | "ytd" | "month" | "ttm";

/**
 * A fiscal period. `fiscalYear` is always the year in the calendar's naming
 * (start-year naming: fiscal 2001 ends March 2002).
 */
export interface Period {
  /** The label as written in the input (or formatted in the calendar's style when the period was derived). */
  label: string;
  kind: PeriodKind;
  fiscalYear: number;
  /** 1–4 for a quarter; for ytd/ttm, the last quarter covered. */
  quarter?: number;
  /** 1–2 for a half. */
  half?: number;
  /** For ytd ("1Q-3Q19"): first quarter covered. */
  fromQuarter?: number;
  /** 1–12 within the calendar year, for a month period. */
  month?: number;
  /** First and last day, ISO dates `YYYY-MM-DD`. */
  start: string;
  end: string;
}
