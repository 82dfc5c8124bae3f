import * as React from "react";
import type { Settings } from "../../core/settings";
import type { SourceRequest, StoredSettings, WorkbookPort } from "../../workbook/port";
import { summaryTableCsv } from "../model/csv";
import { defaultStored } from "../model/stored";
import { copyText } from "../platform/clipboard";
import { exportSummaryWorkbook } from "../../app/export";
import { CSV_MIME, XLSX_MIME, downloadFile } from "../platform/download";
import { readFileBytes } from "../platform/readFile";
import { yieldToUi } from "../platform/yieldToUi";
import type { PaneServices } from "../services/PaneServices.types";
import { t } from "../strings";
import type { PaneActions, PaneArea, PaneMessage, PaneState } from "./usePane.types";

function initialState(): PaneState {
  return {
    tab: "setup",
    port: null,
    workbookName: null,
    capabilities: null,
    stored: defaultStored(),
    sources: null,
    analysis: null,
    busy: null,
    progress: null,
    refreshed: null,
    lastRefreshed: null,
    messages: {},
  };
}

function errorMessage(title: string, body: string, hint: string): PaneMessage {
  return { intent: "error", title, body: `${body} ${hint}`.trim() };
}

function fileStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/**
 * The pane's state and actions. Holds no KPI logic: it calls the services (read/check/refresh/export)
 * and keeps what they return for the views.
 */
export function usePane(
  host: "excel" | null,
  services: PaneServices
): { state: PaneState; actions: PaneActions } {
  const [state, setState] = React.useState<PaneState>(initialState);
  const ref = React.useRef(state);
  ref.current = state;

  const patch = React.useCallback(
    (p: Partial<PaneState> | ((s: PaneState) => Partial<PaneState>)) => {
      setState((s) => {
        const next = { ...s, ...(typeof p === "function" ? p(s) : p) };
        ref.current = next;
        return next;
      });
    },
    []
  );
  const say = React.useCallback(
    (area: PaneArea, message: PaneMessage | undefined) =>
      patch((s) => ({ messages: { ...s.messages, [area]: message } })),
    [patch]
  );

  const runCheck = React.useCallback(
    async (port: WorkbookPort, stored: StoredSettings) => {
      patch({ busy: "check" });
      say("check", undefined);
      await yieldToUi();
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
      });
      let stored: StoredSettings | null = null;
      try {
        const [caps, sources, loaded] = await Promise.all([
          port.capabilities(),
          port.listSources(),
          port.loadSettings(),
        ]);
        patch({ capabilities: caps, sources });
        stored = loaded;
        if (loaded?.lastRefreshed) patch({ lastRefreshed: loaded.lastRefreshed });
      } catch (e) {
        say("setup", { intent: "warning", body: e instanceof Error ? e.message : String(e) });
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

  const actions: PaneActions = {
    setTab: (tab) => patch({ tab }),
    dismiss: (area) => say(area, undefined),

    openFile: async (file) => {
      patch({ busy: "open" });
      say("open", undefined);
      let bytes: Uint8Array;
      try {
        bytes = await readFileBytes(file);
      } catch (e) {
        patch({ busy: null });
        say(
          "open",
          errorMessage(
            t("openFailedTitle"),
            e instanceof Error ? e.message : String(e),
            t("openFailedHint")
          )
        );
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

    setSource: async (source: SourceRequest) => {
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

    updateSettings: (p: Partial<Settings>) => {
      patch((s) => ({ stored: { ...s.stored, settings: { ...s.stored.settings, ...p } } }));
    },

    save: async () => {
      const { port, stored } = ref.current;
      if (!port) return say("setup", { intent: "info", body: t("noWorkbook") });
      patch({ busy: "save" });
      try {
        await port.saveSettings(stored);
        say("setup", { intent: "success", body: t("saved") });
      } catch (e) {
        say(
          "setup",
          errorMessage(
            t("saveFailedTitle"),
            e instanceof Error ? e.message : String(e),
            t("saveFailedHint")
          )
        );
      }
      patch({ busy: null });
      await runCheck(port, stored);
    },

    recheck: async () => {
      const { port, stored } = ref.current;
      if (!port) return say("check", { intent: "info", body: t("noWorkbook") });
      await runCheck(port, stored);
    },

    refresh: async () => {
      const { port, stored } = ref.current;
      if (!port) {
        patch({ tab: "refresh" });
        return say("refresh", { intent: "info", body: t("noWorkbook") });
      }
      patch({ busy: "refresh", tab: "refresh", progress: { stage: "reading", fraction: 0 } });
      say("refresh", undefined);
      await yieldToUi();
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

    selectCell: async (cell: string) => {
      const { port } = ref.current;
      if (!port) return;
      try {
        await port.selectCell(cell);
      } catch {
        say("check", { intent: "warning", body: t("selectCellFailed")(cell) });
      }
    },

    exportWorkbook: async () => {
      const { refreshed, capabilities } = ref.current;
      if (!refreshed) return say("export", { intent: "info", body: t("exportNeedsRefresh") });
      patch({ busy: "export" });
      say("export", undefined);
      const canOpen =
        host === "excel" && capabilities?.createWorkbook === true && typeof Excel !== "undefined";
      const result = await exportSummaryWorkbook(refreshed.analysis.summary, {
        build: async (model) => {
          const built = await services.exportWorkbook(model);
          if (!built.ok) throw new Error(built.message);
          return built.value;
        },
        ...(canOpen ? { open: (base64: string) => Excel.createWorkbook(base64) } : {}),
        download: (bytes, fileName) => downloadFile(bytes, fileName, XLSX_MIME),
        now: services.now(),
      });
      patch({ busy: null });
      if (!result.ok)
        return say(
          "export",
          errorMessage(t("exportFailedTitle"), result.message, t("exportFailedHint"))
        );
      say("export", {
        intent: "success",
        body: result.how === "opened" ? t("exportOpened") : t("exportDone")(result.fileName),
      });
    },

    exportCsv: () => {
      const { refreshed } = ref.current;
      if (!refreshed) return say("export", { intent: "info", body: t("exportNeedsRefresh") });
      const name = `QuarterDeck KPIs ${fileStamp(services.now())}.csv`;
      // A byte-order mark so Excel opens UTF-8 text (Japanese labels) correctly.
      downloadFile(
        "\uFEFF" + summaryTableCsv(refreshed.analysis.summary.table, t("csvHeaders")),
        name,
        CSV_MIME
      );
      say("export", { intent: "success", body: t("exportDone")(name) });
    },

    copyHighlights: async () => {
      const highlights =
        ref.current.refreshed?.analysis.highlights ?? ref.current.analysis?.highlights ?? [];
      const ok = await copyText(highlights.join("\n"));
      const area: PaneArea = ref.current.tab === "export" ? "export" : "refresh";
      say(
        area,
        ok ? { intent: "success", body: t("copied") } : { intent: "warning", body: t("copyFailed") }
      );
    },
  };

  return { state, actions };
}
