/** Feature detection and the real host's wiring, with office-addin-mock standing in for the Office global. */
import { OfficeMockObject } from "office-addin-mock";

// The shared stub of office-addin-manifest is empty; office-addin-mock reads its OfficeApp enum.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));
import { officeHost } from "../../../src/workbook/office/host";
import { watchSheet } from "../../../src/workbook/office/watch";
import { detectCapabilities } from "../../../src/workbook/office/capabilities";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { officePortOn } from "./fake/port";
import { FakeExcel } from "./fake/excel";

function installOffice(maxMinor: number): void {
  const mock = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= maxMinor,
      },
    },
  });
  (globalThis as { Office?: unknown }).Office = mock;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("feature detection", () => {
  it.each([
    [17, { charts: true, tables: true, settings: true, createWorkbook: true }, 0],
    [8, { charts: true, tables: true, settings: true, createWorkbook: true }, 0],
    [7, { charts: true, createWorkbook: false }, 1],
    [4, { charts: false, settings: true }, 2],
    [3, { charts: false, settings: false }, 3],
  ])("ExcelApi 1.%i → %j with %i notes", async (minor, expected, notes) => {
    installOffice(minor);
    const port = new OfficeWorkbook(officeHost());
    const caps = await port.capabilities();
    expect(caps).toMatchObject({ host: "excel", ...expected });
    expect(caps.notes).toHaveLength(notes);
  });

  it("treats a host without Office (or a throwing check) as supporting nothing, with notes, never a crash", () => {
    expect(officeHost().isSetSupported("ExcelApi", "1.1")).toBe(false);
    const caps = detectCapabilities(() => {
      throw new Error("no requirements");
    });
    expect(caps).toMatchObject({ charts: false, tables: false, settings: false });
    expect(caps.notes.length).toBeGreaterThan(0);
  });

  it("cannot save settings below ExcelApi 1.4: says so; loading finds none", async () => {
    const x = new FakeExcel();
    x.apiMinor = 3;
    const port = officePortOn(x);
    expect(await port.loadSettings()).toBeNull();
    await expect(
      port.saveSettings({
        version: 1,
        source: { kind: "selection" },
        settings: {
          ebitda: "net-income",
          ratioKpis: [],
          guidance: [],
          outputSheet: "KPI Summary",
          formulas: true,
        },
      })
    ).rejects.toThrow(/ExcelApi 1\.4/);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const x = new FakeExcel();
    x.addSheet("Figures", [["id"]]);
    x.addSheet("Q4 pack", [["x"]]);
    const port = officePortOn(x);
    await port.selectCell("'Q4 pack'!B3");
    expect(x.model.selectCalls).toEqual(["'Q4 pack'!B3"]);
    expect(x.model.activeSheet?.name).toBe("Q4 pack");
    expect(x.syncCount).toBe(1);
    await expect(port.selectCell("Figures!")).rejects.toThrow(/not a range address/);
  });
});

describe("listSources", () => {
  it("lists sheets, names and tables in one sync", async () => {
    const x = new FakeExcel();
    const figures = x.addSheet("Figures", [["id"]]);
    x.addSheet("Notes");
    x.model.names.set("Pack", { sheet: figures, top: 0, left: 0, bottom: 0, right: 0 });
    x.addTable("T1", figures, { top: 0, left: 0, bottom: 0, right: 0 });
    const port = officePortOn(x);
    expect(await port.listSources()).toEqual({
      activeSheet: "Figures",
      sheets: ["Figures", "Notes"],
      names: ["Pack"],
      tables: ["T1"],
    });
    expect(x.syncCount).toBe(1);
  });
});

describe("every batch waits while the user edits a cell", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("passes delayForCellEdit to Excel.run, for the port's batches and for the sheet watcher's", async () => {
    const calls: unknown[][] = [];
    (globalThis as { Excel?: unknown }).Excel = {
      run: (...args: unknown[]) => {
        calls.push(args);
        const batch = args[args.length - 1] as (ctx: unknown) => Promise<unknown>;
        const handler = { context: { id: "ctx" }, remove: () => undefined };
        return batch({
          sync: async () => undefined,
          workbook: {
            worksheets: { getItem: () => ({ onChanged: { add: () => handler } }) },
          },
        });
      },
    };
    await officeHost().run(async () => "done");
    const stop = await watchSheet("KPI Summary")(() => undefined);
    await stop();
    expect(calls).toHaveLength(3);
    expect(calls[0]![0]).toEqual({ delayForCellEdit: true });
    expect(calls[1]![0]).toEqual({ delayForCellEdit: true });
    expect(calls[2]![0]).toEqual({ delayForCellEdit: true, previousObjects: { id: "ctx" } });
  });
});
