import { analyse } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";

/**
 * An Indian wealth manager's quarterly page (year ends March, figures in INR crore) with a ratio line, an EPS
 * line and an AUM line between its revenue segments and their total.
 */
const settings: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 3 };
const now = new Date(2026, 10, 29, 11, 0);

const grid: Grid = [
  ["(INR Crs)", "Q1 FY25", "Q2 FY25", "Q3 FY25", "Q4 FY25", "FY25", "Q1 FY26"],
  ["Wealth management", 2000, 2050, 2100, 2150, 8300, 2256],
  ["Total AUM", 250000, 260000, 270000, 280000, 280000, 300000],
  ["Asset management", 1000, 1050, 1100, 1150, 4300, 1200],
  ["Total revenues", 3000, 3100, 3200, 3300, 12600, 3456],
  ["Costs", 1800, 1850, 1900, 1950, 7500, 2000],
  // the year's ratio is not the sum of the quarters' (and not their average either)
  ["Cost to income ratio", 60.0, 59.7, 59.4, 59.1, 59.5, 57.9],
  // quarterly EPS need not add up to the year's (45.2 ≠ 45.1): no check, no sum
  ["EPS (Rs.)", 10.5, 11.0, 11.6, 12.1, 45.1, 13.2],
];

describe("kinds of line, end to end", () => {
  const a = analyse({ sheet: "Data book", topLeft: "A1", values: grid }, settings, now);
  const kpi = (metric: string, period: string, kind: string) =>
    a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind);
  const series = (metric: string) => a.dataset.series.find((s) => s.metric === metric);

  test("the lines are read with their kinds", () => {
    expect(a.dataset.money).toMatchObject({ currency: "INR", scale: 1e7 });
    expect(a.dataset.series.map((s) => [s.metric, s.nature])).toEqual([
      ["revenue.wealth_management", "flow"],
      ["ops.aum", "stock"],
      ["revenue.asset_management", "flow"],
      ["revenue.total", "flow"],
      ["expenses.total", "flow"],
      ["ratio.cost_to_income", "rate"],
      ["per_share.eps", "rate"],
    ]);
  });

  test("the ratio line has no growth in %: n.m. with the reason", () => {
    for (const kind of ["yoy", "qoq"]) {
      const k = kpi("ratio.cost_to_income", "Q1 FY26", kind);
      expect(k?.value).toBeNull();
      expect(k?.display).toBe("n.m.");
      expect(k?.note).toMatch(/percentage points/);
      expect(k?.formula).toBeUndefined();
    }
    expect(kpi("ratio.cost_to_income", "Q1 FY26", "value")?.value).toBe(57.9);
    // the year's figure is the reported one, not a sum of quarters
    expect(kpi("ratio.cost_to_income", "FY25", "value")).toMatchObject({ value: 59.5 });
    expect(kpi("ratio.cost_to_income", "FY25", "value")?.note).toBeUndefined();
  });

  test("the ratio and EPS lines get no quarter-sum check; a flow line would", () => {
    const totals = a.issues.filter(
      (i) => i.code === "fy-total-mismatch" || i.code === "stock-mismatch"
    );
    expect(totals).toEqual([]);
    const slipped = grid.map((row) => [...row]);
    (slipped[5] as (string | number)[])[5] = 7600; // Costs FY25: quarters add up to 7,500
    const b = analyse({ sheet: "Data book", topLeft: "A1", values: slipped }, settings, now);
    expect(b.issues.filter((i) => i.code === "fy-total-mismatch").map((i) => i.cell)).toEqual([
      "'Data book'!F6",
    ]);
  });

  test("EPS keeps its growth and is not summed over the year", () => {
    // 13.2 / 10.5 − 1 = 25.7%
    expect(kpi("per_share.eps", "Q1 FY26", "yoy")?.value).toBeCloseTo(13.2 / 10.5 - 1, 10);
    expect(kpi("per_share.eps", "FY25", "value")?.value).toBe(45.1);
    expect(kpi("per_share.eps", "Q1 FY26", "margin")).toBeUndefined();
  });

  test("AUM is a stock, not a revenue segment", () => {
    expect(series("ops.aum")?.unknownLabel).toBeUndefined();
    expect(kpi("ops.aum", "Q1 FY26", "share")).toBeUndefined();
    expect(kpi("ops.aum", "Q1 FY26", "margin")).toBeUndefined();
    // the segments' shares are of total revenues, and they add up to it
    expect(kpi("revenue.wealth_management", "Q1 FY26", "share")?.value).toBeCloseTo(
      2256 / 3456,
      10
    );
    expect(kpi("revenue.asset_management", "Q1 FY26", "share")?.value).toBeCloseTo(1200 / 3456, 10);
    expect(kpi("ops.aum", "FY25", "value")?.value).toBe(280000);
  });

  test("highlights speak in crore, never in thousands", () => {
    const text = a.highlights.join("\n");
    expect(text).toContain("INR 3,456 Cr");
    expect(text).not.toMatch(/\d+K\b/);
  });
});
