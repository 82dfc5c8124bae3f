import fc from "fast-check";
import { freeSheetName, freeTableName, hasName } from "../../src/workbook/names";

describe("hasName", () => {
  it.each([
    [["KPI Summary"], "kpi summary", true],
    [["KPI Summary (2)"], "KPI Summary", false],
    [[], "Figures", false],
  ])("hasName(%j, %j) = %j", (names, name, expected) => {
    expect(hasName(names, name)).toBe(expected);
  });
});

describe("free names (property)", () => {
  const name = fc.string({ minLength: 1, maxLength: 31 }).filter((s) => s.trim() !== "");

  it("a free sheet name is never taken (ignoring case) and fits Excel's 31 characters", () => {
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 8 }), (wanted, others) => {
        const taken = [wanted, ...others];
        const free = freeSheetName(wanted, taken);
        expect(hasName(taken, free)).toBe(false);
        expect(free.length).toBeLessThanOrEqual(31);
      })
    );
  });

  it("a free table name starts with the wanted one and is never taken", () => {
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 8 }), (wanted, others) => {
        const taken = [wanted, ...others];
        const free = freeTableName(wanted, taken);
        expect(free.startsWith(wanted)).toBe(true);
        expect(hasName(taken, free)).toBe(false);
      })
    );
  });
});
