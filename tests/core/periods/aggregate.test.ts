import fc from "fast-check";
import {
  aggregate,
  parsePeriod,
  type FiscalCalendar,
  type Period,
} from "../../../src/core/periods";

const MAR: FiscalCalendar = { endMonth: 3, naming: "start-year" };

function p(label: string): Period {
  const period = parsePeriod(label, MAR);
  if (!period) throw new Error(`test label ${label} did not parse`);
  return period;
}

// Seed figures (iij-figures.csv): total revenues by quarter, JPY millions, and IP service contracts (a stock).
const revenue = new Map<string, number | null>([
  ["Q2000-1", 7240],
  ["Q2000-2", 7518],
  ["Q2000-3", 7917],
  ["Q2000-4", 9195],
  ["Q2001-1", 8689],
  ["Q2001-2", 9185],
  ["Q2001-3", 9926],
  ["Q2001-4", 12100],
]);

describe("aggregate", () => {
  test.each<[string, number | null, string[]]>([
    // 7240 + 7518 + 7917 + 9195 = 31870, the seed's FY3/01 column
    ["FY3/01", 31870, ["Q2000-1", "Q2000-2", "Q2000-3", "Q2000-4"]],
    // 8689 + 9185 + 9926 + 12100 = 39900, what the seed's FY3/02 cell (399000) should have said
    ["FY3/02", 39900, ["Q2001-1", "Q2001-2", "Q2001-3", "Q2001-4"]],
    // 8689 + 9185 = 17874
    ["1H01", 17874, ["Q2001-1", "Q2001-2"]],
    // 9926 + 12100 = 22026
    ["2H01", 22026, ["Q2001-3", "Q2001-4"]],
    // 8689 + 9185 + 9926 = 27800
    ["1Q-3Q01", 27800, ["Q2001-1", "Q2001-2", "Q2001-3"]],
    // TTM 2Q01 = 3Q00 + 4Q00 + 1Q01 + 2Q01 = 7917 + 9195 + 8689 + 9185 = 34986
    ["TTM 2Q01", 34986, ["Q2000-3", "Q2000-4", "Q2001-1", "Q2001-2"]],
    ["4Q01", 12100, ["Q2001-4"]],
  ])("flows: %s sums its quarters", (label, value, used) => {
    expect(aggregate(revenue, p(label), "flow")).toEqual({ value, used, missing: [] });
  });

  test("flows: one missing quarter makes the total null and says which", () => {
    const gappy = new Map(revenue);
    gappy.set("Q2001-3", null);
    expect(aggregate(gappy, p("FY3/02"), "flow")).toEqual({
      value: null,
      used: [],
      missing: ["Q2001-3"],
    });
    expect(
      aggregate((k) => (k === "Q2000-1" ? undefined : revenue.get(k)), p("FY3/01"), "flow").missing
    ).toEqual(["Q2000-1"]);
  });

  test("stocks take the last component quarter", () => {
    const contracts = new Map<string, number | null>([
      ["Q2001-1", 1765],
      ["Q2001-2", 1768],
      ["Q2001-3", 1762],
      ["Q2001-4", 1778],
    ]);
    expect(aggregate(contracts, p("FY3/02"), "stock")).toEqual({
      value: 1778,
      used: ["Q2001-4"],
      missing: [],
    });
    expect(aggregate(contracts, p("1H01"), "stock")).toEqual({
      value: 1768,
      used: ["Q2001-2"],
      missing: [],
    });
    contracts.delete("Q2001-4");
    expect(aggregate(contracts, p("FY3/02"), "stock")).toEqual({
      value: null,
      used: [],
      missing: ["Q2001-4"],
    });
  });

  test("rates are not aggregated; months have no quarters", () => {
    expect(aggregate(revenue, p("FY3/02"), "rate").value).toBeNull();
    expect(aggregate(revenue, p("2002-02-28"), "flow").value).toBeNull();
  });

  test("non-finite figures count as missing, and an overflowing sum is null", () => {
    const bad = new Map<string, number | null>([
      ["Q2001-1", Number.NaN],
      ["Q2001-2", 1],
    ]);
    expect(aggregate(bad, p("1H01"), "flow")).toEqual({
      value: null,
      used: [],
      missing: ["Q2001-1"],
    });
    const huge = new Map<string, number | null>([
      ["Q2001-1", Number.MAX_VALUE],
      ["Q2001-2", Number.MAX_VALUE],
    ]);
    expect(aggregate(huge, p("1H01"), "flow").value).toBeNull();
  });

  test("property: a flow year equals the sum of its quarters, a stock year its fourth", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 4, maxLength: 4 }),
        (qs) => {
          const lookup = new Map(qs.map((v, i) => [`Q2001-${i + 1}`, v]));
          expect(aggregate(lookup, p("FY2001"), "flow").value).toBe(qs.reduce((a, b) => a + b, 0));
          expect(aggregate(lookup, p("FY2001"), "stock").value).toBe(qs[3]);
        }
      )
    );
  });
});
