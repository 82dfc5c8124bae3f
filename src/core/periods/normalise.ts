/**
 * Label text in one canonical shape for matching: Unicode NFKC (full-width digits and letters become ASCII,
 * as in `２００２年３月期`), dashes and tildes unified to "-", curly quotes to "'", spaces collapsed, upper case, footnote marks dropped.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212~〜]/g, "-")
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ ?[*†‡]+$/u, "")
    .toUpperCase();
}

/** Earliest and latest fiscal/calendar years accepted from a label. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Whether a year is inside the accepted span. */
export function plausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}
