import { tiesOut, tieOut } from "../../../src/core/compute/tie-out";
import { analyse } from "../../../src/core/analyse";
import type { Grid } from "../../../src/core/grid/types";
import type { BookRatio } from "../../../src/core/read/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

function ratio(over: Partial<BookRatio>): BookRatio {
  return {
    metric: "revenue.total",
    label: "Revenue",
    header: "YoY%",
    compares: "yoy",
    measure: "percent",
    cell: "Pack!H9",
    value: 0.2,
    shown: "0.2",
    decimals: 1,
    factor: 1,
    ...over,
  };
}

describe("a book ratio ties out within the rounding it shows", () => {
  // growth 60 / 50 − 1 = 20%; change 10
  const cases: [string, Partial<BookRatio>, number | null, number | null, boolean][] = [
    ["fraction, 3 decimals", { value: 0.2, decimals: 3 }, 0.2, 10, true],
    ["percent as a number", { value: 20, decimals: 0 }, 0.2, 10, true],
    ["20.0% written as text (0.2, 3 decimals)", { value: 0.2, decimals: 3 }, 0.2004, 10, true],
    [
      "one decimal shown: 0.2 vs 0.26 is beyond rounding",
      { value: 0.2, decimals: 1 },
      0.26,
      10,
      false,
    ],
    ["one decimal shown: 0.2 vs 0.24 is rounding", { value: 0.2, decimals: 1 }, 0.24, 10, true],
    ["25.0% vs 30%", { value: 0.25, decimals: 3 }, 0.3, 10, false],
    [
      "前年同期比 as a ratio 120.0%",
      { value: 1.2, decimals: 3, header: "前年同期比" },
      0.2,
      10,
      true,
    ],
    [
      "an amount under Var.",
      { value: 10, decimals: 0, measure: "either", compares: "adjacent" },
      0.2,
      10,
      true,
    ],
    [
      "an amount off by 2",
      { value: 12, decimals: 0, measure: "amount", compares: "adjacent" },
      0.2,
      10,
      false,
    ],
    [
      "an amount in another block's unit",
      { value: 0.01, decimals: 2, measure: "amount", factor: 1000 },
      0.2,
      10,
      true,
    ],
    [
      "CAGR is never a ratio 1 + g",
      { value: 1.2, decimals: 3, compares: "cagr" },
      0.2,
      null,
      false,
    ],
    ["no engine growth, percent only", { value: 0.2, decimals: 3 }, null, 10, false],
  ];
  it.each(cases)("%s", (_name, over, growth, amount, expected) => {
    expect(tiesOut(ratio(over), growth, amount)).toBe(expected);
  });
});

describe("tieOut over an analysed range", () => {
  const settings = { ...DEFAULT_SETTINGS, fyEndMonth: 3 };
  const grid: Grid = [
    ["(JPY mn)", "FY2023", "FY2024", "FY2025", "Var.", "% chg", "CAGR %"],
    ["Revenue", 100, 110, 121, 11, "10.0%", "10.0%"],
    ["Operating income", 10, 11, 13, 3, "18.2%", "14.0%"],
  ];
  const a = analyse({ sheet: "Pack", topLeft: "A1", values: grid }, settings);
  const tie = a.issues.filter((i) => i.code === "tie-out");

  it("Var. and % chg compare the two periods at their left; CAGR the first and last years", () => {
    // Operating income: 13 − 11 = 2, not 3; 13 / 11 − 1 = 18.2% ties; (13 / 10)^(1/2) − 1 = 14.0% ties
    expect(tie.map((i) => [i.severity, i.cell])).toEqual([["warning", "Pack!E3"]]);
    expect(tie[0]?.message).toMatch(/Pack!C3 and Pack!D3/);
  });

  it("gives nothing when the dataset has no book ratios", () => {
    expect(tieOut({ ...a.dataset, bookRatios: [] }, a.kpis)).toEqual([]);
  });
});
