import JSZip from "jszip";
import { FileWorkbook } from "../../../src/workbook/file/fileWorkbook";
import { STORE_SHEET } from "../../../src/workbook/file/store";
import { sampleModel } from "../contract/sampleModel";
import type { StoredSettings } from "../../../src/workbook/port";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { fileWorkbookFactory, snapshotOf } from "./harness";

// Workbook round trips are slow on a busy machine; these are not timing tests.
jest.setTimeout(60_000);

async function reopen(fw: FileWorkbook): Promise<FileWorkbook> {
  const again = await FileWorkbook.fromBytes(await fw.save(), "book.xlsx");
  if (!(again instanceof FileWorkbook)) throw new Error(again.message);
  return again;
}

const chartParts = async (bytes: Uint8Array): Promise<number> =>
  Object.keys((await JSZip.loadAsync(bytes)).files).filter((p) =>
    /^xl\/charts\/chart\d+\.xml$/.test(p)
  ).length;

test("a saved summary is refreshed in place after reopening: one summary sheet, its charts, same content", async () => {
  const fw = (await fileWorkbookFactory({})).port as FileWorkbook;
  const first = await fw.writeSummary(sampleModel(), undefined);
  const before = snapshotOf(fw);
  const again = await reopen(fw);
  const second = await again.writeSummary(sampleModel(), {
    sheet: first.sheet,
    table: first.table,
    charts: first.charts,
  });
  expect(second).toEqual(first);
  expect(snapshotOf(again)).toEqual(before);
  expect(await chartParts(await again.save())).toBe(6);
});

test("settings longer than one cell holds (32,767 characters) survive save and reopen", async () => {
  const fw = FileWorkbook.empty();
  const stored: StoredSettings = {
    version: 1,
    source: { kind: "address", address: "Figures!A1:M9" },
    settings: {
      ...DEFAULT_SETTINGS,
      guidance: Array.from({ length: 2000 }, (_, i) => ({
        period: `FY3/${i}`,
        metric: "revenue.total",
        low: i,
        high: i + 1,
      })),
    },
  };
  expect(JSON.stringify(stored).length).toBeGreaterThan(40_000);
  await fw.saveSettings(stored);
  const again = await reopen(fw);
  expect(await again.loadSettings()).toEqual(stored);
  const store = again.workbook.getWorksheet(STORE_SHEET);
  expect(store?.state).toBe("veryHidden");
  expect((await again.listSources()).sheets).not.toContain(STORE_SHEET);
});

test("unreadable stored settings are reported, not swallowed", async () => {
  const fw = FileWorkbook.empty();
  await fw.saveSettings({ version: 1, source: { kind: "selection" }, settings: DEFAULT_SETTINGS });
  fw.workbook.getWorksheet(STORE_SHEET)!.getCell("B1").value = "{not json";
  await expect(fw.loadSettings()).rejects.toThrow(
    /settings stored in this workbook could not be read/
  );
});

test("selectCell records the cell and makes its sheet the active one", async () => {
  const fw = (await fileWorkbookFactory({ userSheets: [{ name: "Q4 pack", values: [["x"]] }] }))
    .port as FileWorkbook;
  await fw.selectCell("'Q4 pack'!$B$3");
  expect(fw.selection).toBe("Q4 pack!B3");
  expect((await fw.listSources()).activeSheet).toBe("Q4 pack");
  const [sel] = await fw.readRanges([{ kind: "selection" }]);
  expect(sel?.sheet).toBe("Q4 pack");
});

test("names and tables of a file are offered as sources and read by name", async () => {
  const fw = (await fileWorkbookFactory({})).port as FileWorkbook;
  fw.workbook.definedNames.add("Figures!$D$7:$M$7", "Revenues");
  const choices = await fw.listSources();
  expect(choices.names).toEqual(["Revenues"]);
  const [named] = await fw.readRanges([{ kind: "name", name: "revenues" }]);
  expect(named?.topLeft).toBe("D7");
  expect(named?.values[0]?.[9]).toBe(399000);
  await expect(fw.readRanges([{ kind: "table", table: "Nope" }])).rejects.toThrow(/Nope/);
});

test.each([
  ["KPI: Summary/Q4", "KPI_ Summary_Q4"],
  ["'quoted'", "quoted"],
  ["History", "KPI Summary"],
  ["A very long output sheet name that Excel would refuse", "A very long output sheet name t"],
])(
  "an output sheet name Excel refuses (%p) is made valid (%p) and reported",
  async (asked, used) => {
    const fw = (await fileWorkbookFactory({})).port as FileWorkbook;
    const result = await fw.writeSummary(sampleModel({ sheetName: asked }), undefined);
    expect(result.sheet).toBe(used);
    expect(result.notes.join(" ")).toContain(used);
    expect(await chartParts(await fw.save())).toBe(6);
  }
);

test("control characters in labels never reach the package (it stays openable)", async () => {
  const fw = (await fileWorkbookFactory({})).port as FileWorkbook;
  const model = sampleModel({ title: "Q4\u0007 KPIs", highlights: ["Revenues\u0001 up"] });
  await fw.writeSummary(model, undefined);
  const again = await reopen(fw);
  const [r] = await again.readRanges([{ kind: "address", address: "'KPI Summary'!A1:A5" }]);
  expect(r?.values[0]).toEqual(["Q4 KPIs"]);
  expect(r?.values[4]).toEqual(["Revenues up"]);
});

describe("a formula to place in a workbook file: copied for the user to paste", () => {
  const FORMULA = '=QUARTERDECK.KPI(Figures!A1:H9, "Total revenues", "yoy", "4Q01")';
  test.each([
    ["the clipboard takes it", true, { kind: "copied" }],
    ["the clipboard refuses it", false, { kind: "refused", reason: "no-clipboard" }],
  ])("%s", async (_name, allowed, expected) => {
    const copied: string[] = [];
    const fw = FileWorkbook.empty({
      copyText: async (text) => {
        copied.push(text);
        return allowed;
      },
    });
    const before = snapshotOf(fw);
    await expect(fw.writeFormulaToSelection(FORMULA)).resolves.toEqual(expected);
    expect(copied).toEqual([FORMULA]);
    expect(snapshotOf(fw)).toEqual(before);
  });

  test("without a clipboard it is refused, not lost silently", async () => {
    await expect(FileWorkbook.empty().writeFormulaToSelection(FORMULA)).resolves.toEqual({
      kind: "refused",
      reason: "no-clipboard",
    });
  });
});
