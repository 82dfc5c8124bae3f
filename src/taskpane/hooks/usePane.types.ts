import type { Analysis } from "../../core/analyse";
import type {
  Capabilities,
  SourceChoices,
  SourceRequest,
  StoredSettings,
  WorkbookPort,
} from "../../workbook/port";
import type { Settings } from "../../core/settings";
import type { SheetDetected } from "../../app/detectWorkbook";
import type { FigureRef } from "../model/kpiFormula";
import type { RefreshDone, RefreshProgress } from "../services/PaneServices.types";

export type PaneTab = "setup" | "check" | "refresh" | "export";
export type PaneArea = "open" | "setup" | "check" | "refresh" | "export";
export type PaneBusy = null | "open" | "detect" | "check" | "refresh" | "save" | "export";

/** A message shown as a Fluent MessageBar: what happened and what to do. */
export interface PaneMessage {
  intent: "error" | "warning" | "success" | "info";
  title?: string;
  body: string;
}

export interface PaneState {
  tab: PaneTab;
  port: WorkbookPort | null;
  workbookName: string | null;
  capabilities: Capabilities | null;
  stored: StoredSettings;
  sources: SourceChoices | null;
  analysis: Analysis | null;
  busy: PaneBusy;
  progress: RefreshProgress | null;
  refreshed: RefreshDone | null;
  lastRefreshed: string | null;
  messages: Partial<Record<PaneArea, PaneMessage>>;
  /** What the last whole-workbook Detect found, while the user keeps or drops its blocks. */
  detected: SheetDetected[] | null;
}

export interface PaneActions {
  setTab(tab: PaneTab): void;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  setSource(source: SourceRequest): Promise<void>;
  detect(): Promise<void>;
  addSelection(): Promise<void>;
  removeSource(index: number): Promise<void>;
  detectWorkbook(): Promise<void>;
  keepSources(sources: SourceRequest[]): Promise<void>;
  closeDetected(): void;
  updateSettings(patch: Partial<Settings>): void;
  save(): Promise<void>;
  recheck(): Promise<void>;
  refresh(): Promise<void>;
  selectCell(cell: string): Promise<void>;
  exportWorkbook(): Promise<void>;
  exportCsv(): Promise<void>;
  copyHighlights(): Promise<void>;
  insertFormula(area: "refresh" | "check", figure: FigureRef): Promise<void>;
  dismiss(area: PaneArea): void;
}
