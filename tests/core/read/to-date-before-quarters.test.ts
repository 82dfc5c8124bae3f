/**
 * A year-to-date column (累計) written to the LEFT of the quarters it adds up, as some Japanese data books do:
 * `2026年2月期` merged over `累計 | 第1四半期 | 第2四半期 | 第3四半期`. It is read as its own year-to-date period
 * when the quarters after it are the year's first ones in order, checked against their sum; otherwise its column
 * is left out with a warning naming it. Expected figures are worked out by hand.
 */
import fc from "fast-check";
import { analyse, type Analysis } from "../../../src/core/analyse";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const NOW = new Date("2026-01-15T00:00:00Z");

function run(values: Grid): Analysis {
  return analyse({ sheet: "補足", topLeft: "A1", values }, DEFAULT_SETTINGS, NOW);
}

function kpi(a: Analysis, metric: string, period: string, kind: string): number | null | undefined {
  return a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind)?.value;
}

/** Last year in full (通期 first, then its quarters), this year's 累計 first, then its quarters. */
function databook(options: { ytd?: number; quarters?: string[] } = {}): Grid {
  const quarters = options.quarters ?? ["第1四半期", "第2四半期", "第3四半期"];
  return [
    ["2026年2月期 第3四半期 決算補足資料", "", "", "", "", "", "", "", "", ""],
    ["（単位：百万円）", "2025年2月期", "", "", "", "", "2026年2月期", "", "", ""],
    ["", "通期", "第1四半期", "第2四半期", "第3四半期", "第4四半期", "累計", ...quarters],
    ["売上高", 4600, 1000, 1100, 1200, 1300, options.ytd ?? 3580, 1050, 1210, 1320],
    ["営業利益", 500, 100, 120, 130, 150, 390, 110, 130, 150],
  ];
}

const YTD = "2026年2月期 第3四半期累計";

describe("累計 before the quarters it adds up", () => {
  test("is this year's first three quarters: its own period, figures as written", () => {
    const a = run(databook());
    const ytd = a.dataset.periods[5];
    expect(ytd).toMatchObject({ kind: "ytd", fiscalYear: 2026, quarter: 3, label: YTD });
    // February year end: March–November 2025
    expect(ytd).toMatchObject({ start: "2025-03-01", end: "2025-11-30" });
    const revenue = a.dataset.series.find((s) => s.metric === "revenue.total");
    expect(revenue?.values[5]).toBe(3580);
    expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("the quarters after it keep their KPIs; the year to date is checked against them", () => {
    const a = run(databook());
    // 1,320 / 1,200 − 1 = 10 %; 150 / 1,320 = 11.36 %
    expect(kpi(a, "revenue.total", "2026年2月期 第3四半期", "yoy")).toBeCloseTo(0.1, 10);
    expect(kpi(a, "operating_income", "2026年2月期 第3四半期", "margin")).toBeCloseTo(
      150 / 1320,
      10
    );
    // 390 / 3,580 = 10.89 %
    expect(kpi(a, "operating_income", YTD, "margin")).toBeCloseTo(390 / 3580, 10);
  });

  test.each<{ name: string; values: Grid; cell: string; code: string; message: RegExp }>([
    {
      name: "a year to date that does not add up to the quarters after it: an error naming it",
      values: databook({ ytd: 3680 }),
      cell: "補足!G4",
      code: "fy-total-mismatch",
      message: /3,680 but its quarters add up to 3,580/,
    },
    {
      name: "quarters after it out of order: not placed, left out with a warning",
      values: databook({ quarters: ["第1四半期", "第3四半期", "第2四半期"] }),
      cell: "補足!G3",
      code: "unknown-period",
      message: /“累計” is a year-to-date column, but the quarters it adds up cannot be told/,
    },
    {
      name: "no first quarter after it: not placed, left out with a warning",
      values: databook({ quarters: ["第2四半期", "第3四半期", "第4四半期"] }),
      cell: "補足!G3",
      code: "unknown-period",
      message: /left out/,
    },
  ])("$name", ({ values, cell, code, message }) => {
    const a = run(values);
    const issue = a.issues.find((i) => i.code === code && i.cell === cell);
    expect(issue?.message).toMatch(message);
    if (code === "unknown-period") {
      expect(a.dataset.periods.some((p) => p.kind === "ytd")).toBe(false);
      expect(a.dataset.series[0]?.values).not.toContain(3580);
    }
  });

  test("written in one row (2026年2月期 累計, then the quarters in full): the same period", () => {
    const a = run([
      ["（単位：百万円）", "2026年2月期 累計", "2026年2月期 第1四半期", "2026年2月期 第2四半期"],
      ["売上高", 2260, 1050, 1210],
    ]);
    expect(a.dataset.periods.map((p) => [p.kind, p.quarter])).toEqual([
      ["ytd", 2],
      ["quarter", 1],
      ["quarter", 2],
    ]);
    expect(a.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

describe("property: 累計 before or after its quarters reads as the same periods and figures", () => {
  const quarters = ["第1四半期", "第2四半期", "第3四半期"];
  test("whatever the figures and the number of quarters (two or three)", () => {
    fc.assert(
      fc.property(
        // a first-quarter 累計 is the first quarter itself: two quarters or three
        fc.integer({ min: 2, max: 3 }),
        // figures that cannot pass for a year (1900–2199) or an Excel date (18,264 = 1 January 1950 and on): a
        // short table of such numbers is another question, that of the layout
        fc.array(fc.integer({ min: 2_200, max: 6_000 }), { minLength: 3, maxLength: 3 }),
        (n, figures) => {
          const qs = quarters.slice(0, n);
          const fs = figures.slice(0, n);
          const sum = fs.reduce((s, f) => s + f, 0);
          const blanks = (k: number): CellValue[] => new Array<CellValue>(k).fill("");
          const before = run([
            ["", "2026年2月期", ...blanks(n)],
            ["（単位：百万円）", "累計", ...qs],
            ["売上高", sum, ...fs],
            ["営業利益", 10 * n, ...qs.map(() => 10)],
          ]);
          const after = run([
            ["", "2026年2月期", ...blanks(n)],
            ["（単位：百万円）", ...qs, "累計"],
            ["売上高", ...fs, sum],
            ["営業利益", ...qs.map(() => 10), 10 * n],
          ]);
          const byKey = (a: Analysis) =>
            a.dataset.periods
              .map((p, i) => [p.kind, p.start, p.end, a.dataset.series[0]?.values[i]] as const)
              .sort((x, y) => `${x[1]}${x[2]}${x[0]}`.localeCompare(`${y[1]}${y[2]}${y[0]}`));
          expect(byKey(before)).toEqual(byKey(after));
          expect(before.dataset.periods[0]?.kind).toBe("ytd");
          expect(before.dataset.series[0]?.values[0]).toBe(sum);
          expect(before.issues.filter((i) => i.severity !== "info")).toEqual([]);
        }
      ),
      { numRuns: 25 }
    );
  });
});
