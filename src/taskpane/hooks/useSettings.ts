import type { Settings } from "../../core/settings";
import { saveStoredSettings } from "../../app/settings";
import { t } from "../strings";
import { errorMessage } from "./paneMessage";
import type { CheckJob } from "./useCheck";
import type { PaneStore } from "./usePaneStore";

export interface SettingsJob {
  updateSettings(patch: Partial<Settings>): void;
  save(): Promise<void>;
}

/** The settings: edited in the pane, saved in the workbook, then the figures checked again with them. */
export function useSettings(
  { ref, patch, say }: PaneStore,
  { runCheck }: Pick<CheckJob, "runCheck">
): SettingsJob {
  return {
    updateSettings: (p) => {
      patch((s) => ({ stored: { ...s.stored, settings: { ...s.stored.settings, ...p } } }));
    },

    save: async () => {
      const { port, stored } = ref.current;
      if (!port) return say("setup", { intent: "info", body: t("noWorkbook") });
      patch({ busy: "save" });
      const saved = await saveStoredSettings(port, stored);
      say(
        "setup",
        saved.ok
          ? { intent: "success", body: t("saved") }
          : errorMessage(t("saveFailedTitle"), saved.message, t("saveFailedHint"))
      );
      patch({ busy: null });
      await runCheck(port, stored);
    },
  };
}
