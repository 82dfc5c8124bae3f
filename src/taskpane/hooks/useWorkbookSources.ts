import { sourceAddress } from "../../app/sourceAddress";
import { sourcesOf, withSources, type SourceRequest } from "../../workbook/port";
import { reasonOf } from "../../workbook/reason";
import { withSourceAdded, withSourceRemoved } from "../model/sources";
import type { PaneServices } from "../services/PaneServices.types";
import { t } from "../strings";
import { errorMessage } from "./paneMessage";
import type { CheckJob } from "./useCheck";
import type { PaneStore } from "./usePaneStore";

export interface WorkbookSourcesJob {
  /** Add the selected range (by its address) to the sources. */
  addSelection(): Promise<void>;
  removeSource(index: number): Promise<void>;
  /** Detect over the whole workbook and list the blocks found for the user to keep or drop. */
  detectWorkbook(): Promise<void>;
  /** Read these sources from now on (saved with the settings by Save). */
  keepSources(sources: SourceRequest[]): Promise<void>;
  closeDetected(): void;
}

/** The list of sources of the Set up view: added, removed, or chosen among the blocks Detect found. */
export function useWorkbookSources(
  { ref, patch, say }: PaneStore,
  services: PaneServices,
  { runCheck }: Pick<CheckJob, "runCheck">
): WorkbookSourcesJob {
  const setSources = async (sources: SourceRequest[]) => {
    const stored = withSources(ref.current.stored, sources);
    patch({ stored });
    say("setup", undefined);
    const { port } = ref.current;
    if (port) await runCheck(port, stored);
  };

  return {
    addSelection: async () => {
      const { port } = ref.current;
      if (!port) return say("setup", { intent: "info", body: t("noWorkbook") });
      let address: string;
      try {
        const [range] = await port.readRanges([{ kind: "selection" }]);
        if (!range) throw new Error(t("noSelection"));
        address = sourceAddress(range);
      } catch (e) {
        return say(
          "setup",
          errorMessage(t("addSelectionFailed"), reasonOf(e), t("addSelectionHint"))
        );
      }
      await setSources(
        withSourceAdded(sourcesOf(ref.current.stored), { kind: "address", address })
      );
    },

    removeSource: async (index) => {
      await setSources(withSourceRemoved(sourcesOf(ref.current.stored), index));
    },

    detectWorkbook: async () => {
      const { port } = ref.current;
      if (!port) return say("setup", { intent: "info", body: t("noWorkbook") });
      patch({ busy: "detect", detected: null });
      say("setup", undefined);
      const found = await services.detectWorkbook(port);
      patch({ busy: null });
      if (!found.ok)
        return say(
          "setup",
          errorMessage(t("detectFailedTitle"), found.message, t("detectFailedHint"))
        );
      patch({ detected: found.value });
    },

    keepSources: async (sources) => {
      if (sources.length === 0) return say("setup", { intent: "warning", body: t("keptNone") });
      patch({ detected: null });
      await setSources(sources);
    },

    closeDetected: () => patch({ detected: null }),
  };
}
