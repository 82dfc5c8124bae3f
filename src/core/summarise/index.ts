/** Summarise: highlights and the summary model the workbook adapters write. */
export type {
  ChartSeriesSpec,
  ChartSpec,
  ChartType,
  SummaryCell,
  SummaryModel,
  SummaryRow,
  SummaryTable,
  SummaryValue,
} from "./types";
export { cellAt, rowCells } from "./cell";
export { buildHighlights } from "./highlights";
export { summarise, SUMMARY_TABLE_NAME } from "./summarise";
export { formatMoney, formatPercent } from "./format";
