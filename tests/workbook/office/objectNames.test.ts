/**
 * Sheet and table names by Excel's full rules: the fake refuses what Excel refuses, and the adapter never asks
 * Excel for a name it would refuse — an invalid wanted name falls back to the default with a note, a table name
 * avoids the workbook's defined names and cell references.
 */
import { officePortOn } from "./fake/port";
import { sampleModel, SAMPLE_SOURCE, SAMPLE_SOURCE_SHEET } from "../contract/sampleModel";
import { FakeExcel, FakeError } from "./fake/excel";
import { planWrite } from "../../../src/workbook/office/ownership";
import { objectNameMessages } from "../../../src/core/grid";

type Ctx = Excel.RequestContext;

function setup(): FakeExcel {
  const x = new FakeExcel();
  x.apiMinor = 17;
  x.addSheet(
    SAMPLE_SOURCE_SHEET,
    SAMPLE_SOURCE.map((r) => [...r])
  );
  return x;
}

async function codeOf(x: FakeExcel, batch: (ctx: Ctx) => void): Promise<string | null> {
  try {
    await x.run(async (ctx: Ctx) => {
      batch(ctx);
      await ctx.sync();
    });
    return null;
  } catch (e) {
    return e instanceof FakeError ? e.code : String(e);
  }
}

describe("the fake refuses the names Excel refuses", () => {
  it.each([
    ["History", "InvalidArgument"],
    ["'Q4", "InvalidArgument"],
    ["Q4'", "InvalidArgument"],
    ["Q4/25", "InvalidArgument"],
    ["A".repeat(32), "InvalidArgument"],
    ["Bob's Q4", null],
  ])("a sheet added as %j: %s", async (name, code) => {
    const x = setup();
    expect(await codeOf(x, (ctx) => ctx.workbook.worksheets.add(name))).toBe(code);
    expect(
      await codeOf(
        setup(),
        (ctx) => (ctx.workbook.worksheets.getItem(SAMPLE_SOURCE_SHEET).name = name)
      )
    ).toBe(code);
  });

  it.each([
    ["KPI table", "InvalidArgument"],
    ["A1", "InvalidArgument"],
    ["R1C1", "InvalidArgument"],
    ["QD_Revenue_YoY", "ItemAlreadyExists"],
    ["QuarterDeckKPIs", null],
  ])("a table renamed %j: %s", async (name, code) => {
    const x = setup();
    const sheet = x.sheet(SAMPLE_SOURCE_SHEET)!;
    x.addTable("Table1", sheet, { top: 0, left: 0, bottom: 2, right: 1 });
    x.model.names.set("QD_Revenue_YoY", { sheet, top: 5, left: 5, bottom: 5, right: 5 });
    expect(await codeOf(x, (ctx) => (ctx.workbook.tables.getItem("Table1").name = name))).toBe(
      code
    );
  });

  it("a defined name may not take a table's name", async () => {
    const x = setup();
    const sheet = x.sheet(SAMPLE_SOURCE_SHEET)!;
    x.addTable("Figures_T", sheet, { top: 0, left: 0, bottom: 2, right: 1 });
    expect(await codeOf(x, (ctx) => ctx.workbook.names.add("figures_t", "Figures!A1"))).toBe(
      "ItemAlreadyExists"
    );
  });
});

describe("planWrite with Excel's name rules", () => {
  it.each([
    ["History", "KPI Summary", [objectNameMessages.sheetReserved("History")]],
    ["'Q4 KPIs'", "KPI Summary", [objectNameMessages.sheetApostrophe("'Q4 KPIs'")]],
    ["Q4 KPIs", "Q4 KPIs", []],
  ])("a wanted sheet %j is written as %j", (wanted, sheet, problems) => {
    const plan = planWrite(wanted, "QuarterDeckKPIs", undefined, ["Figures"], []);
    expect(plan.sheet).toBe(sheet);
    expect(plan.notes).toEqual(problems.map((p) => `${p} "KPI Summary" was used instead.`));
  });

  it("a table name taken by a defined name gets the next free one, with a note", () => {
    const plan = planWrite(
      "KPI Summary",
      "QuarterDeckKPIs",
      undefined,
      [],
      [],
      ["quarterdeckkpis"]
    );
    expect(plan.table).toBe("QuarterDeckKPIs2");
    expect(plan.notes).toHaveLength(1);
  });

  it("a table name Excel would refuse falls back to the default", () => {
    const plan = planWrite("KPI Summary", "KPI table", undefined, [], []);
    expect(plan.table).toBe("QuarterDeckKPIs");
    expect(plan.notes).toEqual([
      `${objectNameMessages.tableSpace("KPI table")} "QuarterDeckKPIs" was used instead.`,
    ]);
  });
});

describe("writing the summary", () => {
  it("under a sheet name Excel refuses: written under the default, and the user told why", async () => {
    const x = setup();
    const result = await officePortOn(x).writeSummary(
      { ...sampleModel(), sheetName: "History" },
      undefined
    );
    expect(result.sheet).toBe("KPI Summary");
    expect(result.notes[0]).toMatch(/"History" is reserved by Excel/);
    expect(x.sheet("KPI Summary")).toBeDefined();
  });

  it("with a defined name already called like the table: the table takes a free name", async () => {
    const x = setup();
    const sheet = x.sheet(SAMPLE_SOURCE_SHEET)!;
    x.model.names.set("QuarterDeckKPIs", { sheet, top: 0, left: 0, bottom: 0, right: 0 });
    const result = await officePortOn(x).writeSummary(sampleModel(), undefined);
    expect(result.table).toBe("QuarterDeckKPIs2");
    expect(x.model.tables.map((t) => t.name)).toContain("QuarterDeckKPIs2");
  });
});
