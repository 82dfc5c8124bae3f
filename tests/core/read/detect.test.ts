import { detectFigures, detectTable } from "../../../src/core/read";
import type { Grid } from "../../../src/core/grid/types";
import { fixtureRange, seedRange } from "./grids";
import { annualThenQuarterly, stack } from "./packs";

describe("detectFigures finds the block of figures on a sheet", () => {
  test("the seed CSV is one block from A1 to the last figure", () => {
    // 27 lines (header + 26) × 13 columns (id, label, unit, 10 periods).
    expect(detectFigures(seedRange().values)).toEqual({ top: 0, left: 0, bottom: 26, right: 12 });
  });

  test("a data book: skips the title rows and the closing note", () => {
    // Header at grid row 3; last figure line at row 16; the note after a blank row is left out.
    expect(detectFigures(fixtureRange("wide-databook.json").values)).toEqual({
      top: 3,
      left: 0,
      bottom: 16,
      right: 5,
    });
  });

  test("a block away from the sheet's corner, with blank margins", () => {
    const sheet: Grid = [
      ["Company results", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      ["", "", "", "4Q00", "4Q01", ""],
      ["", "", "Revenue", 9195, 12100, ""],
      ["", "", "Operating income", 394, 186, ""],
      ["", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      ["", "", "", "", "", ""],
      ["", "Prepared by IR", "", "", "", ""],
    ];
    expect(detectFigures(sheet)).toEqual({ top: 3, left: 2, bottom: 5, right: 4 });
  });

  test("a tall block: periods down a column", () => {
    const t = fixtureRange("tall-usd.json").values;
    expect(detectFigures(t)).toEqual({ top: 1, left: 0, bottom: 5, right: 3 });
  });

  test.each<[string, Grid]>([
    ["an empty sheet", []],
    ["text only", [["Notes"], ["Nothing here"]]],
    [
      "periods without figures",
      [
        ["", "1Q00", "2Q00"],
        ["Revenue", "", ""],
      ],
    ],
  ])("null for %s", (_what, grid) => {
    expect(detectFigures(grid)).toBeNull();
  });
});

describe("detectFigures on a pack of stacked tables", () => {
  test("takes the quarterly table a few rows below the annual one", () => {
    // four blank rows between the tables: more than a gap that ends a block of figures
    const pack = annualThenQuarterly();
    const grid = stack(pack.slice(0, 4), pack.slice(6), 4);
    // annual header in row 2; quarterly title in row 9, its last line in row 12 (0-based 11); 8 columns
    expect(detectFigures(grid)).toEqual({ top: 1, left: 0, bottom: 11, right: 7 });
  });
});

/** Figures that look like years (1950–2100) or Excel dates (40,000–50,000) beside text period labels. */
const YEARS = [
  [2010, 2020, 2030, 2040, 2050],
  [1990, 1991, 1992, 1993, 1994],
  [2001, 2003, 2005, 2007, 2009],
  [1960, 1970, 1980, 1990, 2000],
];
const SERIALS = [
  [45010, 45020, 45030, 45040, 45050],
  [41990, 41991, 41992, 41993, 41994],
  [42001, 42003, 42005, 42007, 42009],
  [41960, 41970, 41980, 41990, 42000],
];
const QUARTERS = ["1Q24", "2Q24", "3Q24", "4Q24"];

/** Quarters across, four lines, and a memo column one blank column to the right. */
function wideWithMemo(figures: number[][]): Grid {
  return [
    ["(USD mn)", ...QUARTERS, "", "Memo"],
    ...figures.map((r, i) => [`Line ${i + 1}`, ...r.slice(0, 4), "", r[4] as number]),
  ];
}

/** Quarters down the side, three metrics across, and a line of figures after a blank row. */
function tallWithFootnote(figures: number[][]): Grid {
  return [
    ["(USD mn)", "Revenue", "Operating income", "Net income"],
    ...QUARTERS.map((q, i) => [q, ...(figures[i] ?? []).slice(0, 3)]),
    ["", "", "", ""],
    ["Shares outstanding (m)", 1234, "", ""],
  ];
}

const numbersAs = (grid: Grid, format: string): string[][] =>
  grid.map((row) => row.map((v) => (typeof v === "number" ? format : "General")));

describe("detect decides period labels as the reader does: figures that look like years or dates", () => {
  test.each<[string, Grid, string[][] | undefined]>([
    ["years", wideWithMemo(YEARS), undefined],
    ["date serials, format unknown", wideWithMemo(SERIALS), undefined],
    [
      "date serials formatted #,##0",
      wideWithMemo(SERIALS),
      numbersAs(wideWithMemo(SERIALS), "#,##0"),
    ],
  ])("quarters across, %s: the table with its labels, read wide", (_what, grid, formats) => {
    expect(detectTable(grid, formats)).toEqual({
      bounds: { top: 0, left: 0, bottom: 4, right: 4 },
      layout: "wide",
    });
    expect(detectFigures(grid, formats)).toEqual({ top: 0, left: 0, bottom: 4, right: 4 });
  });

  test.each<[string, Grid]>([
    ["years", tallWithFootnote(YEARS)],
    ["date serials", tallWithFootnote(SERIALS)],
  ])("quarters down the side, %s: the table with its metric names, read tall", (_what, grid) => {
    expect(detectTable(grid)).toEqual({
      bounds: { top: 0, left: 0, bottom: 4, right: 3 },
      layout: "tall",
    });
  });

  test("a list whose only numbers look like years holds no figures (the reader finds no periods)", () => {
    const stores: Grid = [
      ["Store", "Opened", "Floor area (m2)", "Staff"],
      ["Osaka", 1987, 2040, 35],
      ["Kobe", 2003, 1960, 28],
      ["Nagoya", 1995, 2075, 41],
    ];
    expect(detectFigures(stores)).toBeNull();
  });

  test("a year header over figures that are years is still a header", () => {
    const grid: Grid = [
      ["Results", "", "", ""],
      ["(USD mn)", 2022, 2023, 2024],
      ["Revenue", 2010, 2050, 1999],
      ["Operating income", 1960, 1970, 2100],
    ];
    expect(detectTable(grid)).toEqual({
      bounds: { top: 1, left: 0, bottom: 3, right: 3 },
      layout: "wide",
    });
  });
});
