/**
 * Calendar arithmetic on plain numbers (no Date objects, so no time zones).
 * A "month index" counts months from year 0: year * 12 + (month − 1).
 */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function yearOfIndex(mi: number): number {
  return Math.floor(mi / 12);
}

export function monthOfIndex(mi: number): number {
  return mi - yearOfIndex(mi) * 12 + 1;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** First day of the month with this index, ISO. */
export function monthStartIso(mi: number): string {
  return isoDate(yearOfIndex(mi), monthOfIndex(mi), 1);
}

/** Last day of the month with this index, ISO. */
export function monthEndIso(mi: number): string {
  const y = yearOfIndex(mi);
  const m = monthOfIndex(mi);
  return isoDate(y, m, daysInMonth(y, m));
}

/** A valid calendar date's parts, or null (2002-02-30 is not a date). */
export function validDate(
  year: number,
  month: number,
  day: number
): { year: number; month: number; day: number } | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Parts of an ISO date `YYYY-MM-DD` (a time part after `T` is ignored), or null. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(iso);
  if (!m) return null;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Two-digit years: 00–49 → 2000s, 50–99 → 1900s; four-digit years unchanged. */
export function expandYear(digits: string): number {
  const n = Number(digits);
  if (digits.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** Days from 0000-03-01 style civil count (proleptic Gregorian) to a date; used for serial conversion. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const era = Math.floor(days / 146097);
  const doe = days - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

const EPOCH_1899_12_30 = daysFromCivil(1899, 12, 30);
const EPOCH_1899_12_31 = daysFromCivil(1899, 12, 31);

/**
 * ISO date of an Excel serial in the 1900 date system (the fraction, a time of day, is dropped).
 * Serial 1 = 1900-01-01; 60 is Excel's phantom 29 February 1900 (null: no such day);
 * from 61 on, serial n = 1899-12-30 + n days. Null below 1 or beyond 9999-12-31 (2958465).
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > 2958465 || whole === 60) return null;
  const d = civilFromDays((whole < 60 ? EPOCH_1899_12_31 : EPOCH_1899_12_30) + whole);
  return isoDate(d.year, d.month, d.day);
}

/** Excel 1900-system serial of a date (inverse of `serialToIso`). */
export function isoToSerial(year: number, month: number, day: number): number {
  const days = daysFromCivil(year, month, day);
  const fromLate = days - EPOCH_1899_12_30;
  return fromLate >= 61 ? fromLate : days - EPOCH_1899_12_31;
}
