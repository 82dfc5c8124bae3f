/** Every user-facing message of the Office.js adapter. */
export const officeMessages = {
  chartsNeedApi:
    "Charts skipped: this version of Excel does not support ExcelApi 1.7 (charts need it). The table and highlights were written.",
  chartAxisFormatNeedsApi:
    "Chart axis number formats and secondary axes need ExcelApi 1.8; the charts use Excel's defaults.",
  settingsNeedApi:
    "Settings cannot be saved in this workbook: this version of Excel does not support ExcelApi 1.4.",
  tablesNeedApi: "Tables need ExcelApi 1.1.",
  createWorkbookNeedsApi:
    "Opening the export in a new Excel window needs ExcelApi 1.8; the export is downloaded instead.",
  noFigures: (address: string) => `${address} holds no figures: the range is empty.`,
  noSelection: "Nothing is selected: select the figures and try again.",
  badAddress: (address: string) =>
    `"${address}" is not a range address (expected something like Figures!A1:N30).`,
  noSheet: (address: string) => `The sheet in ${address} does not exist in this workbook.`,
  noName: (name: string) => `There is no named range called "${name}" in this workbook.`,
  noTable: (name: string) => `There is no table called "${name}" in this workbook.`,
  readFailed: (what: string, reason: string) => `Could not read ${what}: ${reason}`,
  tooLarge: (what: string) =>
    `${what} is too large to read even in small pieces; select a smaller range.`,
  writeFailed: (reason: string) =>
    `The summary could not be written; the previous summary is unchanged. (${reason})`,
  writeFailedNotRestored: (sheet: string, reason: string) =>
    `The summary could not be written, and the previous summary on "${sheet}" could not be put back completely: refresh again. (${reason})`,
  sheetTaken: (wanted: string, used: string) =>
    `A sheet called "${wanted}" already exists and is not QuarterDeck's: the summary was written to "${used}" instead.`,
  nameRefused: (problem: string, used: string) => `${problem} "${used}" was used instead.`,
  tableTaken: (wanted: string, used: string) =>
    `A table called "${wanted}" already exists and is not QuarterDeck's: the KPI table is called "${used}".`,
  settingsUnreadable: (reason: string) =>
    `The QuarterDeck settings saved in this workbook could not be read (${reason}). Set the source up again.`,
  settingsInvalid:
    "The QuarterDeck settings saved in this workbook are damaged or from a newer version. Set the source up again.",
  settingsSaveFailed: (reason: string) =>
    `The settings could not be saved in this workbook: ${reason}`,
  chartsNotTidied: (reason: string) =>
    `The summary was written, but the previous charts could not all be removed; the next refresh removes them. (${reason})`,
  nameTaken: (name: string) =>
    `A name called "${name}" already exists and is not QuarterDeck's: it was left as it is.`,
  chartDataHeading: "Chart data (linked to the KPI table)",
  selectFailed: (address: string, reason: string) => `Could not select ${address}: ${reason}`,
  formulaWriteFailed: (reason: string) =>
    `The formula could not be put into the selected cell: ${reason}`,
} as const;
