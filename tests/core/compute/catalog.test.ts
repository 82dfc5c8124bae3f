import { computeKpis } from "../../../src/core/compute";
import type { KpiValue } from "../../../src/core/compute/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { makeDataset, quarter, quartersOf, year, type RowSpec } from "../../helpers/dataset";

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const pick = (
  kpis: KpiValue[],
  metric: string,
  period: string,
  kpi = "value"
): KpiValue | undefined =>
  kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kpi);

/** Two quarters, 4Q00 and 1Q01 (so 1Q01 has an opening stock for averages). */
const periods = [quarter(2000, 4), quarter(2001, 1)];
const run = (rows: RowSpec[], over: Partial<Settings> = {}): KpiValue[] =>
  computeKpis(makeDataset({ periods, rows }), settings(over));

describe("KPI catalog: one row per derived KPI, values worked out by hand", () => {
  const cases: {
    name: string;
    rows: RowSpec[];
    over?: Partial<Settings>;
    metric: string;
    expected: number | null;
    label?: RegExp;
  }[] = [
    {
      name: "revenue.total from segments when the total is not given",
      rows: [
        { metric: "revenue.a", values: [10, 30] },
        { metric: "revenue.b", values: [5, 12] },
      ],
      metric: "revenue.total",
      expected: 42,
    },
    {
      name: "cost.total from segments, of-which rows excluded",
      rows: [
        { metric: "cost.a", values: [1, 7] },
        { metric: "cost.sub", values: [1, 4], parent: "cost.a", label: "  of which sub" },
        { metric: "cost.b", values: [1, 2] },
      ],
      metric: "cost.total",
      expected: 9,
    },
    {
      name: "revenue.total from segments only in a period where the total is blank",
      rows: [
        { metric: "revenue.a", values: [10, 30] },
        { metric: "revenue.b", values: [5, 12] },
        { metric: "revenue.total", values: [15, null] },
      ],
      metric: "revenue.total",
      expected: 42,
    },
    {
      name: "gross profit = revenue − cost",
      rows: [
        { metric: "revenue.total", values: [100, 120] },
        { metric: "cost.total", values: [70, 95] },
      ],
      metric: "gross_profit",
      expected: 25,
    },
    {
      name: "segment gross profit = revenue.<seg> − cost.<seg>",
      rows: [
        { metric: "revenue.si", values: [100, 80] },
        { metric: "cost.si", values: [70, 90] },
      ],
      metric: "gross_profit.si",
      expected: -10,
    },
    {
      name: "EBITDA, seed definition: net income + taxes + interest + D&A",
      rows: [
        { metric: "net_income", values: [0, -50] },
        { metric: "income_taxes", values: [0, 5] },
        { metric: "interest_expense", values: [0, 7] },
        { metric: "da", values: [0, 100] },
        { metric: "operating_income", values: [0, 20] },
      ],
      metric: "ebitda",
      expected: 62,
      label: /^EBITDA \(net income/,
    },
    {
      name: "EBITDA, operating definition: operating income + D&A",
      rows: [
        { metric: "net_income", values: [0, -50] },
        { metric: "income_taxes", values: [0, 5] },
        { metric: "interest_expense", values: [0, 7] },
        { metric: "da", values: [0, 100] },
        { metric: "operating_income", values: [0, 20] },
      ],
      over: { ebitda: "operating" },
      metric: "ebitda",
      expected: 120,
      label: /^Operating EBITDA \(operating income \+ D&A\)/,
    },
    {
      name: "EBITDA − CAPEX with CAPEX given as a negative outflow",
      rows: [
        { metric: "operating_income", values: [0, 20] },
        { metric: "da", values: [0, 100] },
        { metric: "capex", values: [0, -90] },
      ],
      over: { ebitda: "operating" },
      metric: "ebitda_minus_capex",
      expected: 30,
    },
    {
      name: "EBITDA − CAPEX with CAPEX given as a positive spend",
      rows: [
        { metric: "operating_income", values: [0, 20] },
        { metric: "da", values: [0, 100] },
        { metric: "capex", values: [0, 90] },
      ],
      over: { ebitda: "operating" },
      metric: "ebitda_minus_capex",
      expected: 30,
    },
    {
      name: "free cash flow = operating + investing",
      rows: [
        { metric: "cf.operating", values: [0, 300] },
        { metric: "cf.investing", values: [0, -420] },
      ],
      metric: "free_cash_flow",
      expected: -120,
    },
    {
      name: "IP service ARPU: 3,000 mn ÷ 3 months ÷ average of 900 and 1,100 contracts = 1,000,000 JPY",
      rows: [
        { metric: "revenue.dedicated_access", values: [2000, 3000] },
        { metric: "ops.ip_contracts", values: [900, 1100] },
      ],
      metric: "arpu.ip_service",
      expected: 1_000_000,
    },
    {
      name: "revenue per Mbps: 600 mn ÷ 3 ÷ average of 100 and 300 Mbps = 1,000,000 JPY",
      rows: [
        { metric: "revenue.dedicated_access", values: [500, 600] },
        { metric: "ops.bandwidth_mbps", values: [100, 300] },
      ],
      metric: "revenue_per_mbps",
      expected: 1_000_000,
    },
    {
      name: "a user ratio KPI at closing, not per month: 90 ÷ 30",
      rows: [
        { metric: "revenue.total", values: [60, 90] },
        { metric: "ops.staff", values: [20, 30] },
      ],
      over: {
        ratioKpis: [
          {
            id: "revenue_per_head",
            label: "Revenue per head",
            numerator: "revenue.total",
            denominator: "ops.staff",
            averaging: "closing",
            perMonth: false,
          },
        ],
      },
      metric: "revenue_per_head",
      expected: 3,
      label: /^Revenue per head$/,
    },
    {
      name: "ratio KPI n.m. when the average denominator is zero",
      rows: [
        { metric: "revenue.dedicated_access", values: [500, 600] },
        { metric: "ops.bandwidth_mbps", values: [0, 0] },
      ],
      metric: "revenue_per_mbps",
      expected: null,
    },
  ];

  test.each(cases.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const kpis = run(c.rows, c.over);
    const k = pick(kpis, c.metric, "1Q01");
    expect(k).toBeDefined();
    if (c.expected === null) expect(k?.value).toBeNull();
    else expect(k?.value).toBeCloseTo(c.expected, 9);
    if (c.label) expect(k?.label).toMatch(c.label);
  });

  test("ARPU of the first quarter is n.m.: no opening stock", () => {
    const kpis = run([
      { metric: "revenue.dedicated_access", values: [2000, 3000] },
      { metric: "ops.ip_contracts", values: [900, 1100] },
    ]);
    expect(pick(kpis, "arpu.ip_service", "4Q00")).toBeUndefined();
  });

  test("a KPI whose input is missing is not defined at all", () => {
    const kpis = run([{ metric: "revenue.total", values: [1, 2] }]);
    expect(
      kpis.some(
        (k) => k.metric === "ebitda" || k.metric === "gross_profit" || k.metric === "free_cash_flow"
      )
    ).toBe(false);
  });

  test("a null input makes only the KPIs that need it n.m.", () => {
    const rows: RowSpec[] = [
      { metric: "revenue.total", values: [100, 120] },
      { metric: "cost.total", values: [70, 80] },
      { metric: "net_income", values: [1, null] },
      { metric: "income_taxes", values: [1, 1] },
      { metric: "interest_expense", values: [1, 1] },
      { metric: "da", values: [1, 1] },
      { metric: "cf.operating", values: [5, 6] },
      { metric: "cf.investing", values: [-1, -2] },
    ];
    const kpis = run(rows);
    expect(pick(kpis, "ebitda", "1Q01")?.value).toBeNull();
    expect(pick(kpis, "ebitda", "1Q01")?.display).toBe("n.m.");
    expect(pick(kpis, "net_income", "1Q01", "margin")?.value).toBeNull();
    expect(pick(kpis, "gross_profit", "1Q01")?.value).toBe(40);
    expect(pick(kpis, "free_cash_flow", "1Q01")?.value).toBe(4);
    expect(pick(kpis, "revenue.total", "1Q01", "yoy")?.note).toBe("no comparable period");
    expect(pick(kpis, "revenue.total", "1Q01", "qoq")?.value).toBeCloseTo(0.2, 12);
  });

  test("per-month ratio over a fiscal year divides by 12 and averages the opening and closing year-end stock", () => {
    const ps = quartersOf(2000, 2001, undefined, true);
    const ds = makeDataset({
      periods: ps,
      rows: [
        { metric: "revenue.dedicated_access", values: [1, 1, 1, 1, 4, 3, 3, 3, 3, 12] },
        { metric: "ops.ip_contracts", values: [1, 1, 1, 100, 100, 1, 1, 1, 300, 300] },
      ],
    });
    const k = pick(computeKpis(ds, settings()), "arpu.ip_service", year(2001).label);
    expect(k?.value).toBeCloseTo(12e6 / 12 / ((100 + 300) / 2), 9);
  });
});
