import { check as checkUseCase } from "../../app/check";
import { detectOnActiveSheet } from "../../app/detect";
import { detectWorkbook } from "../../app/detectWorkbook";
import { refreshLocked } from "../../app/refreshLock";
import { reasonOf } from "../../workbook/reason";
import {
  OfficeWorkbook,
  officeHost,
  scratchRoundTrip,
  scratchSheetName,
} from "../../workbook/office";
import { fetchSample } from "../../preview/sample";
import { copyText } from "../platform/clipboard";
import { readEnvironment } from "../platform/officeInfo";
import type { PaneServices } from "./PaneServices.types";

/** The pane's services wired to the real use cases and adapters. */
export function createDefaultServices(host: "excel" | null): PaneServices {
  const now = () => new Date();
  let office: OfficeWorkbook | null = null;
  return {
    now,
    check: async (port, stored) => {
      const result = await checkUseCase(port, stored, { now: now() });
      return result.ok ? { ok: true, value: result.analysis } : result;
    },
    refresh: async (port, stored, onProgress) => {
      const result = await refreshLocked(port, stored, "pane", {
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
    detectWorkbook: async (port) => {
      const found = await detectWorkbook(port);
      return found.ok ? { ok: true, value: found.sheets } : found;
    },
    exportWorkbook: async (model) => {
      try {
        // Loaded on first use: the workbook file library is large and the pane starts without it.
        const { exportSummary } = await import("../../workbook/file/exportSummary");
        return { ok: true, value: await exportSummary(model) };
      } catch (e) {
        return { ok: false, message: reasonOf(e) };
      }
    },
    openFile: async (bytes, name) => {
      try {
        const { FileWorkbook } = await import("../../workbook/file/fileWorkbook");
        const opened = await FileWorkbook.fromBytes(bytes, name, { copyText });
        if (!(opened instanceof FileWorkbook)) return { ok: false, message: opened.message };
        return { ok: true, value: { port: opened, name } };
      } catch (e) {
        return { ok: false, message: reasonOf(e) };
      }
    },
    fetchSample: () => fetchSample(),
    environment: readEnvironment,
    ...(host === "excel"
      ? {
          roundTrip: () =>
            scratchRoundTrip(officeHost(), {
              name: scratchSheetName(now()),
              clock: () => performance.now(),
            }),
          excelPort: () => {
            office ??= new OfficeWorkbook();
            return office;
          },
        }
      : {}),
  };
}
