/**
 * A Japanese 決算補足資料 (year ends February): the fiscal year written once, in a merged cell, over its quarters,
 * with a full-year column (通期), a year-to-date column (累計) and the company's forecast (通期予想). Read end to end
 * with `analyse`; every expected figure below is worked out by hand from the grid.
 */
import fc from "fast-check";
import { analyse } from "../../../src/core/analyse";
import type { CellValue } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";

const NOW = new Date("2026-01-15T00:00:00Z");

/** Merged cells hold their text in the top-left cell only: the other cells of the merge are "". */
function databook(
  options: { ytdRevenue?: number; yearHeader?: [string, string] } = {}
): CellValue[][] {
  const [fy25, fy26] = options.yearHeader ?? ["2025年2月期", "2026年2月期"];
  return [
    ["2026年2月期 第3四半期 決算補足資料", "", "", "", "", "", "", "", "", "", ""],
    ["（単位：百万円）", fy25, "", "", "", "", fy26, "", "", "", ""],
    [
      "",
      "第1四半期",
      "第2四半期",
      "第3四半期",
      "第4四半期",
      "通期",
      "第1四半期",
      "第2四半期",
      "第3四半期",
      "累計",
      "通期予想",
    ],
    ["売上高", 1000, 1100, 1200, 1300, 4600, 1050, 1210, 1320, options.ytdRevenue ?? 3580, 5000],
    ["営業利益", 100, 120, 130, 150, 500, 110, 130, 150, 390, 560],
  ];
}

function run(values: CellValue[][], settings: Settings = DEFAULT_SETTINGS) {
  const a = analyse({ sheet: "補足", topLeft: "A1", values }, settings, NOW);
  const kpi = (metric: string, period: string, kind: string) =>
    a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind);
  return { a, kpi };
}

describe("a year in a merged cell over its quarters, with 累計 and 通期予想", () => {
  const { a, kpi } = run(databook());
  const Q3 = "2026年2月期 第3四半期";

  test("the periods are the quarters, the full year and the year to date; the forecast is not one", () => {
    expect(a.dataset.periods.map((p) => [p.kind, p.fiscalYear, p.quarter ?? null])).toEqual([
      ["quarter", 2025, 1],
      ["quarter", 2025, 2],
      ["quarter", 2025, 3],
      ["quarter", 2025, 4],
      ["year", 2025, null],
      ["quarter", 2026, 1],
      ["quarter", 2026, 2],
      ["quarter", 2026, 3],
      ["ytd", 2026, 3],
    ]);
    // a February year end: the third quarter of the year ending February 2026 is September–November 2025
    expect(a.dataset.calendar.endMonth).toBe(2);
    expect(a.dataset.periods[7]).toMatchObject({ start: "2025-09-01", end: "2025-11-30" });
    expect(a.dataset.periods[8]).toMatchObject({ start: "2025-03-01", end: "2025-11-30" });
  });

  test("the forecast figures are never actuals", () => {
    const revenue = a.dataset.series.find((s) => s.metric === "revenue.total");
    expect(revenue?.values).toEqual([1000, 1100, 1200, 1300, 4600, 1050, 1210, 1320, 3580]);
    expect(revenue?.unit.currency).toBe("JPY");
    expect(a.issues).toContainEqual(
      expect.objectContaining({ severity: "info", code: "forecast-column", cell: "補足!K3" })
    );
  });

  test("the latest quarter's growth and margin, by hand", () => {
    // 1,320 / 1,200 − 1 = 10.0 %; 1,320 / 1,210 − 1 = 9.09 %; 150 / 1,320 = 11.36 %
    expect(kpi("revenue.total", Q3, "yoy")?.value).toBeCloseTo(0.1, 10);
    expect(kpi("revenue.total", Q3, "qoq")?.value).toBeCloseTo(1320 / 1210 - 1, 10);
    expect(kpi("operating_income", Q3, "margin")?.value).toBeCloseTo(150 / 1320, 10);
    // 150 / 130 − 1 = 15.4 %
    expect(kpi("operating_income", Q3, "yoy")?.value).toBeCloseTo(150 / 130 - 1, 10);
  });

  test("the 通期予想 column is the year's guidance: implied growth on the last full year", () => {
    // 5,000 / 4,600 − 1 = 8.70 %; 560 / 500 − 1 = 12.0 %
    expect(a.dataset.guidance).toEqual([
      { period: "2026年2月期", metric: "revenue.total", low: 5000, high: 5000 },
      { period: "2026年2月期", metric: "operating_income", low: 560, high: 560 },
    ]);
    expect(kpi("revenue.total", "2026年2月期", "guidance")?.value).toBeCloseTo(5000 / 4600 - 1, 10);
    expect(kpi("operating_income", "2026年2月期", "guidance")?.value).toBeCloseTo(0.12, 10);
  });

  test("the quarters, the year and the year to date agree: no total issue", () => {
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("guidance in the settings wins over the input's forecast for the same period", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      guidance: [{ period: "2026年2月期", metric: "revenue.total", low: 4800, high: 5200 }],
    };
    const { kpi: k } = run(databook(), settings);
    // mid-point 5,000 either way; the settings' range is the one shown
    expect(k("revenue.total", "2026年2月期", "guidance")?.value).toBeCloseTo(5000 / 4600 - 1, 10);
    const { a: b } = run(databook(), settings);
    expect(b.highlights.join(" ")).toMatch(/4,?800|4\.8/);
  });
});

describe("the same data book with other headers", () => {
  test.each<[string, [string, string]]>([
    ["years with 実績 / 予想 notes", ["2025年2月期（実績）", "2026年2月期"]],
    ["years by month of their end, two digits", ["25/2期", "26/2期"]],
  ])("%s", (_name, yearHeader) => {
    const { a, kpi } = run(databook({ yearHeader }));
    expect(a.dataset.periods).toHaveLength(9);
    const q3 = a.dataset.periods[7]?.label ?? "";
    expect(kpi("revenue.total", q3, "yoy")?.value).toBeCloseTo(0.1, 10);
  });

  test("the year merged down over two rows (a blank row above the quarters): the same quarters, never the year", () => {
    const values = databook();
    values.splice(2, 0, values[2]?.map(() => "") ?? []);
    const { a, kpi } = run(values);
    expect(a.dataset.periods.map((p) => p.kind)).toEqual([
      "quarter",
      "quarter",
      "quarter",
      "quarter",
      "year",
      "quarter",
      "quarter",
      "quarter",
      "ytd",
    ]);
    expect(a.dataset.series[0]?.values[4]).toBe(4600);
    expect(kpi("revenue.total", "2026年2月期 第3四半期", "yoy")?.value).toBeCloseTo(0.1, 10);
  });

  test("periods down the rows: the year merged down column A over the quarters in column B", () => {
    const flat = databook();
    const width = flat[3]?.length ?? 0;
    // transposed: rows become columns (the title and unit note stay in the first row)
    const tall: CellValue[][] = Array.from({ length: width }, (_, c) =>
      [1, 2, 3, 4].map((r) => flat[r]?.[c] ?? "")
    );
    const { a, kpi } = run(tall);
    expect(a.dataset.layout).toBe("tall");
    expect(a.dataset.periods.map((p) => p.kind)).toEqual([
      "quarter",
      "quarter",
      "quarter",
      "quarter",
      "year",
      "quarter",
      "quarter",
      "quarter",
      "ytd",
    ]);
    expect(a.dataset.series[0]?.values).toEqual([
      1000, 1100, 1200, 1300, 4600, 1050, 1210, 1320, 3580,
    ]);
    expect(kpi("revenue.total", "2026年2月期 第3四半期", "yoy")?.value).toBeCloseTo(0.1, 10);
    expect(a.issues).toContainEqual(
      expect.objectContaining({ code: "forecast-column", cell: "補足!B11" })
    );
  });

  test("a year-to-date column that does not add up to its quarters is an error naming its cell", () => {
    const { a } = run(databook({ ytdRevenue: 3680 }));
    const issue = a.issues.find((i) => i.code === "fy-total-mismatch");
    expect(issue).toMatchObject({ severity: "error", cell: "補足!J4" });
    expect(issue?.message).toMatch(/3,?680/);
  });
});

describe("property: a year over its quarters reads as the quarters written in full", () => {
  const quarters = ["第1四半期", "第2四半期", "第3四半期", "第4四半期"];
  test("same periods and figures, whatever the figures and blank rows under the merged year", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 2 }),
        (figures, blankRows) => {
          const merged: CellValue[][] = [
            ["", "2025年2月期", "", "", "", "2026年2月期", "", "", ""],
            ...Array.from({ length: blankRows }, () => Array<CellValue>(9).fill("")),
            ["", ...quarters, ...quarters],
            ["売上高", ...figures],
          ];
          const flat: CellValue[][] = [
            [
              "",
              ...quarters.map((q) => `2025年2月期 ${q}`),
              ...quarters.map((q) => `2026年2月期 ${q}`),
            ],
            ["売上高", ...figures],
          ];
          const a = run(merged).a.dataset;
          const b = run(flat).a.dataset;
          expect(a.periods.map((p) => [p.kind, p.start, p.end])).toEqual(
            b.periods.map((p) => [p.kind, p.start, p.end])
          );
          expect(a.series[0]?.values).toEqual(b.series[0]?.values);
          expect(a.series[0]?.values).toEqual(figures);
        }
      ),
      { numRuns: 25 }
    );
  });
});
