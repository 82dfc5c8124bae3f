import { downloadsBlockedOn, exportSummaryWorkbook } from "../../app/export";
import { summaryTableCsv } from "../model/csv";
import { copyText } from "../platform/clipboard";
import { CSV_MIME, XLSX_MIME, downloadFile } from "../platform/download";
import { readEnvironment } from "../platform/officeInfo";
import type { PaneServices } from "../services/PaneServices.types";
import { t } from "../strings";
import { errorMessage } from "./paneMessage";
import type { PaneArea } from "./usePane.types";
import type { PaneStore } from "./usePaneStore";

export interface ExportJob {
  exportWorkbook(): Promise<void>;
  exportCsv(): Promise<void>;
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
  // Where the pane runs: Excel on Mac and iPad drop downloads silently.
  const platform = (): string | undefined =>
    host === "excel" ? (services.environment ?? readEnvironment)().office?.platform : undefined;
  return {
    exportWorkbook: async () => {
      const { refreshed, capabilities } = ref.current;
      if (!refreshed) return say("export", { intent: "info", body: t("exportNeedsRefresh") });
      patch({ busy: "export" });
      say("export", undefined);
      const where = platform();
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
        ...(where === undefined ? {} : { platform: where }),
      });
      patch({ busy: null });
      if (!result.ok)
        return say(
          "export",
          errorMessage(
            t("exportFailedTitle"),
            result.message,
            downloadsBlockedOn(where) ? t("exportBlockedHint") : t("exportFailedHint")
          )
        );
      say("export", {
        intent: "success",
        body: result.how === "opened" ? t("exportOpened") : t("exportOffered")(result.fileName),
      });
    },

    exportCsv: async () => {
      const { refreshed } = ref.current;
      if (!refreshed) return say("export", { intent: "info", body: t("exportNeedsRefresh") });
      const csv = summaryTableCsv(refreshed.analysis.summary.table, t("csvHeaders"));
      if (downloadsBlockedOn(platform())) {
        // No download here: the same table goes to the clipboard, and the message says which happened.
        const copied = await copyText(csv);
        return say(
          "export",
          copied
            ? { intent: "success", body: t("csvCopiedInstead") }
            : { intent: "error", body: t("csvNowhere") }
        );
      }
      const name = `QuarterDeck KPIs ${fileStamp(services.now())}.csv`;
      // A byte-order mark so Excel opens UTF-8 text (Japanese labels) correctly.
      downloadFile("\uFEFF" + csv, name, CSV_MIME);
      say("export", { intent: "success", body: t("exportOffered")(name) });
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
