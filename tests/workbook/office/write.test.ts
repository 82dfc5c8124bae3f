import { officePortOn } from "./fake/port";
import { sampleModel, SAMPLE_SOURCE, SAMPLE_SOURCE_SHEET } from "../contract/sampleModel";
import type { SummaryModel } from "../../../src/core/summarise/types";
import { FakeExcel } from "./fake/excel";
import type { FakeSheet } from "./fake/model";
import { cellFormula, cellValue, cellFormat } from "./fake/model";
import { seen } from "./fake/seen";

const MB5 = 5 * 1024 * 1024;

function setup(apiMinor = 17) {
  const x = new FakeExcel();
  x.apiMinor = apiMinor;
  x.addSheet(
    SAMPLE_SOURCE_SHEET,
    SAMPLE_SOURCE.map((r) => [...r])
  );
  x.addSheet("Notes", [["my own notes", 42]]);
  return { x, port: officePortOn(x) };
}

/** Deep copy of what a user sees on a sheet: values, formats, formulas. */
function snapshot(sheet: FakeSheet | undefined): unknown {
  return JSON.parse(
    JSON.stringify({ v: sheet?.values, f: sheet?.formats, g: sheet?.formulas, n: sheet?.name })
  );
}

const at = (s: FakeSheet, a1: string): { row: number; col: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(a1);
  const col = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  void s;
  return { row: Number(m[2]) - 1, col };
};
const formulaAt = (s: FakeSheet, a1: string) => cellFormula(s, at(s, a1).row, at(s, a1).col);
const valueAt = (s: FakeSheet, a1: string) => cellValue(s, at(s, a1).row, at(s, a1).col);
const formatAt = (s: FakeSheet, a1: string) => cellFormat(s, at(s, a1).row, at(s, a1).col);

describe("OfficeWorkbook.writeSummary", () => {
  it("writes the summary sheet, table and charts in one Excel.run and three syncs, events off while writing", async () => {
    const { x, port } = setup();
    const users = [snapshot(x.sheet("Figures")), snapshot(x.sheet("Notes"))];
    const result = await port.writeSummary(sampleModel(), undefined);

    expect(result).toEqual({
      sheet: "KPI Summary",
      table: "QuarterDeckKPIs",
      charts: expect.any(Array),
      notes: [],
    });
    expect(result.charts).toEqual([
      "QD_revenue_breakdown",
      "QD_operating_margin",
      "QD_si_revenue",
      "QD_oi_vs_capex",
      "QD_portfolio_fy01",
      "QD_portfolio_fy02",
    ]);
    expect(x.runs).toBe(1);
    expect(x.syncCount).toBe(3);
    expect(x.model.enableEventsHistory).toEqual([false, true]);
    expect(x.model.enableEvents).toBe(true);
    expect(x.model.calcSuspensions).toBeGreaterThanOrEqual(1);
    // The suspension is queued in the sync that writes the cells.
    const buildSync = x.syncs.find((s) => s.ops.includes("range.formulas"));
    expect(buildSync?.ops).toContain("application.suspendApiCalculationUntilNextSync");
    expect(buildSync?.ops.filter((o) => o === "range.formulas").length).toBeLessThanOrEqual(2); // whole arrays, not cell by cell

    const sheet = x.sheet("KPI Summary")!;
    expect(x.model.sheets.map((s) => s.name)).toEqual(["Figures", "Notes", "KPI Summary"]);
    expect(sheet.visibility).toBe("Visible");
    expect(valueAt(sheet, "A1")).toBe("IIJ — 4Q01 KPIs");
    // Table header at row 8 (title, subtitle, blank, Highlights + 2 sentences, blank), data from row 9.
    expect(valueAt(sheet, "A8")).toBe("KPI");
    expect(valueAt(sheet, "E8")).toBe("1Q00");
    expect(formulaAt(sheet, "E9")).toBe("=Figures!D2"); // dedicated access 1Q00, live
    expect(formatAt(sheet, "E9")).toBe("#,##0");
    // Operating income YoY for 4Q01 (column M): 4Q01 is source column L, 4Q00 column G, row 8.
    expect(formulaAt(sheet, "M19")).toBe('=IF(Figures!G8>0,Figures!L8/Figures!G8-1,"n.m.")');
    expect(valueAt(sheet, "E17")).toBe("n.m.");

    const tables = x.model.tables;
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      name: "QuarterDeckKPIs",
      style: "TableStyleMedium2",
      showHeaders: true,
    });
    expect(x.boxAddress(tables[0]!.range)).toBe("'KPI Summary'!A8:N19");

    expect(users).toEqual([snapshot(x.sheet("Figures")), snapshot(x.sheet("Notes"))]);
  });

  it("binds every chart series to the table: directly when contiguous, through linked chart-data rows otherwise", async () => {
    const { x, port } = setup();
    await port.writeSummary(sampleModel(), undefined);
    const sheet = x.sheet("KPI Summary")!;
    const chart = (name: string) => sheet.charts.find((c) => c.name === name)!;

    const stacked = chart("QD_revenue_breakdown");
    expect(stacked.type).toBe("ColumnStacked");
    expect(stacked.props.title).toEqual({ text: "Revenue breakdown by segment" });
    expect(stacked.series).toHaveLength(5);
    // Quarters skip the FY3/01 column (I): each series is a linked helper row of 8 cells.
    const s0 = stacked.series[0]!;
    expect(s0.values!.right - s0.values!.left + 1).toBe(8);
    expect(cellFormula(sheet, s0.values!.top, 0)).toBe("=IF(ISNUMBER(E9),E9,NA())");
    expect(cellFormula(sheet, s0.values!.top, 4)).toBe("=IF(ISNUMBER(J9),J9,NA())");
    expect(cellFormula(sheet, s0.xValues!.top, 4)).toBe('=J8&""');
    expect(stacked.position).toEqual({ start: "P8", end: "W22" });

    const combo = chart("QD_si_revenue");
    expect(combo.type).toBe("ColumnClustered");
    // 1Q01…4Q01 are contiguous (J:M): bound straight to the table row.
    expect(x.boxAddress(combo.series[0]!.values!)).toBe("'KPI Summary'!J14:M14");
    expect(x.boxAddress(combo.series[1]!.values!)).toBe("'KPI Summary'!J17:M17");
    expect(combo.series[1]!.props).toMatchObject({
      chartType: "LineMarkers",
      axisGroup: "Secondary",
    });
    expect(combo.props.axes).toMatchObject({
      valueAxis: { title: { text: "JPY mn" }, numberFormat: "#,##0" },
    });
    expect(JSON.stringify(combo.props.axes)).toContain("YoY growth");

    const pie = chart("QD_portfolio_fy01");
    expect(pie.type).toBe("Pie");
    expect(pie.seriesBy).toBe("Columns");
    expect(x.boxAddress(pie.series[0]!.values!)).toBe("'KPI Summary'!I9:I13");
    expect(x.boxAddress(pie.series[0]!.xValues!)).toBe("'KPI Summary'!A9:A13");
    expect(chart("QD_portfolio_fy02").type).toBe("Doughnut");
  });

  it("replaces only what it owns: a second refresh rewrites the same sheet and table in five syncs", async () => {
    const { x, port } = setup();
    const first = await port.writeSummary(sampleModel(), undefined);
    const sheetBefore = x.sheet("KPI Summary");
    const tableBefore = x.model.tables[0];
    const changed = sampleModel({ title: "IIJ — refreshed" });
    x.syncs.length = 0;
    const second = await port.writeSummary(changed, {
      sheet: first.sheet,
      table: first.table,
      charts: first.charts,
    });
    expect(second.sheet).toBe("KPI Summary");
    expect(second.table).toBe("QuarterDeckKPIs");
    expect(x.model.sheets.map((s) => s.name)).toEqual(["Figures", "Notes", "KPI Summary"]);
    expect(x.model.tables.map((t) => t.name)).toEqual(["QuarterDeckKPIs"]);
    expect(valueAt(x.sheet("KPI Summary")!, "A1")).toBe("IIJ — refreshed");
    expect(x.sheet("KPI Summary")!.charts).toHaveLength(6);
    expect(x.sheet("KPI Summary")!.charts.map((c) => c.name)).toEqual(second.charts);
    // The same objects: references to them keep working.
    expect(x.sheet("KPI Summary")).toBe(sheetBefore);
    expect(x.model.tables[0]).toBe(tableBefore);
    // inspect, what the previous summary holds, its cells (the backup), write, tidy the charts
    expect(x.syncCount).toBe(5);
  });

  it("never overwrites a same-named sheet it does not own: writes under a new name and says so", async () => {
    const { x, port } = setup();
    x.addSheet("KPI Summary", [["the CFO's own summary"]]);
    const theirs = snapshot(x.sheet("KPI Summary"));
    const result = await port.writeSummary(sampleModel(), undefined);
    expect(result.sheet).toBe("KPI Summary (2)");
    expect(result.notes.join(" ")).toMatch(
      /"KPI Summary" already exists and is not QuarterDeck's.*"KPI Summary \(2\)"/
    );
    expect(snapshot(x.sheet("KPI Summary"))).toEqual(theirs);
    // The next refresh, owning "KPI Summary (2)", replaces that one and still leaves theirs alone.
    const again = await port.writeSummary(sampleModel(), {
      sheet: result.sheet,
      table: result.table,
      charts: result.charts,
    });
    expect(again.sheet).toBe("KPI Summary (2)");
    expect(snapshot(x.sheet("KPI Summary"))).toEqual(theirs);
    expect(x.model.sheets).toHaveLength(4);
  });

  it("gives the KPI table a new name when a user's table already has ours", async () => {
    const { x, port } = setup();
    const notes = x.sheet("Notes")!;
    x.addTable("QuarterDeckKPIs", notes, { top: 0, left: 0, bottom: 0, right: 1 });
    const result = await port.writeSummary(sampleModel(), undefined);
    expect(result.table).toBe("QuarterDeckKPIs2");
    expect(x.model.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["QuarterDeckKPIs", "Notes"],
      ["QuarterDeckKPIs2", "KPI Summary"],
    ]);
  });

  it.each([
    ["while writing the cells", /^range\.formulas$/],
    ["at the table", /^table\.resize$/],
    ["at a chart", /^charts\.add$/],
    ["at a KPI name", /^names\.add$/],
    ["at the record of what it owns", /^settings\.add$/],
  ])(
    "a failure %s leaves the previous summary as it was, on the same sheet",
    async (_label, op) => {
      const { x, port } = setup();
      const first = await port.writeSummary(sampleModel(), undefined);
      const record = JSON.stringify({
        version: 1,
        source: { kind: "selection" },
        settings: {},
        owned: first,
      });
      x.model.settings.set("QuarterDeck", record);
      const sheet = x.sheet("KPI Summary")!;
      const before = seen(x, sheet);
      const chartsBefore = sheet.charts.map((c) => c.name);
      x.failWhen(op);
      await expect(
        port.writeSummary(sampleModel({ title: "new" }), {
          sheet: first.sheet,
          table: first.table,
          charts: first.charts,
        })
      ).rejects.toThrow(/previous summary is unchanged/);
      expect(x.model.sheets.map((s) => s.name)).toEqual(["Figures", "Notes", "KPI Summary"]);
      expect(x.sheet("KPI Summary")).toBe(sheet);
      expect(seen(x, sheet)).toEqual(before);
      expect(sheet.charts.map((c) => c.name)).toEqual(chartsBefore);
      expect(x.model.tables.map((t) => t.name)).toEqual(["QuarterDeckKPIs"]);
      expect(x.model.enableEvents).toBe(true);
      expect(x.model.settings.get("QuarterDeck")).toBe(record);
    }
  );

  it("below ExcelApi 1.7 writes the table without charts and says why; no crash", async () => {
    const { x, port } = setup(6);
    const result = await port.writeSummary(sampleModel(), undefined);
    expect(result.charts).toEqual([]);
    expect(result.notes.join(" ")).toMatch(/Charts skipped.*ExcelApi 1\.7/);
    expect(x.sheet("KPI Summary")!.charts).toHaveLength(0);
    expect(x.model.tables).toHaveLength(1);
    // 1.6 has no runtime.enableEvents: never touched.
    expect(x.model.enableEventsHistory).toEqual([]);
    const caps = await port.capabilities();
    expect(caps).toMatchObject({ host: "excel", charts: false, tables: true, settings: true });
    expect(caps.notes.join(" ")).toMatch(/ExcelApi 1\.7/);
  });

  it("at ExcelApi 1.7 draws the charts but leaves 1.8 features (secondary axis, axis formats) out, with a note", async () => {
    const { x, port } = setup(7);
    const result = await port.writeSummary(sampleModel(), undefined);
    expect(result.charts).toHaveLength(6);
    expect(result.notes.join(" ")).toMatch(/ExcelApi 1\.8/);
    const combo = x.sheet("KPI Summary")!.charts.find((c) => c.name === "QD_si_revenue")!;
    expect(combo.series[1]!.props.axisGroup).toBeUndefined();
    expect(x.syncs.flatMap((s) => s.ops)).not.toContain("chart.axes.valueAxis.numberFormat");
  });

  it("writes a summary of ten times the rows in the same three syncs", async () => {
    const base = sampleModel();
    const rows = Array.from({ length: 10 }, () => base.table.rows).flat();
    const { x, port } = setup();
    await port.writeSummary({ ...base, table: { ...base.table, rows } }, undefined);
    expect(x.syncCount).toBe(3);
    expect(x.model.tables[0]!.range.bottom - x.model.tables[0]!.range.top).toBe(110);
  });

  it("splits a summary too large for one 5 MB request into row blocks, each request under the cap", async () => {
    const base = sampleModel();
    const long = "x".repeat(250);
    const rows = Array.from({ length: 20000 }, (_, i) => ({
      ...base.table.rows[0]!,
      label: `${long} ${i}`,
    }));
    const big: SummaryModel = { ...base, table: { ...base.table, rows }, charts: [] };
    const { x, port } = setup();
    await port.writeSummary(big, undefined);
    expect(x.syncs.every((s) => !s.failed && s.requestBytes <= MB5)).toBe(true);
    const writes = x.syncs.filter((s) => s.ops.includes("range.formulas"));
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(valueAt(x.sheet("KPI Summary")!, "A20008")).toBe(`${long} 19999`);

    // Refreshing it again: the backup of the previous summary is read in halves when a response is too large.
    x.syncs.length = 0;
    const again = await port.writeSummary(
      { ...big, title: "again" },
      { sheet: "KPI Summary", table: "QuarterDeckKPIs", charts: [] }
    );
    expect(again.sheet).toBe("KPI Summary");
    expect(x.syncs.some((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(
      x.syncs.every((s) => (s.requestBytes <= MB5 && s.responseBytes <= MB5) || s.failed)
    ).toBe(true);
    expect(valueAt(x.sheet("KPI Summary")!, "A1")).toBe("again");
    expect(valueAt(x.sheet("KPI Summary")!, "A20008")).toBe(`${long} 19999`);
  });
});
