/** Every user-facing message of the use cases (analyse, check, refresh, detect, settings, export). */
export const appMessages = {
  noFigures: (address: string) => `${address} holds no figures.`,
  noFiguresOnSheet: (sheet: string) =>
    `No figures were found in the sheet “${sheet}”: it holds no row of numbers with period labels.`,
  emptySheet: (sheet: string) => `The sheet “${sheet}” is empty.`,
  readFailed: (reason: string) => `The figures could not be read: ${reason}`,
  analyseFailed: (reason: string) => `The figures could not be checked and computed: ${reason}`,
  settingsNotSaved: (reason: string) =>
    `The summary was written, but the settings could not be saved (${reason}); the next refresh may write the summary under a new name.`,
  settingsUnreadable: (reason: string) =>
    `The QuarterDeck settings in this workbook could not be read: ${reason}`,
  notSetUp:
    "QuarterDeck is not set up in this workbook yet: open QuarterDeck (Home › Show QuarterDeck) and choose where the figures are.",
  refreshed: (sheet: string, issues: number) =>
    issues === 0
      ? `KPI summary refreshed on "${sheet}".`
      : `KPI summary refreshed on "${sheet}" — ${issues} ${issues === 1 ? "issue" : "issues"} to check in the pane.`,
  refreshFailed: (message: string) => `Refresh KPIs failed: ${message}`,
  exportFailed: (reason: string) => `The summary workbook could not be made: ${reason}`,
  exportNotOpened: (reason: string) =>
    `The export did not happen: Excel could not open the summary as a new workbook (${reason}), and Excel on this device cannot save downloads from the pane.`,
  exportNowhere:
    "The export did not happen: Excel on this device cannot save downloads from the pane, and opening the summary as a new workbook needs Excel API 1.8, which this Excel lacks. Copy the table with Export CSV instead.",
} as const;
