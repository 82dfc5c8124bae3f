import * as React from "react";
import { yieldToHost } from "../../app/yieldToHost";
import type { StoredSettings, WorkbookPort } from "../../workbook/port";
import type { PaneServices } from "../services/PaneServices.types";
import { t } from "../strings";
import { errorMessage } from "./paneMessage";
import type { PaneStore } from "./usePaneStore";

export interface CheckJob {
  /** Analyse the source (nothing written) and keep the analysis for the views; false when it failed. */
  runCheck(port: WorkbookPort, stored: StoredSettings): Promise<boolean>;
  recheck(): Promise<void>;
  /** Select an issue's cell in the workbook. */
  selectCell(cell: string): Promise<void>;
}

/** The Check view's job: the check use case (through the services) and going to an issue's cell. */
export function useCheck({ ref, patch, say }: PaneStore, services: PaneServices): CheckJob {
  const runCheck = React.useCallback(
    async (port: WorkbookPort, stored: StoredSettings) => {
      patch({ busy: "check" });
      say("check", undefined);
      await yieldToHost();
      const outcome = await services.check(port, stored);
      if (outcome.ok) {
        patch({ analysis: outcome.value, busy: null });
      } else {
        patch({ analysis: null, busy: null });
        say("check", errorMessage(t("checkFailedTitle"), outcome.message, t("checkFailedHint")));
      }
      return outcome.ok;
    },
    [patch, say, services]
  );

  return {
    runCheck,
    recheck: async () => {
      const { port, stored } = ref.current;
      if (!port) return say("check", { intent: "info", body: t("noWorkbook") });
      await runCheck(port, stored);
    },
    selectCell: async (cell) => {
      const { port } = ref.current;
      if (!port) return;
      try {
        await port.selectCell(cell);
      } catch {
        say("check", { intent: "warning", body: t("selectCellFailed")(cell) });
      }
    },
  };
}
