import type { SheetDetected } from "../../app/detectWorkbook";
import type { RefreshStage } from "../../app/progress";
import type { Analysis } from "../../core/analyse";
import type { SummaryModel } from "../../core/summarise/types";
import type { SourceRequest, WorkbookPort, WriteResult, StoredSettings } from "../../workbook/port";
import type { RoundTrip } from "../../workbook/office/roundTrip";
import type { PaneEnvironment } from "../model/diagnostics";

/** A result the pane can show: the value, or a message saying what happened. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

export interface RefreshProgress {
  stage: RefreshStage;
  /** 0–1 */
  fraction: number;
}

export interface RefreshDone {
  analysis: Analysis;
  write: WriteResult;
  /** ISO timestamp of the refresh. */
  refreshedAt: string;
  /** The settings as saved after the refresh (what the add-in now owns), when the use case saved them. */
  stored?: StoredSettings;
  /** Degraded output and other things the user should know ("Charts skipped: …"). */
  notes?: string[];
}

/** A workbook opened from a file in preview mode. */
export interface OpenedWorkbook {
  port: WorkbookPort;
  name: string;
}

/**
 * Everything the pane asks of the rest of the product. Components never compute KPIs: they call these
 * and render the results. Tests pass fakes; `createDefaultServices` wires the real use cases.
 */
export interface PaneServices {
  /** Read the source and run the core on it, without writing anything. */
  check(port: WorkbookPort, stored: StoredSettings): Promise<Outcome<Analysis>>;
  /** The refresh use case: read → check → compute → summarise → write, with progress. */
  refresh(
    port: WorkbookPort,
    stored: StoredSettings,
    onProgress: (p: RefreshProgress) => void
  ): Promise<Outcome<RefreshDone>>;
  /** Find the block of figures on the active sheet. */
  detect(port: WorkbookPort): Promise<Outcome<SourceRequest>>;
  /** Detect over every sheet: the blocks found per sheet, in workbook order. */
  detectWorkbook(port: WorkbookPort): Promise<Outcome<SheetDetected[]>>;
  /** The summary as a workbook file of its own. */
  exportWorkbook(model: SummaryModel): Promise<Outcome<Uint8Array>>;
  /** Open a workbook or CSV file (preview mode). */
  openFile(bytes: Uint8Array, name: string): Promise<Outcome<OpenedWorkbook>>;
  /** Fetch the bundled sample workbook (preview mode). */
  fetchSample(): Promise<Outcome<{ bytes: Uint8Array; name: string }>>;
  /** The Excel port, when running inside Excel. */
  excelPort?: () => WorkbookPort;
  /** Where the pane runs (host, platform, version, requirement sets); read from Office when absent. */
  environment?: () => PaneEnvironment;
  /** A timed write, read back and delete on a scratch sheet; inside Excel only. */
  roundTrip?: () => Promise<RoundTrip>;
  now(): Date;
}
