import fc from "fast-check";
import { escapeFormulaText, summaryTableCsv } from "../../../src/taskpane/model/csv";
import type { SummaryTable } from "../../../src/core/summarise/types";
import { rowCells } from "../../../src/core/summarise/cell";

const headers = { kpi: "KPI", metric: "Metric", measure: "Measure", unit: "Unit" };

describe("escapeFormulaText", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["Total revenues", "Total revenues"],
    ["n.m.", "n.m."],
    ["", ""],
    ["a=b", "a=b"],
  ])("%j → %j", (input, expected) => {
    expect(escapeFormulaText(input)).toBe(expected);
  });

  it("leaves no text starting with a formula character", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeFormulaText(s)).not.toMatch(/^[=+\-@\t\r]/);
      })
    );
  });
});

describe("summaryTableCsv", () => {
  const table: SummaryTable = {
    name: "QuarterDeckKPIs",
    periods: ["4Q00", "4Q01"],
    rows: [
      {
        label: "Total revenues",
        metric: "revenue.total",
        kpi: "value",
        unit: "JPY mn",
        ...rowCells([{ value: 9195 }, { value: 12100 }]),
      },
      {
        label: "Operating income (loss)",
        metric: "operating_income",
        kpi: "value",
        unit: "JPY mn",
        ...rowCells([{ value: -420 }, { value: 186 }]),
      },
      {
        label: "=cmd|' /C calc'!A0",
        metric: "x",
        kpi: "yoy",
        unit: "%",
        ...rowCells([{ value: "n.m." }, { value: "-1+1" }]),
      },
      {
        label: 'Selling, general and "admin"',
        metric: "sga",
        kpi: "value",
        unit: "JPY mn",
        ...rowCells([{ value: null }]),
      },
    ],
  };

  it("writes a header, one line per row, numbers as numbers and escaped, quoted text", () => {
    expect(summaryTableCsv(table, headers).split("\r\n")).toEqual([
      "KPI,Metric,Measure,Unit,4Q00,4Q01",
      "Total revenues,revenue.total,value,JPY mn,9195,12100",
      "Operating income (loss),operating_income,value,JPY mn,-420,186",
      "'=cmd|' /C calc'!A0,x,yoy,%,n.m.,'-1+1",
      '"Selling, general and ""admin""",sga,value,JPY mn,,',
      "",
    ]);
  });
});
