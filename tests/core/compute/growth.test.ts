import { computeKpis } from "../../../src/core/compute";
import type { KpiValue } from "../../../src/core/compute/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { DECEMBER, SEPTEMBER, makeDataset, quarter, quartersOf, year } from "../../helpers/dataset";

const pick = (
  kpis: KpiValue[],
  metric: string,
  period: string,
  kpi: string
): KpiValue | undefined =>
  kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kpi);

describe("yoy growth: current / base − 1, n.m. on zero, negative or missing bases", () => {
  const cases: [string, number | null, number | null, number | null, string | undefined][] = [
    // name, base (4Q00), current (4Q01), expected, note
    ["plain growth", 100, 131.6, 0.316, undefined],
    ["decline", 200, 150, -0.25, undefined],
    ["zero base", 0, 50, null, "base is zero"],
    ["loss base turning positive", -210, 54, null, "turned positive"],
    ["loss base staying a loss", -100, -50, null, "base is a loss"],
    ["profit turning negative: growth still computed", 100, -50, -1.5, "turned negative"],
    ["missing base", null, 50, null, "no figure for 4Q00"],
    ["missing current", 100, null, null, undefined],
  ];
  test.each(cases)("%s", (_name, base, current, expected, note) => {
    const periods = quartersOf(2000, 2001);
    const values = [1, 1, 1, base, 1, 1, 1, current];
    const kpis = computeKpis(
      makeDataset({ periods, rows: [{ metric: "operating_income", values }] }),
      DEFAULT_SETTINGS
    );
    const k = pick(kpis, "operating_income", "4Q01", "yoy");
    if (expected === null) expect(k?.value).toBeNull();
    else expect(k?.value).toBeCloseTo(expected, 12);
    expect(k?.note).toBe(note);
    expect(k?.base).toBe("4Q00");
    expect(k?.display).toBe(expected === null ? "n.m." : `${(expected * 100).toFixed(1)}%`);
  });
});

describe("qoq across a gap is n.m., never paired with another quarter", () => {
  test("3Q00 missing: 4Q00 qoq has no comparable period; 2Q00 qoq is fine", () => {
    const periods = [quarter(2000, 1), quarter(2000, 2), quarter(2000, 4)];
    const kpis = computeKpis(
      makeDataset({ periods, rows: [{ metric: "revenue.total", values: [100, 110, 130] }] }),
      DEFAULT_SETTINGS
    );
    expect(pick(kpis, "revenue.total", "4Q00", "qoq")?.value).toBeNull();
    expect(pick(kpis, "revenue.total", "4Q00", "qoq")?.note).toBe("no comparable period");
    expect(pick(kpis, "revenue.total", "2Q00", "qoq")?.value).toBeCloseTo(0.1, 12);
  });
});

describe("fiscal years in December and September calendars", () => {
  test.each([
    ["December", DECEMBER],
    ["September", SEPTEMBER],
  ] as const)("%s: a derived FY from four quarters, with yoy growth and CAGR", (_n, cal) => {
    const periods = quartersOf(2018, 2020, cal);
    const values = [1, 2, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3];
    const kpis = computeKpis(
      makeDataset({ periods, calendar: cal, rows: [{ metric: "revenue.total", values }] }),
      DEFAULT_SETTINGS
    );
    const fy = kpis.filter(
      (k) => k.metric === "revenue.total" && k.kpi === "value" && !k.period.includes("Q")
    );
    expect(fy.map((k) => k.value)).toEqual([10, 10, 12]);
    expect(fy.every((k) => k.note === "sum of quarters")).toBe(true);
    const last = fy[2];
    expect(pick(kpis, "revenue.total", last?.period ?? "", "yoy")?.value).toBeCloseTo(0.2, 12);
    expect(pick(kpis, "revenue.total", last?.period ?? "", "cagr")?.value).toBeCloseTo(
      Math.sqrt(1.2) - 1,
      12
    );
  });

  test("an incomplete year is not derived", () => {
    const periods = [...quartersOf(2019, 2019, DECEMBER), quarter(2020, 1, DECEMBER)];
    const kpis = computeKpis(
      makeDataset({
        periods,
        calendar: DECEMBER,
        rows: [{ metric: "revenue.total", values: [1, 1, 1, 1, 1] }],
      }),
      DEFAULT_SETTINGS
    );
    const years = new Set(kpis.filter((k) => !k.period.includes("Q")).map((k) => k.period));
    expect(years.size).toBe(1);
  });

  test("a reported FY is used when a quarter is missing; stocks take the last quarter; rates only the reported", () => {
    const periods = [quarter(2001, 1), quarter(2001, 2), quarter(2001, 3), year(2001)];
    const kpis = computeKpis(
      makeDataset({
        periods,
        rows: [
          { metric: "revenue.total", values: [1, 2, 3, 40] },
          { metric: "ops.subscribers", values: [5, 6, 7, 8] },
          { metric: "fx.jpy_per_usd", values: [100, 110, 120, 130] },
        ],
      }),
      DEFAULT_SETTINGS
    );
    expect(pick(kpis, "revenue.total", "FY3/02", "value")?.value).toBe(40);
    expect(pick(kpis, "ops.subscribers", "FY3/02", "value")?.value).toBe(8);
    expect(pick(kpis, "fx.jpy_per_usd", "FY3/02", "value")?.value).toBe(130);
  });

  test("stock at year end is the last quarter's when all quarters are there, even if the FY cell differs", () => {
    const periods = [...quartersOf(2001, 2001), year(2001)];
    const kpis = computeKpis(
      makeDataset({ periods, rows: [{ metric: "ops.subscribers", values: [5, 6, 7, 9, 8] }] }),
      DEFAULT_SETTINGS
    );
    const k = pick(kpis, "ops.subscribers", "FY3/02", "value");
    expect(k?.value).toBe(9);
    expect(k?.note).toBe("last quarter's figure");
  });
});

describe("margins, shares and share change", () => {
  const periods = [quarter(2000, 4), quarter(2001, 4)];
  const rows = [
    { metric: "revenue.a", values: [60, 75] },
    { metric: "revenue.b", values: [40, 25] },
    { metric: "revenue.total", values: [100, 0] },
    { metric: "operating_income", values: [5, 3] },
  ];
  const kpis = computeKpis(makeDataset({ periods, rows }), DEFAULT_SETTINGS);
  test("margin n.m. when revenue is zero", () => {
    expect(pick(kpis, "operating_income", "4Q00", "margin")?.value).toBeCloseTo(0.05, 12);
    expect(pick(kpis, "operating_income", "4Q01", "margin")?.value).toBeNull();
  });
  test("shares of the total, and their pp change vs a year earlier (n.m. when a share is n.m.)", () => {
    expect(pick(kpis, "revenue.a", "4Q00", "share")?.value).toBeCloseTo(0.6, 12);
    expect(pick(kpis, "revenue.a", "4Q01", "share_change")?.value).toBeNull();
  });
});

describe("usd conversion", () => {
  const periods = [quarter(2001, 4)];
  test("at a fixed rate from settings", () => {
    const kpis = computeKpis(
      makeDataset({ periods, rows: [{ metric: "revenue.total", values: [12100] }] }),
      {
        ...DEFAULT_SETTINGS,
        fx: { from: "JPY", to: "USD", rate: 121 },
      }
    );
    const k = pick(kpis, "revenue.total", "4Q01", "usd");
    expect(k?.value).toBeCloseTo(100, 12);
    expect(k?.formula).toBe('=IF(ISNUMBER(Figures!D2),IF(121>0,Figures!D2/121,"n.m."),"n.m.")');
  });
  test("no rate, no usd figure; counts are never converted", () => {
    const kpis = computeKpis(
      makeDataset({
        periods,
        rows: [
          { metric: "revenue.total", values: [1] },
          { metric: "ops.x", values: [1] },
        ],
      }),
      {
        ...DEFAULT_SETTINGS,
      }
    );
    expect(kpis.some((k) => k.kpi === "usd")).toBe(false);
  });
});

describe("guidance vs actual", () => {
  const periods = [...quartersOf(2000, 2001), quarter(2002, 1)];
  const values = [8000, 1, 1, 1, 8689, 1, 1, 1, 9600];
  const ds = makeDataset({
    periods,
    rows: [
      { metric: "revenue.total", values },
      { metric: "operating_income", values: [-210, 0, 0, 0, -100, 0, 0, 0, null] },
    ],
  });
  const kpisFor = (g: DEFAULT["guidance"]) => computeKpis(ds, { ...DEFAULT_SETTINGS, guidance: g });
  type DEFAULT = typeof DEFAULT_SETTINGS;

  test("an actual above the range", () => {
    const k = pick(
      kpisFor([{ period: "1Q02", metric: "revenue.total", low: 9000, high: 9500 }]),
      "revenue.total",
      "1Q02",
      "guidance"
    );
    expect(k?.note).toBe("above guidance");
    expect(k?.value).toBeCloseTo(9600 / 9250 - 1, 12);
  });
  test("an actual in range", () => {
    const k = pick(
      kpisFor([{ period: "1Q02", metric: "revenue.total", low: 9000, high: 9700 }]),
      "revenue.total",
      "1Q02",
      "guidance"
    );
    expect(k?.note).toBe("in range");
  });
  test("no actual yet: implied growth of the mid-point vs the comparable period", () => {
    const k = pick(
      kpisFor([{ period: "2Q02", metric: "revenue.total", low: 1.1, high: 1.3 }]),
      "revenue.total",
      "2Q02",
      "guidance"
    );
    expect(k?.value).toBeCloseTo(1.2 / 1 - 1, 12);
    expect(k?.note).toBe("implied growth of the guidance mid-point vs 2Q01");
  });
  test("guided yoy growth without an actual", () => {
    const k = pick(
      kpisFor([{ period: "FY3/04", metric: "revenue.total", yoy: 0.2 }]),
      "revenue.total",
      "FY3/04",
      "guidance"
    );
    expect(k?.value).toBeCloseTo(0.2, 12);
  });
  test("an operating loss guided against a loss base: n.m.", () => {
    const k = pick(
      kpisFor([{ period: "1Q02", metric: "operating_income", high: 0 }]),
      "operating_income",
      "1Q02",
      "guidance"
    );
    expect(k?.value).toBeNull();
  });
});
