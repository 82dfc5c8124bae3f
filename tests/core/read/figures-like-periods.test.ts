/**
 * Figures that look like years (1950–2100) or Excel date serials (40,000–50,000) are figures: they never turn a
 * table with text period headers around, and a number is a period label only in a header position, consistent
 * with its neighbours (years) or formatted as a date (serials). Expected figures are the grids' own cells.
 */
import fc from "fast-check";
import { readRange } from "../../../src/core/read";
import type { Dataset } from "../../../src/core/read/types";
import type { CellValue, Grid, SourceRange } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { consistentYears, isDateFormat } from "../../../src/core/read/layout-labels";

const METRICS = [
  "Revenue",
  "Cost of revenue",
  "Gross profit",
  "Operating expenses",
  "Operating income",
  "Net income",
];
const QUARTERS = ["1Q24", "2Q24", "3Q24", "4Q24", "1Q25", "2Q25", "3Q25", "4Q25"];
const IDS = [
  "revenue.total",
  "cost.total",
  "gross_profit",
  "opex",
  "operating_income",
  "net_income",
];

function range(values: Grid, numberFormats?: string[][]): SourceRange {
  return numberFormats
    ? { sheet: "Pack", topLeft: "A1", values, numberFormats }
    : { sheet: "Pack", topLeft: "A1", values };
}

/** A wide table: "(USD mn)" and the quarters across, one metric a row. */
function wide(figures: number[][], quarters = QUARTERS.slice(0, figures[0]?.length ?? 0)): Grid {
  return [
    ["(USD mn)", ...quarters],
    ...figures.map((row, i) => [METRICS[i] ?? `Line ${i}`, ...row]),
  ];
}

/** The same table with the quarters down the first column (tall). */
function tall(figures: number[][], quarters = QUARTERS.slice(0, figures[0]?.length ?? 0)): Grid {
  const head: CellValue[] = ["(USD mn)", ...figures.map((_, i) => METRICS[i] ?? `Line ${i}`)];
  return [head, ...quarters.map((q, j) => [q, ...figures.map((row) => row[j] ?? 0)])];
}

/** Number formats of a grid: text cells General, numbers the given format. */
function formats(values: Grid, numbers: string): string[][] {
  return values.map((row) => row.map((v) => (typeof v === "number" ? numbers : "General")));
}

function seriesOf(ds: Dataset): Record<string, (number | null)[]> {
  return Object.fromEntries(ds.series.map((s) => [s.metric, s.values]));
}

function expected(figures: number[][]): Record<string, number[]> {
  return Object.fromEntries(figures.map((row, i) => [IDS[i] ?? "", row]));
}

const YEARS_ALL: number[][] = [
  [2050, 2064, 2071, 2085],
  [1000, 1100, 1200, 1300],
  [1050, 964, 871, 785],
  [1951, 1952, 1953, 1999],
  [1960, 1980, 1990, 2000],
  [1970, 1972, 1973, 1989],
];
/** Every figure a year, and the first column of figures consecutive years (2020, 2021, 2022…). */
const YEARS_CONSECUTIVE: number[][] = [
  [2020, 2031, 2042, 2053, 2064],
  [2021, 2030, 2040, 2050, 2060],
  [2022, 2001, 2002, 2003, 2004],
  [2023, 2029, 2035, 2041, 2047],
  [2024, 1999, 1998, 1997, 1996],
];
const SERIALS: number[][] = [
  [45000, 45100, 45200, 45300, 45400, 45500],
  [41000, 42000, 43000, 44000, 44500, 44900],
  [40000, 40200, 40300, 40400, 40500, 40600],
  [40101, 40201, 40301, 40401, 40501, 40601],
  [41002, 42002, 43002, 44002, 44502, 44902],
];
/** Six metrics over four quarters, every figure a serial of a different month. */
const SERIALS_TALL_ONES: number[][] = [
  [45000, 45100, 45200, 45300],
  [41000, 42000, 43000, 44000],
  [40000, 40200, 40300, 40400],
  [40101, 40201, 40301, 40401],
  [41062, 42062, 43062, 44062],
  [40163, 40263, 40363, 40463],
];
/** Three metrics over eight quarters, some figures years, others not. */
const SOME_YEARS: number[][] = [
  [1950, 120, 2031, 140, 2100, 160, 1999, 180],
  [12, 2024, 14, 2026, 16, 1977, 18, 19],
  [2003, 2013, 2023, 2033, 2043, 2053, 2063, 2073],
];

describe("figures that look like years or dates in a table with text period headers", () => {
  test.each<{ name: string; grid: Grid; figures: number[][]; quarters: number; layout: string }>([
    {
      name: "6 metrics × 4 quarters, years",
      grid: wide(YEARS_ALL),
      figures: YEARS_ALL,
      quarters: 4,
      layout: "wide",
    },
    {
      name: "5 × 5, first figures consecutive years",
      grid: wide(YEARS_CONSECUTIVE),
      figures: YEARS_CONSECUTIVE,
      quarters: 5,
      layout: "wide",
    },
    {
      name: "5 × 6, date serials",
      grid: wide(SERIALS),
      figures: SERIALS,
      quarters: 6,
      layout: "wide",
    },
    {
      name: "6 × 4, date serials",
      grid: wide(SERIALS_TALL_ONES),
      figures: SERIALS_TALL_ONES,
      quarters: 4,
      layout: "wide",
    },
    {
      name: "3 × 8, some years",
      grid: wide(SOME_YEARS),
      figures: SOME_YEARS,
      quarters: 8,
      layout: "wide",
    },
    {
      name: "tall: 4 quarters × 6 metrics, years",
      grid: tall(YEARS_ALL),
      figures: YEARS_ALL,
      quarters: 4,
      layout: "tall",
    },
    {
      name: "tall: 5 quarters × 5 metrics, first figures consecutive years",
      grid: tall(YEARS_CONSECUTIVE),
      figures: YEARS_CONSECUTIVE,
      quarters: 5,
      layout: "tall",
    },
    {
      name: "tall: 6 quarters × 5 metrics, serials",
      grid: tall(SERIALS),
      figures: SERIALS,
      quarters: 6,
      layout: "tall",
    },
  ])(
    "$name: the quarters are the periods, every figure under its own label",
    ({ grid, figures, quarters, layout }) => {
      const { dataset, noFigures } = readRange(range(grid), DEFAULT_SETTINGS);
      expect(noFigures).toBeUndefined();
      expect(dataset.layout).toBe(layout);
      expect(dataset.periods.map((p) => p.label)).toEqual(QUARTERS.slice(0, quarters));
      expect(seriesOf(dataset)).toEqual(expected(figures));
    }
  );

  test.each([
    ["wide", wide(SERIALS_TALL_ONES), SERIALS_TALL_ONES],
    ["tall", tall(SERIALS), SERIALS],
  ] as const)("serials formatted as numbers (#,##0) are figures: %s", (layout, grid, figures) => {
    const { dataset } = readRange(range(grid, formats(grid, "#,##0")), DEFAULT_SETTINGS);
    expect(dataset.layout).toBe(layout);
    expect(dataset.periods.map((p) => p.label)).toEqual(QUARTERS.slice(0, figures[0]?.length));
    expect(seriesOf(dataset)).toEqual(expected(figures));
  });
});

describe("numbers that are period labels stay so", () => {
  test("years written as numbers down the first column (tall), figures that look like years beside them", () => {
    const grid: Grid = [
      ["Year", "Revenue", "Operating income"],
      [2021, 2050, 1990],
      [2022, 2064, 1995],
      [2023, 2071, 2001],
      [2024, 2085, 2010],
    ];
    const { dataset } = readRange(range(grid), DEFAULT_SETTINGS);
    expect(dataset.layout).toBe("tall");
    expect(dataset.periods.map((p) => p.label)).toEqual(["2021", "2022", "2023", "2024"]);
    expect(seriesOf(dataset)).toEqual({
      "revenue.total": [2050, 2064, 2071, 2085],
      operating_income: [1990, 1995, 2001, 2010],
    });
  });

  test("years written as numbers across the header row (wide), five metrics of year-like figures", () => {
    const figures = YEARS_ALL.slice(0, 5).map((r) => r.slice(0, 3));
    const grid: Grid = [
      ["(USD mn)", 2023, 2024, 2025],
      ...figures.map((r, i) => [METRICS[i] ?? "", ...r]),
    ];
    const { dataset } = readRange(range(grid), DEFAULT_SETTINGS);
    expect(dataset.layout).toBe("wide");
    expect(dataset.periods.map((p) => p.label)).toEqual(["2023", "2024", "2025"]);
    expect(seriesOf(dataset)).toEqual(expected(figures));
  });

  test("quarter-end dates as serials formatted as dates down the first column are periods", () => {
    // 45382 = 2024-03-31, 45473 = 2024-06-30, 45565 = 2024-09-30, 45657 = 2024-12-31
    const grid: Grid = [
      ["Quarter ended", "Revenue", "Net income"],
      [45382, 45000, 41000],
      [45473, 45100, 41100],
      [45565, 45200, 41200],
      [45657, 45300, 41300],
    ];
    const f = grid.map((row) =>
      row.map((v, c) => (typeof v !== "number" ? "General" : c === 0 ? "m/d/yyyy" : "#,##0"))
    );
    const { dataset } = readRange(range(grid, f), DEFAULT_SETTINGS);
    expect(dataset.layout).toBe("tall");
    expect(dataset.periods.map((p) => p.end)).toEqual([
      "2024-03-31",
      "2024-06-30",
      "2024-09-30",
      "2024-12-31",
    ]);
    expect(seriesOf(dataset)["revenue.total"]).toEqual([45000, 45100, 45200, 45300]);
  });

  test("the same serials formatted as numbers are no periods: nothing is read, no figure is guessed", () => {
    const grid: Grid = [
      ["", "Revenue", "Net income"],
      [45382, 45000, 41000],
      [45473, 45100, 41100],
      [45565, 45200, 41200],
    ];
    const { dataset, noFigures } = readRange(range(grid, formats(grid, "#,##0")), DEFAULT_SETTINGS);
    expect(dataset.series).toEqual([]);
    expect(noFigures?.code).toBe("no-figures");
  });

  test("years both across the top row and down the first column: left unread, the two headers named", () => {
    const grid: Grid = [
      ["", 2023, 2024, 2025],
      [2021, 100, 110, 120],
      [2022, 105, 115, 125],
      [2023, 108, 118, 128],
    ];
    const { dataset, noFigures } = readRange(range(grid), DEFAULT_SETTINGS);
    expect(dataset.series).toEqual([]);
    expect(noFigures?.message).toContain("B1:D1");
    expect(noFigures?.message).toContain("A2:A4");
  });
});

describe("when numbers are period labels", () => {
  test.each<[number[], boolean]>([
    [[2021, 2022, 2023], true],
    [[2025, 2024, 2023, 2022], true],
    [[2020, 2025, 2030], true],
    [[2024, 2023, 2024, 2023], true], // three months, then six months: this year and last
    [[2023, 2023, 2024, 2024], true], // a long table's year column
    [[2024], true],
    [[2050, 2064, 2071, 2085], false],
    [[1960, 1980, 1990, 2000], false],
    [[2021, 2023, 2022], false],
    [[1960, 2010], false],
    [[2021, 2022, 2021, 2023], false],
  ])("years %j consistent: %s", (years, ok) => {
    expect(consistentYears(years)).toBe(ok);
  });

  test.each<[string, boolean]>([
    ["m/d/yyyy", true],
    ["mmm-yy", true],
    ["[$-409]d-mmm-yyyy;@", true],
    ['yyyy"年"m"月"', true],
    ["General", false],
    ["#,##0", false],
    ["#,##0.0_);(#,##0.0)", false],
    ["0.0%", false],
    ['#,##0 "days"', false],
  ])("format %s shows a date: %s", (format, date) => {
    expect(isDateFormat(format)).toBe(date);
  });
});

describe("property: figures never become periods", () => {
  const yearLike = fc.oneof(
    fc.integer({ min: 1900, max: 2100 }),
    fc.integer({ min: 40000, max: 50000 })
  );
  const plain = fc.integer({ min: 1, max: 999 });
  test("a wide table with text quarter headers: the periods are the header's labels, the figures the cells", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 6 }),
        fc.integer({ min: 4, max: 8 }),
        fc.array(fc.array(fc.oneof(yearLike, plain), { minLength: 8, maxLength: 8 }), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.boolean(),
        (metrics, quarters, draws, asTall) => {
          const figures = draws.slice(0, metrics).map((r) => r.slice(0, quarters));
          const grid = asTall ? tall(figures) : wide(figures);
          const { dataset, noFigures } = readRange(range(grid), DEFAULT_SETTINGS);
          expect(noFigures).toBeUndefined();
          expect(dataset.layout).toBe(asTall ? "tall" : "wide");
          expect(dataset.periods.map((p) => p.label)).toEqual(QUARTERS.slice(0, quarters));
          expect(seriesOf(dataset)).toEqual(expected(figures));
        }
      ),
      { numRuns: 150 }
    );
  });
});
