/**
 * The refresh use case, shared by the pane, the ribbon's "Refresh KPIs" and the CLI:
 * analyse the source (read → check → compute → summarise, the same path as the check) → write → save settings.
 * Never throws: every failure is a value with a message a user understands and the stage it happened in.
 * A failed write saves nothing, so the settings keep pointing at the previous (intact) summary.
 */
import type { Analysis } from "../core/analyse";
import type { StoredSettings, WorkbookPort, WriteResult } from "../workbook/port";
import { reasonOf } from "../workbook/reason";
import { analyseSource } from "./analyseSource";
import { appMessages } from "./messages";
import { STAGE_START, type OnProgress, type RefreshStage } from "./progress";

export interface RefreshOptions {
  onProgress?: OnProgress;
  now?: Date;
  /**
   * Save only what the refresh itself changes (the objects it owns, the time): the record is read again just
   * before the save and its source and settings kept, so a refresh started from saved settings (the ribbon) never
   * undoes choices saved from the pane meanwhile.
   */
  keepSavedChoices?: boolean;
}

export type RefreshResult =
  | {
      ok: true;
      analysis: Analysis;
      write: WriteResult;
      /** The settings as saved after the refresh (owned objects, lastRefreshed). */
      stored: StoredSettings;
      /** ISO time of the refresh. */
      refreshedAt: string;
      /** Degraded output and other things the user should know ("Charts skipped: …"). */
      notes: string[];
    }
  | { ok: false; stage: RefreshStage; message: string; analysis?: Analysis };

/** The record as saved in the workbook now, or `fallback` when there is none or it cannot be read. */
async function savedNow(port: WorkbookPort, fallback: StoredSettings): Promise<StoredSettings> {
  try {
    return (await port.loadSettings()) ?? fallback;
  } catch {
    return fallback;
  }
}

export async function refresh(
  port: WorkbookPort,
  stored: StoredSettings,
  opts: RefreshOptions = {}
): Promise<RefreshResult> {
  const now = opts.now ?? new Date();
  const progress = (stage: RefreshStage, within = 0): void => {
    try {
      const start = STAGE_START[stage];
      const next =
        stage === "done"
          ? 1
          : Object.values(STAGE_START)
              .filter((v) => v > start)
              .reduce((a, b) => Math.min(a, b), 1);
      opts.onProgress?.(stage, start + (next - start) * within);
    } catch {
      // A broken progress listener must not break the refresh.
    }
  };

  const analysed = await analyseSource(port, stored, { now, onStage: (stage) => progress(stage) });
  if (!analysed.ok) return analysed;
  const { analysis } = analysed;

  progress("writing");
  let write: WriteResult;
  try {
    write = await port.writeSummary(analysis.summary, stored.owned);
  } catch (error) {
    return { ok: false, stage: "writing", message: reasonOf(error), analysis };
  }

  progress("writing", 0.8);
  const refreshedAt = now.toISOString();
  const base = opts.keepSavedChoices ? await savedNow(port, stored) : stored;
  const next: StoredSettings = {
    ...base,
    owned: { sheet: write.sheet, table: write.table, charts: [...write.charts] },
    lastRefreshed: refreshedAt,
  };
  const notes = [...write.notes];
  try {
    await port.saveSettings(next);
  } catch (error) {
    notes.push(appMessages.settingsNotSaved(reasonOf(error)));
  }
  progress("done");
  return { ok: true, analysis, write, stored: next, refreshedAt, notes };
}
