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

export async function saveStoredSettings(
  port: WorkbookPort,
  stored: StoredSettings
): Promise<SavedSettings> {
  try {
    await port.saveSettings(stored);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: reasonOf(error) };
  }
}
