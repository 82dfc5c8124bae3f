/**
 * Settings load/save as values: the pane and the ribbon command show the message, nothing is thrown.
 */
import type { StoredSettings, WorkbookPort } from "../workbook/port";
import { reasonOf } from "../workbook/reason";
import { appMessages } from "./messages";

export type LoadedSettings =
  { ok: true; stored: StoredSettings | null } | { ok: false; message: string };
export type SavedSettings = { ok: true } | { ok: false; message: string };

/** The workbook's stored settings; `stored: null` when QuarterDeck was never set up here. */
export async function loadStoredSettings(port: WorkbookPort): Promise<LoadedSettings> {
  try {
    return { ok: true, stored: await port.loadSettings() };
  } catch (error) {
    return { ok: false, message: appMessages.settingsUnreadable(reasonOf(error)) };
  }
}

/**
 * The user's choices over the record of what the last refresh made, as saved in the workbook now: a refresh
 * from the ribbon (another runtime) may have written it since this pane loaded it, and the pane must not put its
 * older copy back.
 */
async function withSavedRecord(
  port: WorkbookPort,
  stored: StoredSettings
): Promise<StoredSettings> {
  let current: StoredSettings | null = null;
  try {
    current = await port.loadSettings();
  } catch {
    return stored;
  }
  if (!current?.owned) return stored;
  const merged: StoredSettings = { ...stored, owned: current.owned };
  if (current.lastRefreshed) merged.lastRefreshed = current.lastRefreshed;
  return merged;
}

export async function saveStoredSettings(
  port: WorkbookPort,
  stored: StoredSettings
): Promise<SavedSettings> {
  try {
    await port.saveSettings(await withSavedRecord(port, stored));
    return { ok: true };
  } catch (error) {
    return { ok: false, message: reasonOf(error) };
  }
}
