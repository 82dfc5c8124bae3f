/** The pure parts of the in-place write: text protection, KPI names, blocks, which charts and names are ours. */
import fc from "fast-check";
import { cellsToWrite, cellToWrite, isFormulaCell } from "../../../src/workbook/office/cellText";
import { kpiNameOf, kpiNames } from "../../../src/workbook/office/kpiNames";
import { pointsAt, unionAddress } from "../../../src/workbook/office/blocks";
import { chartsToReplace } from "../../../src/workbook/office/write";
import { layoutSummary } from "../../../src/workbook/layout";
import { sampleModel } from "../contract/sampleModel";
import { parseTyped } from "./fake/typed";
import { validDefinedName } from "./fake/excel";

describe("cellToWrite", () => {
  it.each([
    ["=Figures!D2", 3800, "=Figures!D2"],
    ["=A1", "=A1", "'=A1"], // a label that reads like a formula: its value is the same text
    ["2024", "2024", "'2024"],
    ["-net", "-net", "'-net"],
    ["'quoted", "'quoted", "''quoted"],
    [12.5, 12.5, 12.5],
    ["", "", ""],
    [true, true, true],
  ])("%j (value %j) → %j", (formula, value, sent) => {
    expect(cellToWrite(formula, value)).toBe(sent);
  });

  it("without values, a string starting with = is a formula", () => {
    expect(cellsToWrite([["=A1", "Chart data", 3]])).toEqual([["=A1", "'Chart data", 3]]);
    expect(isFormulaCell("=A1", undefined)).toBe(true);
  });

  it("any text comes back from Excel as the same text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const sent = cellToWrite(text, text);
        const stored = typeof sent === "string" && sent !== "" ? parseTyped(sent) : { value: sent };
        expect(stored).toEqual({ value: text });
      })
    );
  });
});

describe("kpiNames", () => {
  it.each([
    ["revenue.total", "yoy", "QD_Revenue_Total_YoY"],
    ["operating_income", "margin", "QD_Operating_Income_Margin"],
    ["revenue.si", "value", "QD_Revenue_Si"],
    ["arpu (JPY)", "share_change", "QD_Arpu_JPY_Share_Change"],
  ] as const)("%s %s → %s", (metric, kpi, name) => {
    expect(kpiNameOf(metric, kpi)).toBe(name);
    expect(validDefinedName(name)).toBe(true);
  });

  it("points each KPI row at its cell in the latest period's column, once per name", () => {
    const model = sampleModel();
    const names = kpiNames(model, layoutSummary(model));
    expect(names).toContainEqual({
      name: "QD_Revenue_Total_YoY",
      reference: "='KPI Summary'!$N$17",
    });
    expect(names[0]).toEqual({
      name: "QD_Revenue_Dedicated_Access",
      reference: "='KPI Summary'!$N$9",
    });
    expect(new Set(names.map((n) => n.name.toLowerCase())).size).toBe(names.length);
  });
});

describe("blocks and ownership", () => {
  it.each([
    [["'KPI Summary'!A1:N63", "A1:N70", null], "A1:N70"],
    [["B3:C4", "A10:A10"], "A3:C10"],
    [[null, undefined], null],
  ])("unionAddress(%j) = %j", (addresses, union) => {
    expect(unionAddress(addresses)).toBe(union);
  });

  it.each([
    ["'KPI Summary'!$N$17", "KPI Summary", true],
    ["='KPI Summary'!$N$17", "kpi summary", true],
    ["'KPI Summary (2)'!$N$17", "KPI Summary", false],
    ["Notes!$B$1", "KPI Summary", false],
    ["#REF!", "KPI Summary", true],
    [42, "KPI Summary", false],
  ])("pointsAt(%j, %j) = %s", (value, sheet, yes) => {
    expect(pointsAt(value, sheet)).toBe(yes);
  });

  it("replaces our charts and leftovers under a temporary name, never a user's chart", () => {
    expect(
      chartsToReplace(["QD_a", "QD_b_new", "My chart", "QD_c"], ["QD_a"], ["QD_b", "QD_c"])
    ).toEqual(["QD_a", "QD_b_new", "QD_c"]);
  });
});
