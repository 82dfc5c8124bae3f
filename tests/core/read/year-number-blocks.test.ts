/**
 * Tables side by side whose annual header is bare years written as numbers (2023 | 2024 | 2025), as a CSV export
 * or a typed header gives them: the table at their right is read with its own line labels, as it is when the
 * years are text. A number in a row of figures is never taken for a year. Expected figures worked out by hand.
 */
import fc from "fast-check";
import { analyse, type Analysis } from "../../../src/core/analyse";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const NOW = new Date("2026-11-29T00:00:00Z");

function run(values: Grid): Analysis {
  return analyse({ sheet: "Pack", topLeft: "A1", values }, DEFAULT_SETTINGS, NOW);
}

function kpi(a: Analysis, metric: string, period: string, kind: string): number | null | undefined {
  return a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind)?.value;
}

function series(a: Analysis, metric: string): (number | null)[] | undefined {
  return a.dataset.series.find((s) => s.metric === metric)?.values;
}

/** Years as numbers or as text. */
const years = (text: boolean, ...ys: number[]): CellValue[] =>
  ys.map((y) => (text ? String(y) : y));

/** Annual (2023–2025) at the left; quarters at the right with their lines in another order, net income added. */
function annualBesideQuarterly(text = false): Grid {
  return [
    ["(USD mn)", ...years(text, 2023, 2024, 2025), "", "(USD mn)", "1Q25", "2Q25", "3Q25"],
    ["Revenue", 400, 440, 484, "", "Net income", 11, 12, 13],
    ["Operating income", 40, 44, 50, "", "Revenue", 110, 120, 125],
  ];
}

/** Two annual tables: group figures, and a segment table over other years. */
function annualBesideSegments(text = false): Grid {
  return [
    ["(USD mn)", ...years(text, 2023, 2024), "", "Segments", ...years(text, 2024, 2025)],
    ["Revenue", 400, 440, "", "Cloud revenue", 44, 48],
    ["Operating income", 40, 44, "", "Devices revenue", 396, 436],
  ];
}

describe("bare numeric years beside another table", () => {
  test.each<{ name: string; grid: Grid; blocks: string[]; expected: [string, number[]][] }>([
    {
      name: "annual beside quarterly: each table with its own labels",
      grid: annualBesideQuarterly(),
      blocks: ["Pack!A1:D3", "Pack!F1:I3"],
      expected: [
        ["revenue.total", [400, 440, 484, 110, 120, 125]],
        ["operating_income", [40, 44, 50]],
        ["net_income", [11, 12, 13]],
      ],
    },
    {
      name: "two annual tables, the right one with segment lines",
      grid: annualBesideSegments(),
      blocks: ["Pack!A1:C3", "Pack!E1:G3"],
      expected: [
        ["revenue.total", [400, 440]],
        ["operating_income", [40, 44]],
        ["cloud_revenue", [44, 48]],
        ["devices_revenue", [396, 436]],
      ],
    },
  ])("$name", ({ grid, blocks, expected }) => {
    const a = run(grid);
    expect(a.dataset.blocks?.map((b) => b.range)).toEqual(blocks);
    for (const [metric, values] of expected)
      expect(series(a, metric)?.filter((v) => v !== null)).toEqual(values);
  });

  test("the KPIs, by hand: no figure of one table under the other's label", () => {
    const a = run(annualBesideQuarterly());
    // 484 / 440 − 1 = 10 %; 125 / 120 − 1 = 4.17 %; 13 / 12 − 1 = 8.33 %; 50 / 484 = 10.3 %
    expect(kpi(a, "revenue.total", "2025", "yoy")).toBeCloseTo(0.1, 10);
    expect(kpi(a, "revenue.total", "3Q25", "qoq")).toBeCloseTo(125 / 120 - 1, 10);
    expect(kpi(a, "net_income", "3Q25", "qoq")).toBeCloseTo(13 / 12 - 1, 10);
    expect(kpi(a, "operating_income", "2025", "margin")).toBeCloseTo(50 / 484, 10);
    // the quarters have no operating income: no margin, rather than 110 / 11
    expect(kpi(a, "operating_income", "3Q25", "margin") ?? null).toBeNull();
    const b = run(annualBesideSegments());
    // 48 / 44 − 1 = 9.09 %; group revenue 2025 is not given (never the segment's 48)
    expect(kpi(b, "cloud_revenue", "2025", "yoy")).toBeCloseTo(48 / 44 - 1, 10);
    expect(series(b, "revenue.total")?.[2] ?? null).toBeNull();
    expect(b.issues.some((i) => i.code === "duplicate-period")).toBe(false);
  });

  test.each<{ name: string; grid: Grid; periods: string[]; lines: [string, number[]][] }>([
    {
      name: "year-like figures under a header of years stay figures",
      grid: [
        ["(USD mn)", 2023, 2024, 2025],
        ["Revenue", 2010, 2050, 2100],
        ["Operating income", 2024, 2025, 2026],
      ],
      periods: ["2023", "2024", "2025"],
      lines: [
        ["revenue.total", [2010, 2050, 2100]],
        ["operating_income", [2024, 2025, 2026]],
      ],
    },
    {
      name: "year-like figures at the right of quarters: no new table",
      grid: [
        ["(USD mn)", "1Q25", "2Q25", "", "(USD mn)", "1Q25", "2Q25"],
        ["Revenue", 110, 120, "", "Revenue", 110, 120],
        ["Operating income", 11, 12, "", "Net income", 2024, 2025],
      ],
      periods: ["1Q25", "2Q25"],
      lines: [
        ["revenue.total", [110, 120]],
        ["operating_income", [11, 12]],
        ["net_income", [2024, 2025]],
      ],
    },
  ])("do not guess: $name", ({ grid, periods, lines }) => {
    const a = run(grid);
    expect(a.dataset.periods.map((p) => p.label)).toEqual(periods);
    for (const [metric, values] of lines) expect(series(a, metric)).toEqual(values);
  });
});

describe("property: years as numbers read as years as text", () => {
  test("whatever the figures", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 12, maxLength: 12 }),
        (f) => {
          const grid = (text: boolean): Grid =>
            [
              [
                "(USD mn)",
                ...years(text, 2023, 2024, 2025),
                "",
                "(USD mn)",
                "1Q25",
                "2Q25",
                "3Q25",
              ],
              ["Revenue", f[0], f[1], f[2], "", "Net income", f[3], f[4], f[5]],
              ["Operating income", f[6], f[7], f[8], "", "Revenue", f[9], f[10], f[11]],
            ] as Grid;
          const a = run(grid(false)).dataset;
          const b = run(grid(true)).dataset;
          expect(a.blocks?.map((x) => x.range)).toEqual(b.blocks?.map((x) => x.range));
          expect(a.series.map((s) => [s.metric, s.values])).toEqual(
            b.series.map((s) => [s.metric, s.values])
          );
          // each quarter's revenue is the right table's revenue line, never its first line
          expect(series(run(grid(false)), "revenue.total")?.slice(3)).toEqual([f[9], f[10], f[11]]);
        }
      ),
      { numRuns: 20 }
    );
  });
});
