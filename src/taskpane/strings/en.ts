import { MONTHS } from "../../core/summarise/messages";

/** English strings of the task pane: every user-facing word of the pane lives here. */
export const en = {
  appTitle: "QuarterDeck",
  refreshKpis: "Refresh KPIs",
  tabsLabel: "QuarterDeck views",
  tabSetup: "Set up",
  tabCheck: "Check",
  tabRefresh: "Refresh",
  tabExport: "Export",

  // Preview mode: opening a workbook
  previewTitle: "Preview outside Excel",
  previewIntro:
    "Open a results workbook (.xlsx) or a CSV of figures to try QuarterDeck in the browser.",
  openSample: "Open sample",
  chooseFile: "Choose a file…",
  fileInputLabel: "Workbook or CSV file",
  dropHere: "Drop an .xlsx or .csv file here",
  opened: (name: string) => `Opened ${name}`,
  openFailedTitle: "The file could not be opened",
  openFailedHint: "Save it as an Excel workbook (.xlsx) or a CSV file and try again.",
  sampleFailedTitle: "The sample could not be loaded",
  sampleFailedHint: "Check your connection and reload the page, or open the file yourself.",
  noWorkbook: "Open a workbook first: use “Open sample” or choose a file.",

  // Set up
  sourceHeading: "Source of the figures",
  useSelection: "Use selected range",
  namedSource: "Named range or table",
  namedSourcePlaceholder: "Choose a name or table",
  detect: "Detect",
  currentSource: "Current source",
  sourceSelection: "the selected range",
  sourceName: (name: string) => `named range ${name}`,
  sourceTable: (name: string) => `table ${name}`,
  understoodHeading: "What QuarterDeck understood",
  layout: "Layout",
  layoutNames: {
    wide: "Wide (metrics in rows, periods in columns)",
    tall: "Tall (periods in rows)",
    long: "Long (one row per figure)",
  },
  periods: "Periods",
  periodsRange: (first: string, last: string, count: number) =>
    `${first} … ${last} (${count} periods)`,
  fiscalYear: "Fiscal year",
  fiscalYearDescription: (month: string, naming: string, inferred: boolean) =>
    `Ends in ${month}, ${naming}${inferred ? " (read from the labels)" : ""}`,
  namingStartYear: "named by start year (fiscal 2001 = FY3/02)",
  namingEndYear: "named by end year (FY2002)",
  moneyUnit: "Money unit",
  mappingHeading: "Labels and metrics",
  mappingCaption: "Row labels and the metric each one was read as",
  mappingLabel: "Label",
  mappingMetric: "Metric",
  mappingUnit: "Unit",
  mappingMetricFor: (label: string) => `Metric for ${label}`,
  mappingReset: (label: string) => `Read ${label} automatically again`,
  mappingResetText: "Automatic",
  unknownLabel: "Unknown label",
  mappingHint:
    "Choose a metric to correct how a line is read; Save keeps it for the next check and refresh.",
  mappingNewMetric: "New metric id",
  mappingNoMatch: "No metric matches; type an id such as revenue.hosting",
  metricWords: {
    revenue: "Revenue",
    cost: "Cost",
    segment: "segment",
    stock: "stock",
    families: {
      cf: "Cash flow",
      ops: "",
      ratio: "Ratio",
      bs: "Balance sheet",
      per_share: "Per share",
      expenses: "Expenses",
      fx: "Exchange rate",
    } as Readonly<Record<string, string>>,
  },
  sourcesListLabel: "Sources read, in order",
  sourceRemove: (where: string) => `Remove the source ${where}`,
  noSelection: "Nothing is selected.",
  addSelectionFailed: "The selection could not be added",
  addSelectionHint: "Select the block of figures on its sheet and try again.",
  addSelection: "Add the selection",
  detectWorkbook: "Detect in the whole workbook",
  detectedHeading: "Blocks found in the workbook",
  detectedNone: "No figures were found on any sheet.",
  detectedSheetEmpty: (sheet: string) => `${sheet}: no figures (a cover, an index or notes)`,
  detectedBusiness: (prefix: string) => `read as a business of its own (${prefix})`,
  detectedBlock: (lines: number, first: string, last: string, unit: string) =>
    `${lines} ${lines === 1 ? "line" : "lines"}, ${first}…${last}${unit ? `, ${unit}` : ""}`,
  keepBlock: (where: string) => `Keep ${where}`,
  useKeptBlocks: "Use the kept blocks",
  dropDetected: "Close the list",
  keptNone: "Keep at least one block.",
  linesSearch: "Search lines",
  linesSearchPlaceholder: "Label or metric",
  linesGroup: (source: string, shown: number) =>
    `${source} (${shown} ${shown === 1 ? "line" : "lines"})`,
  linesNoMatch: "No line matches the search.",
  notUnderstoodYet: "Choose a source and press Detect or Recheck to see what QuarterDeck reads.",
  optionsHeading: "Options",
  fyEndMonth: "Fiscal year ends in",
  fyEndAuto: "Read from the labels",
  ebitdaDefinition: "EBITDA definition",
  ebitdaNetIncome: "Net income + income taxes + interest expense + D&A",
  ebitdaOperating: "Operating income + D&A (operating EBITDA)",
  currency: "Reporting currency",
  currencyHint: "Used when the figures do not say, e.g. JPY",
  fxRate: "FX rate (units of the reporting currency per 1 USD)",
  fxRateHint: "A number such as 131.04, or a cell such as Figures!M28",
  outputSheet: "Output sheet name",
  formulas: "Write live formulas (off: values only)",
  save: "Save settings",
  saved: "Settings saved in the workbook.",
  saveFailedTitle: "The settings were not saved",
  saveFailedHint: "Check that the workbook is not read-only and try again.",
  detectFailedTitle: "No figures found",
  detectFailedHint:
    "Select the block of figures (labels and periods included) and press “Use selected range”.",
  badFxRate: (text: string) =>
    `“${text}” is not a rate or a cell address; enter a number such as 131.04 or a cell such as Figures!M28.`,
  badSheetName: "The output sheet name must be 1–31 characters without : \\ / ? * [ ].",

  // Check
  checkHeading: "Checks",
  recheck: "Recheck",
  checking: "Checking…",
  noIssues: "No problems found in the figures.",
  severityTitle: { error: "Errors", warning: "Warnings", info: "Notes" },
  severityCount: (count: number) => `${count}`,
  issueCellButton: (cell: string, message: string) => `${cell}: ${message}`,
  errorsDontBlock:
    "Errors do not block the refresh: only the KPIs that need the cell are shown as n.m.",
  affectedKpis: (list: string) => `Will be n.m.: ${list}`,
  noAffectedKpis: "No KPI becomes n.m. because of this.",
  checkFailedTitle: "The figures could not be checked",
  checkFailedHint: "Check the source range in Set up, then press Recheck.",
  selectCellFailed: (cell: string) =>
    `Could not select ${cell}; it may have been moved or deleted.`,

  // Refresh
  refreshHeading: "Summary",
  stages: {
    reading: "Reading figures",
    checking: "Checking",
    computing: "Computing KPIs",
    writing: "Writing the summary sheet",
    done: "Done",
  },
  progressLabel: "Refresh progress",
  lastRefreshed: (when: string) => `Last refreshed ${when}`,
  neverRefreshed: "Not refreshed yet. Press Refresh KPIs.",
  highlightsHeading: "Highlights",
  copy: "Copy",
  copyHighlights: "Copy highlights",
  copied: "Copied to the clipboard.",
  copyFailed: "The clipboard is not available here; select the text and copy it by hand.",
  kpiHeading: (period: string) => `Latest period: ${period}`,
  cardRevenue: "Revenue",
  cardGrowth: "Revenue growth",
  cardMargin: "Operating margin",
  cardEbitda: "EBITDA vs CAPEX",
  yoyShort: (display: string, base: string) => `${display} vs ${base}`,
  qoqShort: (display: string, base: string) => `${display} vs ${base}`,
  capexShort: (display: string) => `CAPEX ${display}`,
  trendLabel: (name: string) => `${name} trend`,
  refreshFailedTitle: "The refresh failed",
  refreshFailedHint:
    "The previous summary was left in place. Check the source in Set up and try again.",
  writtenTo: (sheet: string) => `Summary written to the sheet “${sheet}”.`,
  summaryTableCaption: "KPI summary table",
  summaryTableRegion: "KPI summary table, periods scroll sideways",
  chartsHeading: "Charts",

  // Export
  exportHeading: "Export",
  exportWorkbook: "Export summary workbook",
  exportCsv: "Export CSV",
  exportNeedsRefresh: "Refresh first: the export uses the latest summary.",
  exportOpened: "The summary opened in a new Excel window.",
  exportFailedTitle: "The export failed",
  exportFailedHint: "Refresh the summary and try again.",
  nm: "n.m.",
  dismiss: "Dismiss",
  namedRangesGroup: "Named ranges",
  tablesGroup: "Tables",
  noSources: "This workbook has no named ranges or tables.",
  csvHeaders: { kpi: "KPI", metric: "Metric", measure: "Measure", unit: "Unit" },
  kpiKinds: {
    value: "",
    yoy: "YoY",
    qoq: "QoQ",
    margin: "margin",
    share: "share",
    share_change: "share change",
    usd: "in USD",
    cagr: "CAGR",
    guidance: "vs guidance",
  },
  /** The core's month names, as the summary sheet writes them. */
  months: [...MONTHS],
  // Insert formula: the QUARTERDECK.KPI call of a figure, put into the selected cell.
  insertFormula: "Insert formula",
  insertFormulaFor: (what: string) => `Insert the formula for ${what} into the selected cell`,
  formulaWritten: (cell: string) =>
    `Formula written to ${cell}: it recalculates from the figures whenever they change.`,
  formulaCopied:
    "Formula copied: paste it into a cell in Excel (a workbook file in the preview has no selected cell).",
  formulaSeveralCells: (cell: string) =>
    `${cell} is more than one cell: select one empty cell and try again.`,
  formulaSummarySheet: (cell: string) =>
    `${cell} is on QuarterDeck's summary sheet, which every refresh rewrites: select an empty cell on another sheet.`,
  formulaNotEmpty: (cell: string) =>
    `${cell} is not empty and was left as it is: select an empty cell and try again.`,
  formulaNoClipboard: (formula: string) =>
    `The browser did not allow copying. The formula is: ${formula}`,
  formulaFailedTitle: "The formula was not inserted",
  noFormula: {
    "several-sources":
      "No formula: the figures come from several sources, and a formula reads one range.",
    settings:
      "No formula: this figure depends on settings made in Set up (line corrections, year naming, ratios or guidance) that a formula cannot carry.",
    measure: "No formula: figures in USD use the FX setting, which a formula cannot carry.",
    "no-address": "No formula: the source is not a range address a formula can point at.",
  },
  // Exports where downloads cannot happen, and the diagnostics under Set up.
  exportOffered: (name: string) =>
    `${name} was offered for download. If no file appears, the browser or Excel blocked it.`,
  exportBlockedHint:
    "Excel on Mac and iPad cannot save downloads from the pane. Try Excel on Windows or on the web.",
  csvCopiedInstead:
    "Excel on this device cannot save downloads from the pane, so the CSV table was copied to the clipboard instead.",
  csvNowhere:
    "The CSV was not exported: Excel on this device cannot save downloads from the pane, and the clipboard is not available.",
  diagnosticsHeading: "Diagnostics",
  diagnosticsIntro:
    "What to paste into a support request: where the add-in runs, what this Excel supports, and how long a write, read and delete take.",
  diagnosticsReport: "Diagnostics report",
  diagnosticsRun: "Run round trip",
  diagnosticsRunning: "Running…",
  diagnosticsCopy: "Copy report",
};

export type Strings = typeof en;
