/**
 * The fake of Excel.run fails where Excel fails. Each rule is shown rejecting (or rewriting) what Excel would,
 * so a test that passes on the fake does not pass only because the fake is lenient.
 */
import { FakeExcel, FakeError, validDefinedName } from "./fake/excel";
import { cellFormula, cellValue } from "./fake/model";
import { dateSerial, parseTyped } from "./fake/typed";

type Ctx = Excel.RequestContext;

describe("a deleted sheet turns references to it into #REF!", () => {
  it("rewrites formulas on other sheets for good, even when a sheet of the same name comes back", async () => {
    const x = new FakeExcel();
    x.addSheet("KPI Summary", [[7, 8]]);
    const deck = x.addSheet("Deck", [[""]]);
    deck.formulas[0] = ["='KPI Summary'!A1+1", "=SUM('kpi summary'!A1:B1)", "=Deck!B2"];
    expect(x.valuesOf({ sheet: deck, top: 0, left: 0, bottom: 0, right: 1 })).toEqual([[8, 15]]);
    await x.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("KPI Summary").delete();
      ctx.workbook.worksheets.add("KPI Summary");
      await ctx.sync();
    });
    expect(cellFormula(deck, 0, 0)).toBe("=#REF!+1");
    expect(cellFormula(deck, 0, 1)).toBe("=SUM(#REF!)");
    expect(cellFormula(deck, 0, 2)).toBe("=Deck!B2");
    expect(x.valuesOf({ sheet: deck, top: 0, left: 0, bottom: 0, right: 1 })).toEqual([
      ["#REF!", "#REF!"],
    ]);
  });

  it("turns a defined name on the deleted sheet into #REF!, and structured references to its tables", async () => {
    const x = new FakeExcel();
    const kpi = x.addSheet("KPI", [["Q"], [5]]);
    x.addTable("T", kpi, { top: 0, left: 0, bottom: 1, right: 0 });
    x.model.names.set("QD_X", { sheet: kpi, top: 1, left: 0, bottom: 1, right: 0 });
    const deck = x.addSheet("Deck", [[""]]);
    deck.formulas[0] = ["=QD_X*2", "=SUM(T[Q])"];
    expect(x.valuesOf({ sheet: deck, top: 0, left: 0, bottom: 0, right: 1 })).toEqual([[10, 5]]);
    await x.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("KPI").delete();
      await ctx.sync();
    });
    expect(cellFormula(deck, 0, 1)).toBe("=SUM(#REF!)");
    expect(x.valuesOf({ sheet: deck, top: 0, left: 0, bottom: 0, right: 1 })).toEqual([
      ["#REF!", "#REF!"],
    ]);
  });

  it("follows a renamed sheet instead", async () => {
    const x = new FakeExcel();
    x.addSheet("Old", [[3]]);
    const deck = x.addSheet("Deck", [[""]]);
    deck.formulas[0] = ["=Old!A1*2"];
    await x.run(async (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("Old").name = "New name";
      await ctx.sync();
    });
    expect(cellFormula(deck, 0, 0)).toBe("='New name'!A1*2");
    expect(x.valuesOf({ sheet: deck, top: 0, left: 0, bottom: 0, right: 0 })).toEqual([[6]]);
  });
});

describe("text written through formulas or values is parsed as if typed", () => {
  const year = new Date().getUTCFullYear();
  it.each([
    ["2024", "General", { value: 2024 }],
    ["1,250.5", "General", { value: 1250.5 }],
    ["12%", "General", { value: 0.12 }],
    ["1-3", "General", { value: dateSerial(year, 1, 3) }],
    ["2024-03-31", "General", { value: dateSerial(2024, 3, 31) }],
    ["3/31/2024", "General", { value: dateSerial(2024, 3, 31) }],
    ["TRUE", "General", { value: true }],
    ["=SUM(A1:A3)", "General", { formula: "=SUM(A1:A3)" }],
    ["+A1", "General", { formula: "=+A1" }],
    ["-A1", "General", { formula: "=-A1" }],
    ["-12", "General", { value: -12 }],
    ["@SUM(A1)", "General", { formula: "=SUM(A1)" }],
    ["'2024", "General", { value: "2024" }],
    ["'=A1", "General", { value: "=A1" }],
    ["2024", "@", { value: "2024" }],
    ["=A1", "@", { value: "=A1" }],
    ["1Q00", "General", { value: "1Q00" }],
    ["FY3/01", "General", { value: "FY3/01" }],
    ["13-45", "General", { value: "13-45" }],
    ["n.m.", "General", { value: "n.m." }],
  ])("%j under %s", (text, format, expected) => {
    expect(parseTyped(text, format)).toEqual(expected);
  });

  it.each(["formulas", "values"] as const)("applies to range.%s", async (prop) => {
    const x = new FakeExcel();
    const s = x.addSheet("S");
    await x.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:D1");
      r[prop] = [["2024", "=1+1", "'2024", "text"]];
      await ctx.sync();
    });
    expect(cellValue(s, 0, 0)).toBe(2024);
    expect(cellFormula(s, 0, 1)).toBe("=1+1");
    expect(cellValue(s, 0, 2)).toBe("2024");
    expect(cellValue(s, 0, 3)).toBe("text");
  });
});

describe("a property read before it is loaded throws", () => {
  it.each([
    ["range.values", (ctx: Ctx) => ctx.workbook.worksheets.getItem("S").getRange("A1").values],
    ["worksheet.name", (ctx: Ctx) => ctx.workbook.worksheets.getItem("S").name],
    ["worksheets.items", (ctx: Ctx) => ctx.workbook.worksheets.items],
    ["names.items", (ctx: Ctx) => ctx.workbook.names.items],
    ["table.style", (ctx: Ctx) => ctx.workbook.tables.getItem("T").style],
  ])("%s", async (_label, read) => {
    const x = new FakeExcel();
    const s = x.addSheet("S", [[1]]);
    x.addTable("T", s, { top: 0, left: 0, bottom: 0, right: 0 });
    await expect(x.run(async (ctx: Ctx) => read(ctx))).rejects.toThrow(/PropertyNotLoaded/);
  });

  it("and reads it once loaded and synced", async () => {
    const x = new FakeExcel();
    x.addSheet("S", [[1]]);
    const v = await x.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await ctx.sync();
      return r.values;
    });
    expect(v).toEqual([[1]]);
  });
});

describe("a write whose dimensions differ from its range throws", () => {
  it.each([
    ["formulas", [["a", "b"]]],
    ["values", [["a"], ["b"]]],
    ["numberFormat", [["@", "@", "@"]]],
  ] as const)("range.%s", async (prop, data) => {
    const x = new FakeExcel();
    const s = x.addSheet("S");
    const write = x.run(async (ctx: Ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
      (r as unknown as Record<string, unknown>)[prop] = data;
      await ctx.sync();
    });
    await expect(write).rejects.toBeInstanceOf(FakeError);
    await expect(write).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(s.values).toEqual([]);
  });
});

describe("tables and names, as Excel allows them", () => {
  async function withTable(minor: number, op: (ctx: Ctx) => void): Promise<FakeExcel> {
    const x = new FakeExcel();
    x.apiMinor = minor;
    const s = x.addSheet("S", [
      ["Q", "R"],
      [1, 2],
      [3, 4],
    ]);
    x.addTable("T", s, { top: 0, left: 0, bottom: 1, right: 1 });
    const deck = x.addSheet("Deck", [[""]]);
    deck.formulas[0] = ["=SUM(T[Q])"];
    await x.run(async (ctx: Ctx) => {
      op(ctx);
      await ctx.sync();
    });
    return x;
  }

  it("resize keeps the header row, needs ExcelApi 1.13", async () => {
    const x = await withTable(13, (ctx) => ctx.workbook.tables.getItem("T").resize("A1:B3"));
    expect(x.valuesOf({ sheet: x.sheet("Deck")!, top: 0, left: 0, bottom: 0, right: 0 })).toEqual([
      [4],
    ]);
    await expect(
      withTable(13, (ctx) => ctx.workbook.tables.getItem("T").resize("A2:B3"))
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      withTable(12, (ctx) => ctx.workbook.tables.getItem("T").resize("A1:B3"))
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("deleting a table turns its structured references into #REF!; converting it to a range, into cell references", async () => {
    const deleted = await withTable(13, (ctx) => ctx.workbook.tables.getItem("T").delete());
    expect(cellFormula(deleted.sheet("Deck")!, 0, 0)).toBe("=SUM(#REF!)");
    const converted = await withTable(13, (ctx) =>
      ctx.workbook.tables.getItem("T").convertToRange()
    );
    expect(cellFormula(converted.sheet("Deck")!, 0, 0)).toBe("=SUM('S'!$A$2)");
    expect(converted.model.tables).toEqual([]);
  });

  it.each([
    ["QD_Revenue_YoY", true],
    ["_x.y", true],
    ["1Q", false],
    ["A1", false],
    ["XFD1048576", false],
    ["R1C1", false],
    ["C", false],
    ["has space", false],
    ["", false],
  ])("a defined name %j is valid: %s", (name, ok) => {
    expect(validDefinedName(name)).toBe(ok);
  });

  it("names.add refuses an invalid or a duplicate name", async () => {
    const x = new FakeExcel();
    x.addSheet("S", [[1]]);
    const add = (name: string) =>
      x.run(async (ctx: Ctx) => {
        ctx.workbook.names.add(name, "=S!$A$1");
        await ctx.sync();
      });
    await add("QD_A");
    await expect(add("qd_a")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(add("A1")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect([...x.model.names.keys()]).toEqual(["QD_A"]);
  });
});

describe("whole rows inserted or deleted move the references to the cells below", () => {
  async function shifted(op: (rows: Excel.Range) => void, address: string) {
    const x = new FakeExcel();
    const s = x.addSheet("KPI Summary", [["a"], ["b"], ["c"], [4]]);
    s.formulas[4] = ["=A4*2", "=SUM(A2:A4)"];
    s.values[4] = ["", ""];
    const deck = x.addSheet("Deck", [[""]]);
    deck.formulas[0] = ["='KPI Summary'!A4", "='KPI Summary'!A2", "=Figures!A4"];
    x.model.names.set("QD_X", { sheet: s, top: 3, left: 0, bottom: 3, right: 0 });
    await x.run(async (ctx: Ctx) => {
      op(ctx.workbook.worksheets.getItem("KPI Summary").getRange(address));
      await ctx.sync();
    });
    return { x, s, deck };
  }

  it("insert: references below follow, on the sheet and elsewhere; names too", async () => {
    const { x, s, deck } = await shifted((r) => r.insert("Down"), "2:3");
    expect(cellValue(s, 5, 0)).toBe(4);
    expect(cellFormula(s, 6, 0)).toBe("=A6*2");
    expect(cellFormula(s, 6, 1)).toBe("=SUM(A4:A6)");
    expect(deck.formulas[0]).toEqual(["='KPI Summary'!A6", "='KPI Summary'!A4", "=Figures!A4"]);
    expect(x.boxAddress(x.model.names.get("QD_X")!)).toBe("'KPI Summary'!A6");
  });

  it("delete: references into the deleted rows become #REF!, ranges shrink, the rest moves up", async () => {
    const { s, deck } = await shifted((r) => r.delete("Up"), "2:2");
    expect(cellFormula(s, 3, 0)).toBe("=A3*2");
    expect(cellFormula(s, 3, 1)).toBe("=SUM(A2:A3)");
    expect(deck.formulas[0]).toEqual(["='KPI Summary'!A3", "=#REF!", "=Figures!A4"]);
  });
});
