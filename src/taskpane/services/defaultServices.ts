import { analyse, type Analysis } from "../../core/analyse";
import { detectFigures } from "../../core/read";
import { refresh as refreshUseCase } from "../../app/refresh";
import { noFiguresMessage, readSource } from "../../app/check";
import { appMessages } from "../../app/messages";
import { messageOf } from "../../app/errors";
import type { SourceRequest, StoredSettings, WorkbookPort } from "../../workbook/port";
import { OfficeWorkbook } from "../../workbook/office";
import { fetchSample } from "../../preview/sample";
import { yieldToUi } from "../platform/yieldToUi";
import { serviceMessages } from "./messages";
import type { Outcome, PaneServices } from "./PaneServices.types";
import { blockAddress, wholeSheet } from "./sourceAddress";

/** Read the stored source and run the core on it, writing nothing (the Check view needs the KPIs too). */
async function readAndAnalyse(
  port: WorkbookPort,
  stored: StoredSettings,
  now: Date
): Promise<Outcome<Analysis>> {
  const read = await readSource(port, stored);
  if (!read.ok) return read;
  await yieldToUi();
  try {
    const analysis = analyse(read.source, stored.settings, now);
    const none = noFiguresMessage(analysis.dataset, analysis.issues, read.address);
    return none ? { ok: false, message: none } : { ok: true, value: analysis };
  } catch (e) {
    return { ok: false, message: appMessages.analyseFailed(messageOf(e)) };
  }
}

/** "Detect": the figures block on the active sheet (title rows and notes left out). */
async function detectOnActiveSheet(port: WorkbookPort): Promise<Outcome<SourceRequest>> {
  try {
    const { activeSheet } = await port.listSources();
    const [range] = await port.readRanges([{ kind: "address", address: wholeSheet(activeSheet) }]);
    if (!range || range.values.length === 0)
      return { ok: false, message: serviceMessages.emptySheet(activeSheet) };
    const bounds = detectFigures(range.values);
    if (!bounds)
      return { ok: false, message: serviceMessages.noFigures(`the sheet “${activeSheet}”`) };
    return {
      ok: true,
      value: {
        kind: "address",
        address: blockAddress(range, bounds.top, bounds.left, bounds.bottom, bounds.right),
      },
    };
  } catch (e) {
    return { ok: false, message: messageOf(e) };
  }
}

/** The pane's services wired to the real use cases and adapters. */
export function createDefaultServices(host: "excel" | null): PaneServices {
  const now = () => new Date();
  let office: OfficeWorkbook | null = null;
  return {
    now,
    check: (port, stored) => readAndAnalyse(port, stored, now()),
    refresh: async (port, stored, onProgress) => {
      const result = await refreshUseCase(port, stored, {
        onProgress: (stage, fraction) => onProgress({ stage, fraction }),
        now: now(),
      });
      if (!result.ok) return { ok: false, message: result.message };
      return {
        ok: true,
        value: {
          analysis: result.analysis,
          write: result.write,
          refreshedAt: result.refreshedAt,
          stored: result.stored,
          notes: result.notes,
        },
      };
    },
    detect: detectOnActiveSheet,
    exportWorkbook: async (model) => {
      try {
        // Loaded on first use: the workbook file library is large and the pane starts without it.
        const { exportSummary } = await import("../../workbook/file/exportSummary");
        return { ok: true, value: await exportSummary(model) };
      } catch (e) {
        return { ok: false, message: messageOf(e) };
      }
    },
    openFile: async (bytes, name) => {
      try {
        const { FileWorkbook } = await import("../../workbook/file/fileWorkbook");
        const opened = await FileWorkbook.fromBytes(bytes, name);
        if (!(opened instanceof FileWorkbook)) return { ok: false, message: opened.message };
        return { ok: true, value: { port: opened, name } };
      } catch (e) {
        return { ok: false, message: messageOf(e) };
      }
    },
    fetchSample: () => fetchSample(),
    ...(host === "excel"
      ? {
          excelPort: () => {
            office ??= new OfficeWorkbook();
            return office;
          },
        }
      : {}),
  };
}
