import { scratchRoundTrip, scratchSheetName } from "../../../src/workbook/office/roundTrip";
import { FakeExcel } from "./fake/excel";

/** A clock that advances 5 ms at each reading. */
function steppingClock(): () => number {
  let t = 0;
  return () => (t += 5);
}

function setUp(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Data", [["Revenue", 100]]);
  return excel;
}

const NAME = "QD check test";

describe("scratchRoundTrip on the fake Excel", () => {
  it("writes, reads back and deletes the scratch sheet, timing each step", async () => {
    const excel = setUp();
    const result = await scratchRoundTrip(excel, { name: NAME, clock: steppingClock() });
    expect(result).toEqual({ ok: true, sheet: NAME, ms: { write: 5, read: 5, remove: 5 } });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data"]);
    const ops = excel.syncs.flatMap((s) => s.ops);
    expect(ops).toEqual(
      expect.arrayContaining(["worksheets.add", "range.load", "worksheet.delete"])
    );
  });

  it.each([
    ["the write", /^worksheets\.add$/, false],
    ["the read", /^range\.load$/, true],
  ])("leaves no scratch sheet when %s fails", async (_step, op, wasAdded) => {
    const excel = setUp();
    excel.failWhen(op, "GeneralException");
    const result = await scratchRoundTrip(excel, { name: NAME, clock: steppingClock() });
    expect(result).toMatchObject({ ok: false, sheet: NAME, removed: true });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Data"]);
    expect(excel.syncs.some((s) => s.ops.includes("worksheet.delete"))).toBe(wasAdded);
  });

  it("names the sheet left behind when the delete is refused too", async () => {
    const excel = setUp();
    excel.failWhen(/^range\.load$/);
    excel.failWhen(/^worksheet\.delete$/, "AccessDenied");
    const result = await scratchRoundTrip(excel, { name: NAME, clock: steppingClock() });
    expect(result).toMatchObject({ ok: false, sheet: NAME, removed: false });
    expect(result.ok ? "" : result.message).toMatch(/removing the sheet/);
    expect(excel.sheet(NAME)).toBeDefined();
  });

  it("gives each call a different, valid sheet name", () => {
    const now = new Date(2026, 10, 29, 12, 0);
    const names = new Set([scratchSheetName(now, 1), scratchSheetName(now, 2)]);
    expect(names.size).toBe(2);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[\\/?*[\]:']/);
    }
  });
});
