/**
 * Which lines add up to a total, within the one rounding rule (src/core/tolerance.ts): each figure may be off by
 * half a unit of the last digit it shows, in its own unit, summed over the total and its parts. Figures worked
 * out by hand.
 */
import { computeKpis } from "../../../src/core/compute";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { readRange } from "../../../src/core/read";
import { decideStructure, type StructureLine } from "../../../src/core/read/structure";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";

const settings: Settings = { ...DEFAULT_SETTINGS, reportingCurrency: "USD" };

function line(label: string, values: number[], factor?: number): StructureLine {
  return {
    label,
    indent: 0,
    cell: "",
    metric: label === "Total revenue" ? "revenue.total" : label.toLowerCase(),
    unknownLabel: label !== "Total revenue",
    fixed: false,
    afterBreak: false,
    values,
    ...(factor !== undefined ? { factor } : {}),
  };
}

/** The metrics decided for a total and the two lines right below it. */
function decided(lines: StructureLine[]): string[] {
  return decideStructure(lines).roles.map((r) => r.metric);
}

describe("parts and their total, each with its own rounding", () => {
  test.each<[string, StructureLine[], string[]]>([
    [
      // 5.1 + 7.2 bn = 12,300 mn against 12,345 mn: 45 apart, within ±0.5 + ±50 + ±50
      "parts in USD bn (one decimal) under a total in USD mn",
      [
        line("Total revenue", [12345, 13010]),
        line("Mobile", [5100, 5600], 1000),
        line("Fixed", [7200, 7400], 1000),
      ],
      ["revenue.total", "revenue.mobile", "revenue.fixed"],
    ],
    [
      // 3.3 + 6.3 = 9.6 against 10 (±0.5 + ±0.05 + ±0.05): a whole total over parts with one decimal
      "parts with one decimal under a whole total",
      [line("Total revenue", [10, 12]), line("Mobile", [3.3, 4.4]), line("Fixed", [6.3, 7.4])],
      ["revenue.total", "revenue.mobile", "revenue.fixed"],
    ],
    [
      // 5.1 + 7.2 bn against 12,451 mn: 151 apart, beyond ±100.5
      "parts in USD bn that miss the total by more than their rounding",
      [
        line("Total revenue", [12451, 13010]),
        line("Mobile", [5100, 5600], 1000),
        line("Fixed", [7200, 7400], 1000),
      ],
      ["revenue.total", "mobile", "fixed"],
    ],
    [
      // 3 + 6 against 10: 1 apart, not within ±1.5 (strictly less than the summed half units)
      "whole parts one off a whole total, with two parts: one apart is within ±1.5",
      [line("Total revenue", [10, 12]), line("Mobile", [3, 4]), line("Fixed", [6, 8])],
      ["revenue.total", "revenue.mobile", "revenue.fixed"],
    ],
    [
      // 3 + 5 against 10: 2 apart, beyond ±1.5
      "whole parts two off a whole total",
      [line("Total revenue", [10, 12]), line("Mobile", [3, 4]), line("Fixed", [5, 8])],
      ["revenue.total", "mobile", "fixed"],
    ],
  ])("%s", (_name, lines, metrics) => {
    expect(decided(lines)).toEqual(metrics);
  });
});

describe("read from a sheet: segments in USD bn under a total in USD mn", () => {
  const grid: Grid = [
    ["USD in millions", "Q1 FY25", "Q2 FY25"],
    ["Total revenue", 12345, 13010],
    ["Mobile (USD bn)", 5.1, 5.6],
    ["Fixed (USD bn)", 7.2, 7.4],
    ["Operating income", 2000, 2100],
  ] satisfies CellValue[][];
  const { dataset } = readRange({ sheet: "P&L", topLeft: "A1", values: grid }, settings);
  const kpis = computeKpis(dataset, settings);

  test("the bn lines are the total's segments, with a share of it", () => {
    const [total, mobile, fixed, oi] = dataset.series.map((s) => s.metric);
    expect([total, oi]).toEqual(["revenue.total", "operating_income"]);
    expect(mobile).toMatch(/^revenue\.mobile/);
    expect(fixed).toMatch(/^revenue\.fixed/);
    expect(dataset.series[1]?.values).toEqual([5100, 5600]);
    const share = kpis.find(
      (k) => k.metric === mobile && k.period === "Q1 FY25" && k.kpi === "share"
    );
    expect(share?.value).toBeCloseTo(5100 / 12345, 12);
  });
});
