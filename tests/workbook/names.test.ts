import fc from "fast-check";
import { freeSheetName, freeTableName, hasName } from "../../src/workbook/names";
import { tableNameProblem } from "../../src/core/grid";

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

describe("free table names are names Excel accepts", () => {
  it.each([
    ["QuarterDeckKPIs", ["QuarterDeckKPIs"], "QuarterDeckKPIs2"],
    ["KPI", ["KPI"], "KPI_2"], // KPI2 is a cell in column KPI
    ["KPI", ["KPI", "kpi_2"], "KPI_3"],
    ["QD", ["qd", "QD_2"], "QD_3"],
    ["Summary", ["Summary"], "Summary2"],
  ])("freeTableName(%j, %j) = %j", (wanted, taken, expected) => {
    expect(freeTableName(wanted, taken)).toBe(expected);
  });

  it("never returns a cell reference for a valid wanted name", () => {
    const wanted = fc
      .stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/)
      .filter((n) => tableNameProblem(n) === null);
    fc.assert(
      fc.property(wanted, fc.nat({ max: 5 }), (name, extra) => {
        const taken = [name, ...Array.from({ length: extra }, (_, i) => `${name}${i + 2}`)];
        const free = freeTableName(name, taken);
        expect(tableNameProblem(free, taken)).toBeNull();
      })
    );
  });
});
