import { analyse, type Analysis } from "../../core/analyse";
import type { SourceRange } from "../../core/grid/types";
import type { SourceRequest, StoredSettings, WorkbookPort } from "../../workbook/port";
import { fetchSample } from "../../preview/sample";
import { yieldToUi } from "../platform/yieldToUi";
import { serviceMessages } from "./messages";
import type { Outcome, PaneServices, RefreshProgress } from "./PaneServices.types";
import { blockAddress, quoteSheetName } from "./sourceAddress";

function why(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function describe(source: SourceRequest): string {
  switch (source.kind) {
    case "selection":
      return "the selected range";
    case "address":
      return source.address;
    case "name":
      return `the named range ${source.name}`;
    case "table":
      return `the table ${source.table}`;
  }
}

/** Read the stored source and run the core on it. */
async function readAndAnalyse(port: WorkbookPort, stored: StoredSettings, now: Date): Promise<Outcome<Analysis>> {
  let ranges: SourceRange[];
  try {
    ranges = await port.readRanges([stored.source]);
  } catch (e) {
    return { ok: false, message: why(e) };
  }
  const range = ranges[0];
  if (!range || range.values.length === 0) return { ok: false, message: serviceMessages.nothingRead(describe(stored.source)) };
  await yieldToUi();
  try {
    const analysis = analyse(range, stored.settings, now);
    if (analysis.dataset.series.length === 0 || analysis.dataset.periods.length === 0) {
      const noFigures = analysis.issues.find((i) => i.code === "no-figures");
      return { ok: false, message: noFigures?.message ?? serviceMessages.noFigures(describe(stored.source)) };
    }
    return { ok: true, value: analysis };
  } catch (e) {
    return { ok: false, message: serviceMessages.unexpected("The check", why(e)) };
  }
}

/** The active sheet's used range as the source (the reader finds the header row and labels inside it). */
async function detectOnActiveSheet(port: WorkbookPort): Promise<Outcome<SourceRequest>> {
  try {
    const sources = await port.listSources();
    const sheet = sources.activeSheet;
    const [range] = await port.readRanges([{ kind: "address", address: `${quoteSheetName(sheet)}!A:XFD` }]);
    const rows = range?.values.length ?? 0;
    const cols = range?.values[0]?.length ?? 0;
    if (!range || rows === 0 || cols === 0) return { ok: false, message: serviceMessages.emptySheet(sheet) };
    return { ok: true, value: { kind: "address", address: blockAddress(range, 0, 0, rows - 1, cols - 1) } };
  } catch (e) {
    return { ok: false, message: why(e) };
  }
}

/** The pane's services wired to the real core and adapters. */
export function createDefaultServices(host: "excel" | null): PaneServices {
  const now = () => new Date();
  return {
    now,
    check: (port, stored) => readAndAnalyse(port, stored, now()),
    refresh: async (port, stored, onProgress: (p: RefreshProgress) => void) => {
      onProgress({ stage: "reading", fraction: 0.1 });
      const analysed = await readAndAnalyse(port, stored, now());
      if (!analysed.ok) return analysed;
      onProgress({ stage: "writing", fraction: 0.7 });
      await yieldToUi();
      try {
        const write = await port.writeSummary(analysed.value.summary, stored.owned);
        const refreshedAt = now().toISOString();
        onProgress({ stage: "done", fraction: 1 });
        return { ok: true, value: { analysis: analysed.value, write, refreshedAt } };
      } catch (e) {
        return { ok: false, message: why(e) };
      }
    },
    detect: detectOnActiveSheet,
    exportWorkbook: async () => ({ ok: false, message: serviceMessages.notInPreview("Export") }),
    openFile: async () => ({ ok: false, message: serviceMessages.notInPreview("Opening files") }),
    fetchSample: () => fetchSample(),
    excelPort: host === "excel" ? undefined : undefined,
  };
}
