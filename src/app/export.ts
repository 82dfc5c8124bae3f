/**
 * Export orchestration: the summary as a workbook of its own (values, formats, charts, no links to the source),
 * opened in a new Excel window where the host can (`Excel.createWorkbook`), offered for download otherwise.
 * Excel on Mac and on iPad block downloads from the pane without a word: there the workbook can only be
 * opened, and when it cannot the result says the export did not happen. Failures are values with a message.
 */
import type { SummaryModel } from "../core/summarise/types";
import { base64FromBytes } from "./base64";
import { reasonOf } from "../workbook/reason";
import { appMessages } from "./messages";

export interface ExportDeps {
  /** Builds the .xlsx bytes (the file adapter's `exportSummary`). */
  build(model: SummaryModel): Promise<Uint8Array>;
  /** Opens base64 .xlsx in a new Excel window; absent where unsupported. */
  open?: (base64: string) => Promise<void>;
  /** Saves the bytes as a file in the browser. */
  download(bytes: Uint8Array, fileName: string): void;
  now: Date;
  /** `Office.context.diagnostics.platform` inside Excel ("PC", "Mac", "iOS", "OfficeOnline"…); absent outside. */
  platform?: string;
}

/** Platforms whose pane cannot save a download (the webview drops it silently). */
const NO_DOWNLOADS = new Set(["mac", "ios", "android"]);

/** True where a download from the pane cannot happen (Excel on Mac, iPad, Android). */
export function downloadsBlockedOn(platform: string | undefined): boolean {
  return platform !== undefined && NO_DOWNLOADS.has(platform.toLowerCase());
}

export type ExportResult =
  | { ok: true; how: "opened" | "downloaded"; fileName: string; bytes: Uint8Array }
  | { ok: false; message: string };

/** "KPI Summary 2026-11-25 1405.xlsx": the sheet name and the time, safe for file systems. */
export function exportFileName(model: SummaryModel, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}${pad(now.getMinutes())}`;
  const base = model.sheetName.replace(/[\\/:*?"<>|]/g, "-").trim() || "KPI Summary";
  return `${base} ${stamp}.xlsx`;
}

export async function exportSummaryWorkbook(
  model: SummaryModel,
  deps: ExportDeps
): Promise<ExportResult> {
  let bytes: Uint8Array;
  try {
    bytes = await deps.build(model);
  } catch (error) {
    return { ok: false, message: appMessages.exportFailed(reasonOf(error)) };
  }
  const fileName = exportFileName(model, deps.now);
  const blocked = downloadsBlockedOn(deps.platform);
  if (deps.open) {
    try {
      await deps.open(base64FromBytes(bytes));
      return { ok: true, how: "opened", fileName, bytes };
    } catch (error) {
      // Opening a new window can be refused (pop-ups, Excel on the web settings): fall back to a download,
      // unless this host cannot download either.
      if (blocked) return { ok: false, message: appMessages.exportNotOpened(reasonOf(error)) };
    }
  }
  if (blocked) return { ok: false, message: appMessages.exportNowhere };
  try {
    deps.download(bytes, fileName);
    return { ok: true, how: "downloaded", fileName, bytes };
  } catch (error) {
    return { ok: false, message: appMessages.exportFailed(reasonOf(error)) };
  }
}
