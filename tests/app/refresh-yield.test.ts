import { refresh } from "../../src/app/refresh";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { SummaryModel } from "../../src/core/summarise/types";
import type { StoredSettings, WorkbookPort } from "../../src/workbook/port";
import { seedGrid } from "../helpers/seed";

/** A port that answers at once (no timers), recording what happens in order. */
function instantPort(events: string[]): WorkbookPort {
  return {
    capabilities: async () => ({
      host: "file",
      charts: true,
      tables: true,
      settings: true,
      createWorkbook: false,
      notes: [],
    }),
    listSources: async () => ({
      activeSheet: "Figures",
      sheets: ["Figures"],
      names: [],
      tables: [],
    }),
    readRanges: async () => [{ sheet: "Figures", topLeft: "A1", values: seedGrid() }],
    writeSummary: async (model: SummaryModel) => {
      events.push("write");
      return { sheet: model.sheetName, table: model.table.name, charts: [], notes: [] };
    },
    loadSettings: async () => null,
    saveSettings: async () => undefined,
    selectCell: async () => undefined,
    writeFormulaToSelection: async () => ({ kind: "copied" }),
  };
}

describe("refresh gives the host a turn before computing", () => {
  it("runs a timer the pane scheduled on the checking stage before the summary is written", async () => {
    const events: string[] = [];
    const stored: StoredSettings = {
      version: 1,
      source: { kind: "selection" },
      settings: { ...DEFAULT_SETTINGS },
    };
    const result = await refresh(instantPort(events), stored, {
      onProgress: (stage) => {
        events.push(stage);
        if (stage === "checking") setTimeout(() => events.push("repaint"), 0);
      },
    });
    expect(result.ok).toBe(true);
    expect(events.indexOf("repaint")).toBeGreaterThan(events.indexOf("checking"));
    expect(events.indexOf("repaint")).toBeLessThan(events.indexOf("computing"));
    expect(events.indexOf("computing")).toBeLessThan(events.indexOf("write"));
  });
});
