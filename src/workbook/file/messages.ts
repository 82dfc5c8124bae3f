/** User-facing messages of the file adapter, kept together. */
export const fileMessages = {
  empty: (file: string) => `${file} is empty: there is nothing to read.`,
  unreadable: (file: string, why: string) =>
    `${file} could not be read as an Excel workbook (${why}).`,
  legacyXls: (file: string) =>
    `${file} is an old-style .xls workbook; save it as .xlsx (Excel Workbook) or .csv and open it again.`,
  unsupported: (file: string) => `${file} is neither an .xlsx workbook nor a .csv file.`,
  badAddress: (address: string) =>
    `"${address}" is not a cell range QuarterDeck understands (expected e.g. Figures!A1:N30).`,
  noSheet: (sheet: string, address: string) =>
    `The sheet "${sheet}" named in ${address} does not exist in this workbook.`,
  noName: (name: string) => `There is no named range called "${name}" in this workbook.`,
  noTable: (name: string) => `There is no table called "${name}" in this workbook.`,
  emptyWorkbook: "The workbook has no sheets.",
  renamedSheet: (wanted: string, used: string) =>
    `A sheet named "${wanted}" already exists and was not created by QuarterDeck, so the summary was written to "${used}".`,
  invalidSheetName: (wanted: string, used: string) =>
    `"${wanted}" cannot be a sheet name in Excel, so the summary sheet is called "${used}".`,
  settingsUnreadable: (why: string) =>
    `The QuarterDeck settings stored in this workbook could not be read (${why}); they were ignored.`,
  writeFailed: (why: string) =>
    `The summary could not be written (${why}); the previous summary was left in place.`,
} as const;
