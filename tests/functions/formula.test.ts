/** The text of a QUARTERDECK.KPI call: addresses quoted where Excel needs it, strings with quotes doubled. */
import fc from "fast-check";
import { figuresAddress, formulaString, kpiFormula } from "../../src/functions/formula";

describe("kpiFormula", () => {
  test.each([
    [
      "plain sheet",
      { sheet: "Figures", range: "A1:M31", line: "Total revenues", kpi: "yoy", period: "4Q01" },
      '=QUARTERDECK.KPI(Figures!A1:M31, "Total revenues", "yoy", "4Q01")',
    ],
    [
      "sheet with a space is quoted",
      { sheet: "Q4 pack", range: "B3:N30", line: "Revenue", kpi: "value", period: "FY3/02" },
      '=QUARTERDECK.KPI(\'Q4 pack\'!B3:N30, "Revenue", "value", "FY3/02")',
    ],
    [
      "quote in the sheet name doubled",
      { sheet: "Bob's", range: "A1:C3", line: "Sales", kpi: "qoq", period: "1Q25" },
      '=QUARTERDECK.KPI(\'Bob\'\'s\'!A1:C3, "Sales", "qoq", "1Q25")',
    ],
    [
      "sheet that reads as a cell",
      { sheet: "FY24", range: "A1:C3", line: "Sales", kpi: "qoq", period: "1Q25" },
      '=QUARTERDECK.KPI(\'FY24\'!A1:C3, "Sales", "qoq", "1Q25")',
    ],
    [
      "double quote in the line doubled",
      { sheet: "P&L", range: "A1:C3", line: 'Revenue "core"', kpi: "margin", period: "1Q25" },
      '=QUARTERDECK.KPI(\'P&L\'!A1:C3, "Revenue ""core""", "margin", "1Q25")',
    ],
    [
      "Japanese sheet and line",
      { sheet: "業績", range: "A1:F9", line: "売上高", kpi: "yoy", period: "2Q24" },
      '=QUARTERDECK.KPI(業績!A1:F9, "売上高", "yoy", "2Q24")',
    ],
    [
      "fiscal year end given",
      { sheet: "F", range: "A1:C3", line: "Sales", kpi: "yoy", period: "1Q25", fyEndMonth: 3 },
      '=QUARTERDECK.KPI(F!A1:C3, "Sales", "yoy", "1Q25", 3)',
    ],
    [
      "unit given, fiscal year end left empty",
      { sheet: "F", range: "A1:C3", line: "Sales", kpi: "yoy", period: "1Q25", unitScale: 1e6 },
      '=QUARTERDECK.KPI(F!A1:C3, "Sales", "yoy", "1Q25", , 1000000)',
    ],
    [
      "operating EBITDA written, the default not",
      {
        sheet: "F",
        range: "A1:C3",
        line: "EBITDA",
        kpi: "value",
        period: "1Q25",
        ebitda: "operating",
      },
      '=QUARTERDECK.KPI(F!A1:C3, "EBITDA", "value", "1Q25", , , "operating")',
    ],
    [
      "net-income EBITDA is the default: not written",
      {
        sheet: "F",
        range: "A1:C3",
        line: "EBITDA",
        kpi: "value",
        period: "1Q25",
        ebitda: "net-income",
      },
      '=QUARTERDECK.KPI(F!A1:C3, "EBITDA", "value", "1Q25")',
    ],
    [
      "a range already sheet-qualified keeps its sheet",
      { sheet: "Other", range: "'My data'!$A$1:$C$3", line: "x", kpi: "value", period: "1Q25" },
      '=QUARTERDECK.KPI(\'My data\'!A1:C3, "x", "value", "1Q25")',
    ],
  ] as const)("%s", (_name, args, expected) => {
    expect(kpiFormula(args)).toBe(expected);
  });

  test("a range that is not an address gives no formula", () => {
    expect(
      kpiFormula({ sheet: "F", range: "Revenue", line: "x", kpi: "value", period: "1Q25" })
    ).toBe(null);
    expect(figuresAddress("F", "")).toBe(null);
  });

  test("formulaString round-trips any text (quotes doubled, nothing else changed)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const s = formulaString(text);
        expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
        const inner = s.slice(1, -1);
        // no lone quote inside: every quote is one of a doubled pair
        expect(inner.replace(/""/g, "")).not.toContain('"');
        expect(inner.replace(/""/g, '"')).toBe(text);
      })
    );
  });
});
