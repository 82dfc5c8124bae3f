/**
 * The summary sheet streamed into the package (exceljs holding only its frame) must open exactly as the sheet
 * exceljs writes itself from the same layout: same cells, values, formulas, number formats, fonts, table.
 */
import ExcelJS from "exceljs";
import type { SummaryModel } from "../../../src/core/summarise/types";
import { exportSummary } from "../../../src/workbook/file/exportSummary";
import { FileWorkbook } from "../../../src/workbook/file/fileWorkbook";
import { frameLayout, styleProbes } from "../../../src/workbook/file/summarySheet";
import { layoutSummary } from "../../../src/workbook/layout";
import { sampleModel } from "../contract/sampleModel";
import { fileWorkbookFactory } from "./harness";

jest.setTimeout(60_000);

interface Opened {
  cells: Map<string, string>;
  tables: string[];
  sheets: string[];
}

async function open(bytes: Uint8Array, only?: string): Promise<Opened> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const cells = new Map<string, string>();
  const tables: string[] = [];
  for (const ws of wb.worksheets) {
    if (only !== undefined && ws.name !== only) continue;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) =>
        cells.set(`${ws.name}!${c.address}`, JSON.stringify([c.type, c.value, c.numFmt, c.font]))
      )
    );
    ws.columns?.forEach((col, i) => cells.set(`${ws.name}!col${i}`, String(col.width)));
    cells.set(
      `${ws.name}!page`,
      JSON.stringify([ws.pageSetup.orientation, ws.pageSetup.fitToWidth])
    );
    for (const t of ws.getTables() as unknown as { table?: { name?: string; tableRef?: string } }[])
      tables.push(`${only === undefined ? ws.name : ""}!${t.table?.name}:${t.table?.tableRef}`);
  }
  const sheets = wb.worksheets.map((w) => w.name).filter((n) => only === undefined || n === only);
  return { cells, tables, sheets };
}

async function written(model: SummaryModel, completeFirst: boolean): Promise<Uint8Array> {
  const fw = (await fileWorkbookFactory({})).port as FileWorkbook;
  await fw.writeSummary(model, undefined);
  // Reading the workbook completes the summary in exceljs, which then writes it itself.
  if (completeFirst) expect(fw.workbook.worksheets.length).toBeGreaterThan(0);
  return fw.save();
}

function expectSame(streamed: Opened, exceljs: Opened): void {
  expect(streamed.sheets).toEqual(exceljs.sheets);
  expect(streamed.tables).toEqual(exceljs.tables);
  expect([...streamed.cells.keys()].sort()).toEqual([...exceljs.cells.keys()].sort());
  for (const [k, v] of exceljs.cells) expect([k, streamed.cells.get(k)]).toEqual([k, v]);
}

/** Text that needs escaping or loses characters XML forbids; formula cells with text and empty results. */
function awkwardModel(): SummaryModel {
  const base = sampleModel();
  const rows = base.table.rows.map((r, i) =>
    i === 0
      ? {
          ...r,
          label: `  Revenues & "others" <net>  `,
          values: r.values.map((v, p) => (p === 0 ? null : p === 1 ? 'a < b & "c"' : v)),
          formulas: r.formulas.map((f, p) =>
            p === 1 ? '=IF(Figures!D2>0,"a < b & ""c""","")' : f
          ),
        }
      : r
  );
  return {
    ...base,
    title: "R&D <pack> \u0007bell",
    highlights: ["pair \u{1D11E} kept, lone \ud800 dropped", " lead", "tab\there"],
    table: { ...base.table, rows },
    notes: [["Source", "Figures!A1:M9 & more"]],
  };
}

describe("summary sheet streamed into the package", () => {
  test.each([
    ["the sample summary", sampleModel],
    ["text to escape and characters to drop", awkwardModel],
  ])("%s opens as the sheet exceljs writes", async (_, model) => {
    const [streamed, exceljs] = await Promise.all([
      written(model(), false).then((b) => open(b)),
      written(model(), true).then((b) => open(b)),
    ]);
    expect(streamed.cells.size).toBeGreaterThan(100);
    expectSame(streamed, exceljs);
  });

  test("the exported summary (values only) opens as the sheet exceljs writes", async () => {
    const fw = FileWorkbook.empty({ valuesOnly: true });
    await fw.writeSummary(awkwardModel(), undefined);
    expect(fw.workbook.worksheets.length).toBeGreaterThan(0);
    const [streamed, exceljs] = await Promise.all([
      exportSummary(awkwardModel()).then((b) => open(b, "KPI Summary")),
      fw.save().then((b) => open(b, "KPI Summary")),
    ]);
    expectSame(streamed, exceljs);
  });

  test("until the workbook is read, exceljs holds only the frame of the summary", async () => {
    const fw = FileWorkbook.empty();
    const model = sampleModel();
    await fw.writeSummary(model, undefined);
    const layout = layoutSummary(model);
    // Private on purpose: what matters is what exceljs was given, not what the port shows.
    const inner = fw["wb"].getWorksheet("KPI Summary");
    const cells = (ws: ExcelJS.Worksheet | undefined): number => {
      let n = 0;
      ws?.eachRow((row) => row.eachCell(() => (n += 1)));
      return n;
    };
    const frameCells = cells(inner);
    expect(frameCells).toBeLessThan(layout.values.flat().filter((v) => v !== "").length);
    expect(cells(fw.workbook.getWorksheet("KPI Summary"))).toBeGreaterThan(frameCells);
  });
});

describe("reads after a summary is written", () => {
  const frameSize = (fw: FileWorkbook): number => {
    let n = 0;
    // Private on purpose: what exceljs holds, which the port does not show.
    fw["wb"].getWorksheet("KPI Summary")?.eachRow((row) => row.eachCell(() => (n += 1)));
    return n;
  };

  test("reading another sheet leaves the summary a frame; its table is listed with all its rows", async () => {
    const fw = (await fileWorkbookFactory({})).port as FileWorkbook;
    const model = sampleModel();
    await fw.writeSummary(model, undefined);
    const before = frameSize(fw);
    const [figures] = await fw.readRanges([{ kind: "address", address: "Figures!A1:C3" }]);
    expect(figures?.values[1]?.[0]).toBe("revenue.dedicated_access");
    expect(frameSize(fw)).toBe(before);
    const table = layoutSummary(model).table;
    const [kpis] = await fw.readRanges([{ kind: "table", table: "QuarterDeckKPIs" }]);
    expect(kpis?.values.length).toBe(table.lastDataRow - table.headerRow + 1);
    expect(kpis?.values[1]?.[0]).toBe(model.table.rows[0]?.label);
    expect(frameSize(fw)).toBeGreaterThan(before);
  });
});

describe("frameLayout", () => {
  test("keeps every row outside the table body, its first row and one cell per style", () => {
    const layout = layoutSummary(sampleModel());
    const frame = frameLayout(layout);
    const t = layout.table;
    expect(frame.table.lastDataRow).toBe(t.firstDataRow);
    layout.values.forEach((row, i) => {
      const r = i + 1;
      if (r <= t.firstDataRow || r > t.lastDataRow) expect(frame.values[i]).toEqual(row);
    });
    const probesInBody = [...styleProbes(layout).values()].filter(
      (p) => p.row > t.firstDataRow && p.row <= t.lastDataRow
    );
    const kept = frame.values
      .slice(t.firstDataRow, t.lastDataRow)
      .flatMap((row, i) => row.map((v, c) => ({ row: t.firstDataRow + 1 + i, col: c + 1, v })))
      .filter((x) => x.v !== "" || frame.numberFormats[x.row - 1]?.[x.col - 1] !== "General");
    expect(kept.map(({ row, col }) => ({ row, col }))).toEqual(probesInBody);
  });
});
