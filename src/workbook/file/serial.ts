/** Days between Excel's 1900 epoch (serial 0 = 1899-12-30 with the leap-year bug) and 1970-01-01. */
const EPOCH_1900_OFFSET = 25569;
/** Serial of 1904-01-01 in the 1900 system: the shift between the two date systems. */
const SYSTEM_1904_SHIFT = 1462;
const MS_PER_DAY = 86_400_000;

/**
 * Excel serial number of a date as exceljs returns it (a JS Date whose UTC fields are the cell's wall time).
 * serial = ms / 86 400 000 + 25 569 (1900 system), minus 1 462 in the 1904 system.
 * Rounded to the millisecond so that a time of day keeps its fraction without float noise.
 */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial =
    date.getTime() / MS_PER_DAY + EPOCH_1900_OFFSET - (date1904 ? SYSTEM_1904_SHIFT : 0);
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/** Inverse of {@link dateToSerial}: the Date exceljs would hold for a 1900-system serial. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_1900_OFFSET) * MS_PER_DAY));
}
