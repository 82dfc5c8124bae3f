/** Use cases shared by the task pane, the ribbon command and the CLI. */
export { refresh, type RefreshOptions, type RefreshResult } from "./refresh";
export {
  analyseSource,
  type AnalyseSourceOptions,
  type AnalyseStage,
  type SourceAnalysis,
} from "./analyseSource";
export { check, type CheckOptions, type CheckResult } from "./check";
export { detectOnActiveSheet, type DetectResult } from "./detect";
export {
  detectWorkbook,
  type DetectedBlock,
  type SheetDetected,
  type WorkbookDetected,
} from "./detectWorkbook";
export { findSources, type FoundSources, type SheetWithFigures } from "./findSources";
export { readSource, type ReadSource } from "./readSource";
export {
  loadStoredSettings,
  saveStoredSettings,
  type LoadedSettings,
  type SavedSettings,
} from "./settings";
export type { OnProgress, RefreshStage } from "./progress";
export { appMessages } from "./messages";
export {
  exportSummaryWorkbook,
  exportFileName,
  type ExportDeps,
  type ExportResult,
} from "./export";
export { base64FromBytes } from "./base64";
export {
  startAutoRefresh,
  DEFAULT_DELAY_MS,
  type AutoRefresh,
  type AutoRefreshOptions,
  type WatchChanges,
  type SheetChange,
} from "./autoRefresh";
