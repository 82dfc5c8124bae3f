import fc from "fast-check";
import type { KpiValue } from "../../../src/core/compute/types";
import { buildHighlights } from "../../../src/core/summarise/highlights";
import { dataset, growthOf, JPY_MN, kpi, series, USD_MN, values } from "./fixtures";

/** The seed's published figures (iij-figures.csv), JPY millions. */
const revenue = { "4Q00": 9195, "3Q01": 9926, "4Q01": 12100, "FY3/01": 31870, "FY3/02": 39900 };
const operatingIncome = { "4Q00": 394, "3Q01": 151, "4Q01": 186, "FY3/01": -486, "FY3/02": 54 };
const ebitda = { "4Q00": 295, "3Q01": 905, "4Q01": 968 };
const si = { "4Q00": 2521, "3Q01": 2735, "4Q01": 4300 };
const dedicated = { "4Q00": 4300, "3Q01": 4900, "4Q01": 5100 };

function margins(byPeriod: Record<string, number>, revenues: Record<string, number>): KpiValue[] {
  return Object.entries(byPeriod).map(([p, v]) =>
    kpi("operating_income", p, "margin", v / (revenues[p] ?? NaN))
  );
}

function seedKpis(): KpiValue[] {
  return [
    ...values("revenue.total", revenue),
    ...growthOf("revenue.total", revenue),
    ...values("revenue.si", si),
    ...growthOf("revenue.si", si),
    ...values("revenue.dedicated_access", dedicated),
    ...growthOf("revenue.dedicated_access", dedicated),
    ...values("operating_income", operatingIncome),
    ...growthOf("operating_income", operatingIncome),
    ...margins(operatingIncome, revenue),
    ...values("ebitda", ebitda),
    ...growthOf("ebitda", ebitda),
    kpi("capex", "4Q01", "value", 913),
    kpi("free_cash_flow", "4Q01", "value", 150),
  ];
}

const seedDataset = dataset([
  series("revenue.dedicated_access", "Dedicated access services"),
  series("revenue.si", "Systems integration"),
  series("revenue.total", "Total revenues"),
]);

describe("buildHighlights on the seed's figures", () => {
  const sentences = buildHighlights(seedDataset, seedKpis());

  it.each([
    "Revenues JPY12.1B (31.6% up from 4Q00, 21.9% up from 3Q01)",
    "Operating income JPY186M (JPY394M in 4Q00, JPY151M in 3Q01)",
    "Operating margin 1.5% (4.3% in 4Q00, 1.5% in 3Q01)",
    "EBITDA JPY968M (228% up from 4Q00, 7% up from 3Q01) vs. CAPEX JPY913M",
    "Driven by Systems integration (70.6% up from 4Q00, 57.2% up from 3Q01)",
    "Positive cash flow for the total of operating/investing activities (JPY150M)",
    "Total revenues JPY39.9B, a 25.2% increase from FY3/01",
    "Operating income turned positive with JPY54M",
  ])("says %s", (sentence) => {
    expect(sentences).toContain(sentence);
  });

  it("puts the four quarter sentences first, in the seed's order", () => {
    expect(sentences.slice(0, 4).map((s) => s.split(" ")[0])).toEqual([
      "Revenues",
      "Operating",
      "Operating",
      "EBITDA",
    ]);
  });
});

/** One quarter (4Q01 vs 4Q00 and 3Q01) of a metric, with growth computed by hand in the fixture. */
function quarterOf(metric: string, q400: number, q301: number, q401: number): KpiValue[] {
  const byPeriod = { "4Q00": q400, "3Q01": q301, "4Q01": q401 };
  return [...values(metric, byPeriod), ...growthOf(metric, byPeriod)];
}

describe.each([
  {
    name: "decline reads down",
    kpis: quarterOf("revenue.total", 9195, 9926, 8092),
    money: JPY_MN,
    // 8092 / 9195 − 1 = −12.0%; 8092 / 9926 − 1 = −18.5%
    expected: "Revenues JPY8.1B (12.0% down from 4Q00, 18.5% down from 3Q01)",
  },
  {
    name: "mixed up and down",
    kpis: quarterOf("revenue.total", 9000, 10000, 9500),
    money: JPY_MN,
    expected: "Revenues JPY9.5B (5.6% up from 4Q00, 5.0% down from 3Q01)",
  },
  {
    name: "a zero base leaves the growth out",
    kpis: quarterOf("revenue.total", 0, 400, 500),
    money: JPY_MN,
    expected: "Revenues JPY500M (25.0% up from 3Q01)",
  },
  {
    name: "no growth at all: no parentheses",
    kpis: quarterOf("revenue.total", 0, 0, 500),
    money: JPY_MN,
    expected: "Revenues JPY500M",
  },
  {
    name: "US dollars",
    kpis: quarterOf("revenue.total", 1000, 1100, 1210),
    money: USD_MN,
    expected: "Revenues $1.2B (21.0% up from 4Q00, 10.0% up from 3Q01)",
  },
  {
    name: "whole percents when one growth is 100% or more",
    kpis: quarterOf("revenue.total", 400, 900, 1000),
    money: JPY_MN,
    expected: "Revenues JPY1.0B (150% up from 4Q00, 11% up from 3Q01)",
  },
  {
    name: "operating loss, against a profit and a loss",
    kpis: quarterOf("operating_income", 394, -73, -210),
    money: JPY_MN,
    expected: "Operating loss JPY210M (JPY394M in 4Q00, a loss of JPY73M in 3Q01)",
  },
  {
    name: "negative operating margin",
    kpis: [
      ...quarterOf("operating_income", 394, -73, -210),
      kpi("operating_income", "4Q01", "margin", -210 / 8000),
      kpi("operating_income", "4Q00", "margin", 394 / 9195),
      kpi("operating_income", "3Q01", "margin", -73 / 9185),
    ],
    money: JPY_MN,
    expected: "Operating margin -2.6% (4.3% in 4Q00, -0.8% in 3Q01)",
  },
  {
    name: "EBITDA turned positive from a negative base, no CAPEX",
    kpis: quarterOf("ebitda", -120, 900, 968),
    money: JPY_MN,
    expected: "EBITDA JPY968M (turned positive from 4Q00, 7.6% up from 3Q01)",
  },
  {
    name: "EBITDA turned negative",
    kpis: [...quarterOf("ebitda", 300, 200, -50), kpi("capex", "4Q01", "value", 1200)],
    money: JPY_MN,
    expected:
      "EBITDA -JPY50M (turned negative from 4Q00, turned negative from 3Q01) vs. CAPEX JPY1.2B",
  },
  {
    name: "negative free cash flow",
    kpis: [
      kpi("revenue.total", "4Q01", "value", 100),
      kpi("free_cash_flow", "4Q01", "value", -300),
    ],
    money: JPY_MN,
    expected: "Negative cash flow for the total of operating/investing activities (-JPY300M)",
  },
])("quarter sentence: $name", ({ kpis, money, expected }) => {
  it(`reads "${expected}"`, () => {
    expect(buildHighlights(dataset([], money), kpis)).toContain(expected);
  });
});

function yearOf(metric: string, fy301: number, fy302: number): KpiValue[] {
  const byPeriod = { "FY3/01": fy301, "FY3/02": fy302 };
  return [...values(metric, byPeriod), ...growthOf(metric, byPeriod)];
}

describe.each([
  {
    name: "revenue increase",
    kpis: yearOf("revenue.total", 31870, 39900),
    expected: "Total revenues JPY39.9B, a 25.2% increase from FY3/01",
  },
  {
    name: "revenue decrease",
    kpis: yearOf("revenue.total", 40000, 35000),
    expected: "Total revenues JPY35.0B, a 12.5% decrease from FY3/01",
  },
  {
    name: "revenue doubled",
    kpis: yearOf("revenue.total", 10000, 25000),
    expected: "Total revenues JPY25.0B, a 150% increase from FY3/01",
  },
  {
    name: "turned positive",
    kpis: yearOf("operating_income", -486, 54),
    expected: "Operating income turned positive with JPY54M",
  },
  {
    name: "turned negative",
    kpis: yearOf("operating_income", 394, -210),
    expected: "Operating income turned negative with an operating loss of JPY210M",
  },
  {
    name: "loss narrowed",
    kpis: yearOf("operating_income", -2135, -486),
    expected: "Operating loss narrowed to JPY486M from JPY2.1B in FY3/01",
  },
  {
    name: "loss widened",
    kpis: yearOf("operating_income", -486, -712),
    expected: "Operating loss widened to JPY712M from JPY486M in FY3/01",
  },
  {
    name: "profit grew",
    kpis: yearOf("operating_income", 1000, 1500),
    expected: "Operating income JPY1.5B, a 50.0% increase from FY3/01",
  },
])("fiscal-year sentence: $name", ({ kpis, expected }) => {
  it(`reads "${expected}"`, () => {
    expect(buildHighlights(dataset([]), kpis)).toContain(expected);
  });
});

describe("buildHighlights with missing inputs", () => {
  it("returns nothing for no KPIs", () => {
    expect(buildHighlights(dataset([]), [])).toEqual([]);
  });

  it("skips a quarter sentence whose value is n.m.", () => {
    const out = buildHighlights(dataset([]), [
      kpi("revenue.total", "4Q01", "value", 100),
      kpi("operating_income", "4Q01", "value", null),
    ]);
    expect(out).toEqual(["Revenues JPY100M"]);
  });

  it("finds the comparable periods through the calendar when KPIs do not name their base", () => {
    const kpis = values("operating_income", { "4Q00": 394, "3Q01": 151, "4Q01": 186 });
    expect(buildHighlights(dataset([]), kpis)).toEqual([
      "Operating income JPY186M (JPY394M in 4Q00, JPY151M in 3Q01)",
    ]);
  });

  it("uses the latest quarter that has revenues", () => {
    const out = buildHighlights(dataset([]), [
      kpi("revenue.total", "3Q01", "value", 9926),
      kpi("revenue.total", "4Q01", "value", null),
    ]);
    expect(out).toEqual(["Revenues JPY9.9B"]);
  });

  it("leaves out a growth ratio too large to show as a percent (5e-324 base)", () => {
    const byPeriod = { "4Q00": null, "3Q01": 5e-324, "4Q01": 8.881784197001253e-18 };
    const kpis = [...values("revenue.total", byPeriod), ...growthOf("revenue.total", byPeriod)];
    for (const s of buildHighlights(dataset([]), kpis)) expect(s).not.toMatch(/Infinity|NaN/);
  });

  it("never prints n.m., NaN or Infinity, whatever the figures", () => {
    const figure = fc.option(fc.double({ noNaN: false }), { nil: null });
    fc.assert(
      fc.property(fc.tuple(figure, figure, figure), ([a, b, c]) => {
        const clean = (v: number | null): number | null =>
          v === null || !Number.isFinite(v) ? null : v;
        const byPeriod = { "4Q00": clean(a), "3Q01": clean(b), "4Q01": clean(c) };
        const kpis = ["revenue.total", "operating_income", "ebitda"].flatMap((m) => [
          ...values(m, byPeriod),
          ...growthOf(m, byPeriod),
        ]);
        for (const s of buildHighlights(dataset([]), kpis))
          expect(s).not.toMatch(/n\.m\.|NaN|Infinity|undefined|null/);
      })
    );
  });
});

describe("guidance sentences", () => {
  const fy = { "FY3/02": 39900 };
  const guidanceKpi = (
    metric: string,
    period: string,
    value: number | null,
    base?: string,
    note?: string
  ): KpiValue => {
    const k = kpi(metric, period, "guidance", value, base);
    if (note !== undefined) k.note = note;
    return k;
  };
  const base = [
    ...values("revenue.total", { "1Q01": 8689, ...fy }),
    ...values("operating_income", { "1Q01": -210 }),
    // implied growth of the mid-point: 9,250 / 8,689 − 1 = 6.46%
    guidanceKpi("revenue.total", "1Q02", 9250 / 8689 - 1, "1Q01", "implied growth"),
    guidanceKpi("operating_income", "1Q02", null, "1Q01"),
    guidanceKpi("revenue.total", "FY3/03", 0.2, "FY3/02", "guided growth vs FY3/02"),
  ];
  const guidance = [
    { period: "1Q02", metric: "revenue.total", low: 9000, high: 9500 },
    { period: "1Q02", metric: "operating_income", high: 0 },
    { period: "FY3/03", metric: "revenue.total", yoy: 0.2 },
  ];

  it.each([
    "1Q02 is expected to achieve JPY9.0-9.5B in revenues (6.5% up from 1Q01 at the mid-point)",
    "1Q02 is expected to show an operating loss",
    // 39,900 × 1.2 = 47,880
    "FY3/03 is expected to grow revenues by approximately 20% from FY3/02 (about JPY47.9B)",
  ])("says %s", (sentence) => {
    expect(buildHighlights(dataset([]), base, { guidance })).toContain(sentence);
  });

  it("compares an actual with its guidance, using the engine's verdict", () => {
    const kpis = [
      ...values("revenue.total", { "1Q02": 9300 }),
      guidanceKpi("revenue.total", "1Q02", 9300 / 9250 - 1, undefined, "in range"),
    ];
    expect(buildHighlights(dataset([]), kpis, { guidance: [guidance[0]!] })).toContain(
      "1Q02 revenues JPY9.3B: in range (guidance JPY9.0-9.5B)"
    );
  });

  it.each([
    [9000, 9500, "JPY9.0-9.5B"],
    [100, 300, "JPY100-300M"],
    [900, 1200, "JPY900M-JPY1.2B"],
  ])("writes the range %p–%p as %s", (low, high, text) => {
    const kpis = [guidanceKpi("revenue.total", "1Q02", null)];
    expect(
      buildHighlights(dataset([]), kpis, {
        guidance: [{ period: "1Q02", metric: "revenue.total", low, high }],
      })
    ).toEqual([`1Q02 is expected to achieve ${text} in revenues`]);
  });
});
