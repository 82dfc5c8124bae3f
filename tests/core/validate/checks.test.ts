import { validate } from "../../../src/core/validate";
import type { Issue } from "../../../src/core/issue";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { makeDataset, quarter, quartersOf, year, type RowSpec } from "../../helpers/dataset";
import type { Period } from "../../../src/core/periods/types";

const check = (periods: Period[], rows: RowSpec[], sheet?: string): Issue[] =>
  validate(
    makeDataset(sheet === undefined ? { periods, rows } : { periods, rows, sheet }),
    DEFAULT_SETTINGS
  );
const codes = (issues: Issue[]): string[] => issues.map((i) => i.code);
const year2000 = [...quartersOf(2000, 2000), year(2000)]; // 1Q00 2Q00 3Q00 4Q00 FY3/01 in D..H

describe("validation codes, one table row each", () => {
  const cases: {
    name: string;
    periods: Period[];
    rows: RowSpec[];
    code: string;
    severity: string;
    cell?: string;
    period?: string;
    message?: RegExp;
  }[] = [
    {
      name: "blank-latest: a metric blank in the latest quarter that others have",
      periods: quartersOf(2000, 2000),
      rows: [
        { metric: "revenue.total", values: [1, 2, 3, 4] },
        { metric: "sga", values: [1, 2, 3, null] },
      ],
      code: "blank-latest",
      severity: "warning",
      cell: "Figures!G3",
      period: "4Q00",
      message: /^4Q00 sga is blank/,
    },
    {
      name: "missing-period: 3Q00 absent between 2Q00 and 4Q00",
      periods: [quarter(2000, 1), quarter(2000, 2), quarter(2000, 4)],
      rows: [{ metric: "revenue.total", values: [1, 2, 3] }],
      code: "missing-period",
      severity: "warning",
      period: "4Q00",
      message: /^3Q00 is missing between 2Q00 and 4Q00/,
    },
    {
      name: "segments-mismatch beyond 0.5 per segment",
      periods: [quarter(2000, 1)],
      rows: [
        { metric: "revenue.a", values: [100] },
        { metric: "revenue.b", values: [50] },
        { metric: "revenue.total", values: [152] },
      ],
      code: "segments-mismatch",
      severity: "error",
      cell: "Figures!D4",
      message: /1Q00 revenue.total is 152 but its 2 segments add up to 150/,
    },
    {
      name: "fy-total-mismatch, 1,000 times too small",
      periods: year2000,
      rows: [{ metric: "revenue.total", values: [1000, 1000, 1000, 1000, 4] }],
      code: "fy-total-mismatch",
      severity: "error",
      cell: "Figures!H2",
      period: "FY3/01",
      message: /is 4 but its quarters add up to 4,000 — a thousand times too small; check the unit/,
    },
    {
      name: "fy-total-mismatch, no power of ten: the difference",
      periods: year2000,
      rows: [{ metric: "sga", values: [10, 10, 10, 10, 45] }],
      code: "fy-total-mismatch",
      severity: "error",
      message: /is 45 but its quarters add up to 40 \(a difference of 5\)/,
    },
    {
      name: "stock-mismatch: year-end stock differs from the last quarter",
      periods: year2000,
      rows: [{ metric: "ops.contracts", values: [1, 2, 3, 4, 5] }],
      code: "stock-mismatch",
      severity: "error",
      cell: "Figures!H2",
      message: /FY3\/01 ops.contracts is 5 but 4Q00, the last quarter of the year, is 4/,
    },
    {
      name: "impossible-sign: negative revenue",
      periods: [quarter(2000, 1)],
      rows: [{ metric: "revenue.total", values: [-5] }],
      code: "impossible-sign",
      severity: "error",
      cell: "Figures!D2",
    },
    {
      name: "impossible-sign: negative subscribers",
      periods: [quarter(2000, 1)],
      rows: [{ metric: "ops.dialup_subscribers", values: [-1] }],
      code: "impossible-sign",
      severity: "error",
    },
    {
      name: "outlier: a quarter typed ten times too large",
      periods: quartersOf(2000, 2001),
      rows: [
        { metric: "revenue.total", values: [7240, 7518, 79170, 9195, 8689, 9185, 9926, 12100] },
      ],
      code: "outlier",
      severity: "warning",
      cell: "Figures!F2",
      period: "3Q00",
    },
    {
      name: "outlier: the latest quarter typed ten times too large",
      periods: quartersOf(2000, 2001),
      rows: [
        { metric: "revenue.total", values: [7240, 7518, 7917, 9195, 8689, 9185, 9926, 121000] },
      ],
      code: "outlier",
      severity: "warning",
      period: "4Q01",
    },
  ];
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const issues = check(c.periods, c.rows).filter((i) => i.code === c.code);
    expect(issues).toHaveLength(1);
    const issue = issues[0];
    expect(issue?.severity).toBe(c.severity);
    if (c.cell) expect(issue?.cell).toBe(c.cell);
    if (c.period) expect(issue?.period).toBe(c.period);
    if (c.message) expect(issue?.message).toMatch(c.message);
  });
});

describe("what must not be flagged", () => {
  test("capex given as a negative outflow, negative operating income", () => {
    expect(
      check(
        [quarter(2000, 1)],
        [
          { metric: "capex", values: [-900] },
          { metric: "operating_income", values: [-5] },
        ]
      )
    ).toEqual([]);
  });
  test("segments off by rounding only (0.5 per segment)", () => {
    const rows = [
      { metric: "revenue.a", values: [100] },
      { metric: "revenue.b", values: [50] },
      { metric: "revenue.c", values: [50] },
      { metric: "revenue.total", values: [201] },
    ];
    expect(codes(check([quarter(2000, 1)], rows))).toEqual([]);
  });
  test("of-which rows are not segments", () => {
    const rows = [
      { metric: "cost.a", values: [100] },
      { metric: "cost.a_part", values: [60], parent: "cost.a" },
      { metric: "cost.b", values: [50] },
      { metric: "cost.total", values: [150] },
    ];
    expect(codes(check([quarter(2000, 1)], rows))).toEqual([]);
  });
  test("a genuine steep rise in the latest quarter is not an outlier", () => {
    const rows = [
      { metric: "revenue.si", values: [1750, 1900, 2050, 2521, 2200, 2600, 2735, 4300] },
    ];
    expect(codes(check(quartersOf(2000, 2001), rows))).toEqual([]);
  });
  test("a flat series with one small change is not an outlier", () => {
    const rows = [{ metric: "ops.x", values: [100, 100, 100, 100, 100, 100, 100, 110] }];
    expect(codes(check(quartersOf(2000, 2001), rows))).toEqual([]);
  });
  test("rates are not checked for blanks in year columns", () => {
    const rows = [
      { metric: "revenue.total", values: [1, 1, 1, 1, 4] },
      { metric: "fx.jpy_per_usd", values: [100, 100, 100, 100, null] },
    ];
    expect(codes(check(year2000, rows))).toEqual([]);
  });
  test("a year that agrees with its quarters", () => {
    expect(codes(check(year2000, [{ metric: "sga", values: [1, 2, 3, 4, 10] }]))).toEqual([]);
  });
});

describe("addresses", () => {
  test("sheet names that need quotes are quoted", () => {
    const issues = check(
      [quarter(2000, 1)],
      [{ metric: "revenue.total", values: [-1] }],
      "Q4 pack"
    );
    expect(issues[0]?.cell).toBe("'Q4 pack'!D2");
  });
  test("figures rolled up from many rows have no cell", () => {
    const issues = check(
      [quarter(2000, 1)],
      [{ metric: "revenue.total", values: [-1], noCells: true }]
    );
    expect(issues[0]?.cell).toBeUndefined();
    expect(issues[0]?.metric).toBe("revenue.total");
  });
});
