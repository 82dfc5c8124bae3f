import { detectFigures } from "../../../src/core/read";
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
