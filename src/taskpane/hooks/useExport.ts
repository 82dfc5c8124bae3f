import { exportSummaryWorkbook } from "../../app/export";
import { summaryTableCsv } from "../model/csv";
import { copyText } from "../platform/clipboard";
import { CSV_MIME, XLSX_MIME, downloadFile } from "../platform/download";
import type { PaneServices } from "../services/PaneServices.types";
import { t } from "../strings";
import { errorMessage } from "./paneMessage";
import type { PaneArea } from "./usePane.types";
import type { PaneStore } from "./usePaneStore";

export interface ExportJob {
  exportWorkbook(): Promise<void>;
  exportCsv(): void;
  copyHighlights(): Promise<void>;
}

function fileStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/** Taking the refreshed summary elsewhere: a workbook of its own (the export use case), CSV, the clipboard. */
export function useExport(
  host: "excel" | null,
  { ref, patch, say }: PaneStore,
  services: PaneServices
): ExportJob {
  return {
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
}
