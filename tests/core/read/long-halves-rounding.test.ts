/**
 * A long table's year against its halves (read/long/agree.ts), within the one rounding rule
 * (src/core/tolerance.ts): each figure may be off by half a unit of the last digit it shows, in its own unit,
 * summed; rounded figures of one amount differ by strictly less than that sum.
 */
import type { CellValue } from "../../../src/core/grid/types";
import { readRange } from "../../../src/core/read";
import { createContext } from "../../../src/core/read/context";
import { checkYearsOfHalves } from "../../../src/core/read/long/agree";
import type { MetricNature } from "../../../src/core/read/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";

const settings: Settings = { ...DEFAULT_SETTINGS, reportingCurrency: "EUR" };

/** Columns: H1, H2, the year. Returns the values after the check and the errors reported. */
function check(values: (number | null)[], nature: MetricNature, factor = 1) {
  const ctx = createContext("Ledger", "A1");
  const out = [...values];
  checkYearsOfHalves(
    ctx,
    [{ year: 2, halves: [0, 1] }],
    out,
    nature,
    { metric: "m", label: "Sales" },
    () => null,
    (j) => ["H1 2024", "H2 2024", "FY2024"][j] ?? "",
    factor
  );
  return { values: out, errors: ctx.issues.filter((i) => i.code === "fy-total-mismatch") };
}

describe("a year against its halves, within rounding", () => {
  test.each<[string, (number | null)[], MetricNature, number, boolean]>([
    // [case, H1, H2, year, nature, factor to the dataset's unit, agrees]
    ["a flow whose halves add up", [200, 220, 420], "flow", 1, true],
    ["a flow one off: within ±1.5", [200, 220, 421], "flow", 1, true],
    ["a flow two off: beyond ±1.5", [200, 220, 422], "flow", 1, false],
    // 1.2 + 1.4 bn against 2.7 bn, stored in mn: 100 apart, within ±150
    ["a flow in EUR bn (one decimal) in a EUR mn dataset", [1200, 1400, 2700], "flow", 1000, true],
    // 1.2 + 1.4 bn against 2.8 bn: 200 apart, beyond ±150
    ["a flow in EUR bn 0.2 off", [1200, 1400, 2800], "flow", 1000, false],
    // a stock's year end is its second half's end: two whole numbers of one amount are equal
    ["a stock whose year is its H2", [50, 55, 55], "stock", 1, true],
    ["a stock whose year is one off its H2", [50, 55, 56], "stock", 1, false],
    ["a stock with one decimal, 0.1 off", [5.0, 5.5, 5.6], "stock", 1, false],
  ])("%s", (_name, values, nature, factor, agrees) => {
    const { values: out, errors } = check(values, nature, factor);
    expect(errors).toHaveLength(agrees ? 0 : 1);
    expect(out[2]).toBe(agrees ? values[2] : null);
  });
});

describe("read from a long table: a line in EUR bn among lines in EUR mn", () => {
  const values: CellValue[][] = [
    ["Period", "Account", "Amount", "Unit"],
    ["H1 2024", "Cost of sales", 500, "EUR mn"],
    ["H2 2024", "Cost of sales", 600, "EUR mn"],
    ["FY2024", "Cost of sales", 1100, "EUR mn"],
    // 1.2 + 1.4 = 2.6 bn against 2.7 bn: within ±0.15 bn, however the dataset's unit is
    ["H1 2024", "Sales", 1.2, "EUR bn"],
    ["H2 2024", "Sales", 1.4, "EUR bn"],
    ["FY2024", "Sales", 2.7, "EUR bn"],
  ];
  const { dataset, issues } = readRange({ sheet: "Ledger", topLeft: "A1", values }, settings);
  const sales = dataset.series.find((s) => s.metric === "revenue.total");

  test("the year agrees with its halves within their rounding: no error, the year kept", () => {
    expect(issues.filter((i) => i.code === "fy-total-mismatch")).toEqual([]);
    const year = dataset.periods.findIndex((p) => p.label === "FY2024");
    expect(sales?.factor).toBe(1000);
    expect(sales?.values[year]).toBe(2700);
  });
});
