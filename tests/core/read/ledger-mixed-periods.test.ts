/**
 * A ledger (one row per period and metric) that mixes quarters, half-years and years: every figure is kept as
 * given, and the parts must agree with their totals — a half with its quarters (checked by validation), a year
 * with its halves when its quarters are not all given (checked by the reader) — else an error names the cells.
 * Forecast and plan rows are never actuals.
 */
import fc from "fast-check";
import { analyse } from "../../../src/core/analyse";
import type { CellValue } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const settings = { ...DEFAULT_SETTINGS, reportingCurrency: "EUR", unitScale: 1e6 };

/** Sales by period, one row each, in the order given; row 2 of the sheet is the first. */
function ledger(rows: [string, number][], account = "Sales"): CellValue[][] {
  return [["Period", "Account", "Amount"], ...rows.map(([p, v]): CellValue[] => [p, account, v])];
}

function run(values: CellValue[][]) {
  const a = analyse({ sheet: "Ledger", topLeft: "A1", values }, settings, new Date(0));
  const sales = a.dataset.series.find((s) => s.metric === "revenue.total");
  const at = (label: string) => a.dataset.periods.findIndex((p) => p.label === label);
  const value = (label: string) => sales?.values[at(label)];
  const kpi = (period: string, kind: string) =>
    a.kpis.find((k) => k.metric === "revenue.total" && k.period === period && k.kpi === kind);
  return { a, value, kpi };
}

const CONSISTENT: [string, number][] = [
  ["H1 2023", 200],
  ["H2 2023", 220],
  ["FY2023", 420],
  ["Q1 2024", 100],
  ["Q2 2024", 110],
  ["H1 2024", 210],
  ["Q3 2024", 120],
  ["Q4 2024", 130],
  ["H2 2024", 250],
  ["FY2024", 460],
];

describe("a ledger of quarters, halves and years", () => {
  test("figures that agree: each period read as given, no total error, KPIs by hand", () => {
    const { a, value, kpi } = run(ledger(CONSISTENT));
    expect(a.dataset.periods.map((p) => [p.label, p.kind])).toEqual([
      ["H1 2023", "half"],
      ["H2 2023", "half"],
      ["FY2023", "year"],
      ["Q1 2024", "quarter"],
      ["Q2 2024", "quarter"],
      ["H1 2024", "half"],
      ["Q3 2024", "quarter"],
      ["Q4 2024", "quarter"],
      ["H2 2024", "half"],
      ["FY2024", "year"],
    ]);
    expect(value("FY2023")).toBe(420);
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    // 460 / 420 − 1 = 9.52 %; 250 / 220 − 1 = 13.6 %
    expect(kpi("FY2024", "yoy")?.value).toBeCloseTo(460 / 420 - 1, 10);
    expect(kpi("H2 2024", "yoy")?.value).toBeCloseTo(250 / 220 - 1, 10);
  });

  test("a half that disagrees with its quarters: an error on the half's cell", () => {
    const rows = CONSISTENT.map(([p, v]): [string, number] => [p, p === "H1 2024" ? 215 : v]);
    const { a } = run(ledger(rows));
    const errors = a.issues.filter((i) => i.code === "fy-total-mismatch");
    expect(errors).toEqual([
      expect.objectContaining({ severity: "error", cell: "Ledger!C7", period: "H1 2024" }),
    ]);
    expect(errors[0]?.message).toMatch(/H1 2024 Sales is 215 but its two quarters add up to 210/);
    expect(errors[0]?.message).toMatch(/The quarters are in Ledger!C5, Ledger!C6\./);
  });

  test("a year that disagrees with its halves (no quarters): n.m., and the error names the three cells", () => {
    const rows = CONSISTENT.map(([p, v]): [string, number] => [p, p === "FY2023" ? 430 : v]);
    const { a, value, kpi } = run(ledger(rows));
    const error = a.issues.find((i) => i.code === "fy-total-mismatch");
    expect(error).toMatchObject({ severity: "error", cell: "Ledger!C4", period: "FY2023" });
    expect(error?.message).toContain("Ledger!C4");
    expect(error?.message).toContain("Ledger!C2");
    expect(error?.message).toContain("Ledger!C3");
    expect(error?.message).toMatch(/add up to 420/);
    // never a confident wrong number: the year and the growth on it are n.m.
    expect(value("FY2023")).toBeNull();
    expect(kpi("FY2024", "yoy")?.value ?? null).toBeNull();
  });

  test("a year whose four quarters are given is left to the quarters' check (no second error)", () => {
    const rows = CONSISTENT.map(([p, v]): [string, number] => [p, p === "FY2024" ? 470 : v]);
    const { a } = run(ledger(rows));
    const errors = a.issues.filter((i) => i.code === "fy-total-mismatch");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ cell: "Ledger!C11", period: "FY2024" });
    expect(errors[0]?.message).toMatch(/quarters add up to 460/);
  });

  test("a stock's year is its second half's end figure", () => {
    const rows: [string, number][] = [
      ["H1 2023", 50],
      ["H2 2023", 55],
      ["FY2023", 60],
    ];
    const { a } = run(ledger(rows, "Headcount"));
    const error = a.issues.find((i) => i.code === "fy-total-mismatch");
    expect(error?.message).toMatch(/H2 2023 \(Ledger!C3\), the year end, is 55/);
  });

  test.each<[string, string]>([
    ["FY2025E", "forecast"],
    ["FY2025 Guidance", "forecast"],
    ["FY2025 Budget", "plan or budget"],
  ])("a %s row is not an actual", (label, what) => {
    const { a } = run(ledger([...CONSISTENT, [label, 999]]));
    expect(a.dataset.periods.map((p) => p.label)).not.toContain(label);
    expect(a.dataset.series[0]?.values).not.toContain(999);
    const info = a.issues.find((i) => i.code === "forecast-column");
    expect(info).toMatchObject({ severity: "info", cell: "Ledger!A12" });
    expect(info?.message).toContain(what);
  });

  test("a forecast row is the year's guidance: 999 / 460 − 1 implied growth", () => {
    const { a } = run(ledger([...CONSISTENT, ["FY2025E", 999]]));
    expect(a.dataset.guidance).toEqual([
      { period: "FY2025", metric: "revenue.total", low: 999, high: 999 },
    ]);
    const g = a.kpis.find((k) => k.metric === "revenue.total" && k.kpi === "guidance");
    expect(g?.value).toBeCloseTo(999 / 460 - 1, 10);
  });

  test("a budget row gives no guidance", () => {
    const { a } = run(ledger([...CONSISTENT, ["FY2025 Budget", 999]]));
    expect(a.dataset.guidance).toBeUndefined();
  });
});

describe("property: the order of a ledger's rows does not matter", () => {
  test("same figure per period and the same total errors, in any order", () => {
    const rows = CONSISTENT.map(([p, v]): [string, number] => [p, p === "FY2023" ? 430 : v]);
    const byPeriod = (values: CellValue[][]) => {
      const { a } = run(values);
      const sales = a.dataset.series[0];
      const figures = new Map(a.dataset.periods.map((p, i) => [p.label, sales?.values[i]]));
      const errors = a.issues
        .filter((i) => i.code === "fy-total-mismatch")
        .map((i) => i.period)
        .sort();
      return { figures, errors };
    };
    const expected = byPeriod(ledger(rows));
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        const got = byPeriod(ledger(shuffled));
        expect(got.errors).toEqual(expected.errors);
        expect([...got.figures.entries()].sort()).toEqual([...expected.figures.entries()].sort());
      }),
      { numRuns: 25 }
    );
  });
});
