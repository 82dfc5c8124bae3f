import * as React from "react";
import { loadStoredSettings } from "../../app/settings";
import type { SourceRequest, StoredSettings, WorkbookPort } from "../../workbook/port";
import { reasonOf } from "../../workbook/reason";
import { defaultStored } from "../model/stored";
import { readFileBytes } from "../platform/readFile";
import type { PaneServices } from "../services/PaneServices.types";
import { t } from "../strings";
import { errorMessage } from "./paneMessage";
import type { CheckJob } from "./useCheck";
import type { PaneStore } from "./usePaneStore";

export interface SourceJob {
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  setSource(source: SourceRequest): Promise<void>;
  detect(): Promise<void>;
}

/**
 * The workbook and where its figures are: attach the workbook (inside Excel at once; in a browser, an opened file
 * or the sample), load its settings, find the figures when nothing is set up, and check them.
 */
export function useSource(
  host: "excel" | null,
  { ref, patch, say }: PaneStore,
  services: PaneServices,
  { runCheck }: Pick<CheckJob, "runCheck">
): SourceJob {
  /** After a workbook becomes available: load its settings and sources, find the figures, check them. */
  const attach = React.useCallback(
    async (port: WorkbookPort, name: string | null) => {
      patch({
        port,
        workbookName: name,
        analysis: null,
        refreshed: null,
        progress: null,
        messages: {},
        detected: null,
      });
      let stored: StoredSettings | null = null;
      try {
        const [caps, sources, loaded] = await Promise.all([
          port.capabilities(),
          port.listSources(),
          loadStoredSettings(port),
        ]);
        patch({ capabilities: caps, sources });
        if (loaded.ok) stored = loaded.stored;
        else say("setup", { intent: "warning", body: loaded.message });
        if (stored?.lastRefreshed) patch({ lastRefreshed: stored.lastRefreshed });
      } catch (e) {
        say("setup", { intent: "warning", body: reasonOf(e) });
      }
      if (stored === null) {
        if (host === "excel") {
          patch({ tab: "setup" });
          return;
        }
        const detected = await services.detect(port);
        if (!detected.ok) {
          patch({ tab: "setup" });
          say(
            "setup",
            errorMessage(t("detectFailedTitle"), detected.message, t("detectFailedHint"))
          );
          return;
        }
        stored = defaultStored(detected.value);
      }
      patch({ stored });
      const ok = await runCheck(port, stored);
      patch({ tab: ok ? "check" : "setup" });
    },
    [host, patch, runCheck, say, services]
  );

  // Inside Excel, the port exists from the start.
  React.useEffect(() => {
    if (host === "excel" && services.excelPort) {
      void attach(services.excelPort(), null);
    }
  }, [host, services, attach]);

  const openBytes = React.useCallback(
    async (bytes: Uint8Array, name: string) => {
      const opened = await services.openFile(bytes, name);
      if (!opened.ok) {
        patch({ busy: null });
        say("open", errorMessage(t("openFailedTitle"), opened.message, t("openFailedHint")));
        return;
      }
      patch({ busy: null });
      say("open", { intent: "success", body: t("opened")(opened.value.name) });
      await attach(opened.value.port, opened.value.name);
    },
    [attach, patch, say, services]
  );

  return {
    openFile: async (file) => {
      patch({ busy: "open" });
      say("open", undefined);
      let bytes: Uint8Array;
      try {
        bytes = await readFileBytes(file);
      } catch (e) {
        patch({ busy: null });
        say("open", errorMessage(t("openFailedTitle"), reasonOf(e), t("openFailedHint")));
        return;
      }
      await openBytes(bytes, file.name);
    },

    openSample: async () => {
      patch({ busy: "open" });
      say("open", undefined);
      const sample = await services.fetchSample();
      if (!sample.ok) {
        patch({ busy: null });
        say("open", errorMessage(t("sampleFailedTitle"), sample.message, t("sampleFailedHint")));
        return;
      }
      await openBytes(sample.value.bytes, sample.value.name);
    },

    setSource: async (source) => {
      const { port } = ref.current;
      const stored = { ...ref.current.stored, source };
      patch({ stored });
      say("setup", undefined);
      if (port) await runCheck(port, stored);
    },

    detect: async () => {
      const { port } = ref.current;
      if (!port) return say("setup", { intent: "info", body: t("noWorkbook") });
      patch({ busy: "detect" });
      say("setup", undefined);
      const detected = await services.detect(port);
      patch({ busy: null });
      if (!detected.ok)
        return say(
          "setup",
          errorMessage(t("detectFailedTitle"), detected.message, t("detectFailedHint"))
        );
      const stored = { ...ref.current.stored, source: detected.value };
      patch({ stored });
      await runCheck(port, stored);
    },
  };
}
