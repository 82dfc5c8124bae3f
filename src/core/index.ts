/**
 * QuarterDeck's core, pure TypeScript: read → validate → compute → summarise.
 * Shells and adapters use `analyse` and the types here; the stages are exported for tools and tests.
 */
export { analyse, toHeadlessJson, sortIssues } from "./analyse";
export type { Analysis, AnalyseInputs, HeadlessJson } from "./analyse";
export { DEFAULT_SETTINGS } from "./settings";
export type { EbitdaDefinition, GuidanceItem, RatioKpi, Settings } from "./settings";
export type { CellRef, CellValue, Grid, SourceRange } from "./grid/types";
export type { FiscalCalendar, FiscalNaming, Period, PeriodKind } from "./periods/types";
export type { Dataset, Layout, MetricId, MetricNature, Series, Unit } from "./read/types";
export type { Issue, IssueCode, Severity } from "./issue";
export type { KpiKind, KpiValue } from "./compute/types";
export type { CatalogEntry, KpiLabel, SummaryPlace } from "./compute/catalog-entry";
export { readRange } from "./read";
export { validate } from "./validate";
export { computeKpis, kpiPeriods } from "./compute";
export {
  buildHighlights,
  summarise,
  SUMMARY_TABLE_NAME,
  formatMoney,
  formatPercent,
} from "./summarise";
export type {
  ChartSeriesSpec,
  ChartSpec,
  ChartType,
  SummaryCell,
  SummaryModel,
  SummaryRow,
  SummaryTable,
} from "./summarise";
