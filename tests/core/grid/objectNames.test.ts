import fc from "fast-check";
import {
  isValidSheetName,
  objectNameMessages as m,
  readsAsCellReference,
  sheetNameProblem,
  tableNameProblem,
} from "../../../src/core/grid";

describe("sheet names by Excel's rules", () => {
  it.each([
    ["KPI Summary", null],
    ["A".repeat(31), null],
    ["Bob's figures", null],
    ["Historical", null],
    ["Q4 (2024)", null],
    ["", m.sheetEmpty()],
    ["   ", m.sheetEmpty()],
    ["A".repeat(32), m.sheetTooLong("A".repeat(32))],
    ["Q4:25", m.sheetBadCharacter("Q4:25", ":")],
    ["Q4\\25", m.sheetBadCharacter("Q4\\25", "\\")],
    ["Q4/25", m.sheetBadCharacter("Q4/25", "/")],
    ["What?", m.sheetBadCharacter("What?", "?")],
    ["All*", m.sheetBadCharacter("All*", "*")],
    ["[KPIs]", m.sheetBadCharacter("[KPIs]", "[")],
    ["KPIs]", m.sheetBadCharacter("KPIs]", "]")],
    ["'KPIs", m.sheetApostrophe("'KPIs")],
    ["KPIs'", m.sheetApostrophe("KPIs'")],
    ["History", m.sheetReserved("History")],
    ["HISTORY", m.sheetReserved("HISTORY")],
  ])("%j → %j", (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
    expect(isValidSheetName(name)).toBe(problem === null);
  });

  it("every name the rule accepts is 1–31 characters with no forbidden character or end apostrophe", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        if (!isValidSheetName(name)) return;
        expect(name.length).toBeGreaterThanOrEqual(1);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
        expect(name.toLowerCase()).not.toBe("history");
      })
    );
  });
});

describe("table names by Excel's rules", () => {
  it.each([
    ["QuarterDeckKPIs", [], null],
    ["_kpis", [], null],
    ["\\kpis", [], null],
    ["Kpis.2024_Q4", [], null],
    ["Kennzahlen_Übersicht", [], null],
    ["ABCD1", [], null], // ABCD is no column: a name
    ["XFD1048577", [], null], // beyond the last row
    ["RC1a", [], null],
    ["", [], m.tableEmpty()],
    ["K".repeat(256), [], m.tableTooLong("K".repeat(256))],
    ["KPI table", [], m.tableSpace("KPI table")],
    ["2024KPIs", [], m.tableFirst("2024KPIs")],
    [".kpis", [], m.tableFirst(".kpis")],
    ["KPIs-2024", [], m.tableBadCharacter("KPIs-2024", "-")],
    ["KPIs[1]", [], m.tableBadCharacter("KPIs[1]", "[")],
    ["A1", [], m.tableIsReference("A1")],
    ["xfd1048576", [], m.tableIsReference("xfd1048576")],
    ["KPI2", [], m.tableIsReference("KPI2")],
    ["R1C1", [], m.tableIsReference("R1C1")],
    ["rc", [], m.tableIsReference("rc")],
    ["R", [], m.tableIsReference("R")],
    ["c", [], m.tableIsReference("c")],
    ["R12", [], m.tableIsReference("R12")],
    ["QD_Revenue", ["qd_revenue"], m.tableClashesWithName("QD_Revenue", "qd_revenue")],
  ])("%j with names %j → %j", (name, names, problem) => {
    expect(tableNameProblem(name, names)).toBe(problem);
  });

  it.each([
    ["A1", true],
    ["XFD1048576", true],
    ["XFE1", false],
    ["A0", false],
    ["R1C1", true],
    ["R1C", true],
    ["Revenue", false],
  ])("%j reads as a cell reference: %s", (name, reads) => {
    expect(readsAsCellReference(name)).toBe(reads);
  });
});
