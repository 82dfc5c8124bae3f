import { yieldToHost } from "../../app/yieldToHost";
import type { PaneServices } from "../services/PaneServices.types";
import { t } from "../strings";
import { errorMessage } from "./paneMessage";
import type { PaneStore } from "./usePaneStore";

export interface RefreshJob {
  refresh(): Promise<void>;
}

/** "Refresh KPIs": the refresh use case (through the services) with its progress, then what was written. */
export function useRefresh({ ref, patch, say }: PaneStore, services: PaneServices): RefreshJob {
  return {
    refresh: async () => {
      const { port, stored } = ref.current;
      if (!port) {
        patch({ tab: "refresh" });
        return say("refresh", { intent: "info", body: t("noWorkbook") });
      }
      patch({ busy: "refresh", tab: "refresh", progress: { stage: "reading", fraction: 0 } });
      say("refresh", undefined);
      await yieldToHost();
      const outcome = await services.refresh(port, stored, (progress) => patch({ progress }));
      if (!outcome.ok) {
        patch({ busy: null, progress: null });
        say(
          "refresh",
          errorMessage(t("refreshFailedTitle"), outcome.message, t("refreshFailedHint"))
        );
        return;
      }
      const done = outcome.value;
      patch({
        busy: null,
        progress: { stage: "done", fraction: 1 },
        refreshed: done,
        analysis: done.analysis,
        lastRefreshed: done.refreshedAt,
        stored: done.stored ?? { ...ref.current.stored, lastRefreshed: done.refreshedAt },
      });
      const notes = (done.notes ?? done.write.notes).join(" ");
      say("refresh", {
        intent: notes ? "warning" : "success",
        body: `${t("writtenTo")(done.write.sheet)} ${notes}`.trim(),
      });
    },
  };
}
