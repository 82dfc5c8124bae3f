/** Period headers written over two rows, as statements print them, read as one header. */
import { kpiPeriods } from "../../../src/core/compute";
import { readRange } from "../../../src/core/read";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { CellValue, Grid } from "../../../src/core/grid/types";

const settings = { ...DEFAULT_SETTINGS, reportingCurrency: "USD" };

function read(values: Grid) {
  const { dataset, issues } = readRange({ sheet: "IS", topLeft: "A1", values }, settings);
  const revenue = dataset.series.find((s) => s.metric === "revenue.total");
  return { dataset, issues, labels: dataset.periods.map((p) => p.label), revenue };
}

const layouts: [string, CellValue[][], string[], string[]][] = [
  [
    "'Three Months Ended June 30,' over the years (merged: text in its first cell)",
    [
      ["", "Three Months Ended June 30,", "", "Six Months Ended June 30,", ""],
      ["", 2024, 2023, 2024, 2023],
      ["Total revenues", 1210, 1100, 2300, 2000],
    ],
    [
      "Three Months Ended June 30, 2024",
      "Three Months Ended June 30, 2023",
      "Six Months Ended June 30, 2024",
      "Six Months Ended June 30, 2023",
    ],
    ["quarter", "quarter", "half", "half"],
  ],
  [
    "'Three Months Ended' over the dates",
    [
      ["", "Three Months Ended", ""],
      ["", "March 31, 2024", "March 31, 2023"],
      ["Total revenues", 1100, 1000],
    ],
    ["Three Months Ended March 31, 2024", "Three Months Ended March 31, 2023"],
    ["quarter", "quarter"],
  ],
  [
    "a fiscal year over its quarters",
    [
      ["", "FY2024", "", "", ""],
      ["", "Q1", "Q2", "Q3", "Q4"],
      ["Total revenues", 100, 110, 120, 130],
    ],
    ["FY2024 Q1", "FY2024 Q2", "FY2024 Q3", "FY2024 Q4"],
    ["quarter", "quarter", "quarter", "quarter"],
  ],
  [
    "a Japanese fiscal year over its quarters",
    [
      ["", "2025年3月期", "", ""],
      ["", "第1四半期", "第2四半期", "第3四半期"],
      ["売上高", 100, 110, 120],
    ],
    ["2025年3月期 第1四半期", "2025年3月期 第2四半期", "2025年3月期 第3四半期"],
    ["quarter", "quarter", "quarter"],
  ],
];

describe("two-row period headers", () => {
  test.each(layouts)("%s", (_name, values, labels, kinds) => {
    const r = read(values);
    expect(r.labels).toEqual(labels);
    expect(r.dataset.periods.map((p) => p.kind)).toEqual(kinds);
    expect(r.revenue?.values).toEqual((values[2] as CellValue[]).slice(1));
    // the figures keep their own cells: row 3
    expect(r.revenue?.cells[0]).toMatchObject({ sheet: "IS", row: 2, col: 1 });
  });

  test("'Year Ended' over month-end dates: years, not the quarters those dates close", () => {
    const r = read([
      ["", "Year Ended", ""],
      ["", "December 31, 2023", "December 31, 2022"],
      ["Total revenues", 4400, 4000],
    ]);
    expect(r.dataset.periods.map((p) => [p.kind, p.fiscalYear])).toEqual([
      ["year", 2023],
      ["year", 2022],
    ]);
  });

  test("fiscal years over their quarters, the years also being period labels: the joined row is the header", () => {
    const r = read([
      ["（単位：百万円）", "", "", ""],
      ["", "2023年3月期", "", "2024年3月期"],
      ["", "第3四半期", "第4四半期", "第1四半期"],
      ["売上高", 66100, 71200, 66800],
    ]);
    expect(r.labels).toEqual([
      "2023年3月期 第3四半期",
      "2023年3月期 第4四半期",
      "2024年3月期 第1四半期",
    ]);
    expect(r.revenue?.values).toEqual([66100, 71200, 66800]);
    expect(r.dataset.money).toMatchObject({ currency: "JPY", scale: 1e6 });
  });

  test.each([
    [
      "Japanese",
      "2024年3月期",
      ["第1四半期", "第2四半期", "第3四半期", "第4四半期"],
      "2024年3月期",
    ],
    ["fiscal year first", "FY2024", ["Q1", "Q2", "Q3", "Q4"], "FY2024"],
  ])(
    "the fiscal year of four %s quarters is labelled in their style",
    (_name, year, quarters, label) => {
      const r = read([
        ["", year, "", "", ""],
        ["", ...quarters],
        ["Total revenues", 100, 110, 120, 130],
      ]);
      const derived = kpiPeriods(r.dataset).filter((p) => p.kind === "year");
      expect(derived.map((p) => p.label)).toEqual([label]);
    }
  );

  test("a one-row header under a title is read as before", () => {
    const r = read([
      ["Consolidated results (USD millions)", "", ""],
      ["", "1Q24", "2Q24"],
      ["Total revenues", 100, 110],
    ]);
    expect(r.labels).toEqual(["1Q24", "2Q24"]);
  });

  test("growth across the joined labels: the quarter a year earlier", () => {
    const { dataset } = readRange(
      { sheet: "IS", topLeft: "A1", values: layouts[0]?.[1] as Grid },
      settings
    );
    const [q24, q23] = dataset.periods;
    expect(q24?.fiscalYear).toBe(2024);
    expect(q23?.fiscalYear).toBe(2023);
    expect(q24?.quarter).toBe(q23?.quarter);
  });
});
