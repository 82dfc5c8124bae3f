import { lineCells, withLazyCells } from "../../../src/core/read/cells";
import type { CellRef } from "../../../src/core/grid/types";

const FIRST: CellRef = { sheet: "Figures", row: 6, col: 0 };

describe("a line's cells", () => {
  const cases: [string, boolean, number[], CellRef[]][] = [
    [
      "across a wide range: same row, the period columns",
      false,
      [3, 4, 7],
      [
        { sheet: "Figures", row: 6, col: 3 },
        { sheet: "Figures", row: 6, col: 4 },
        { sheet: "Figures", row: 6, col: 7 },
      ],
    ],
    [
      "down a tall range read transposed: same column, the period rows",
      true,
      [1, 2],
      [
        { sheet: "Figures", row: 7, col: 0 },
        { sheet: "Figures", row: 8, col: 0 },
      ],
    ],
    ["no periods, no cells", false, [], []],
  ];
  test.each(cases)("%s", (_name, transposed, columns, expected) => {
    expect(lineCells(FIRST, transposed, columns)()).toEqual(expected);
  });
});

describe("a series with cells built on first read", () => {
  const fields = {
    metric: "revenue.total",
    label: "Total revenues",
    nature: "flow" as const,
    unit: { scale: 1e6, label: "JPY mn", currency: "JPY" },
    values: [1, 2],
    factor: 1,
  };

  test("builds them once, when read, and keeps the same references", () => {
    let builds = 0;
    const s = withLazyCells(fields, () => {
      builds++;
      return lineCells(FIRST, false, [3, 4])();
    });
    expect(builds).toBe(0);
    const first = s.cells;
    expect(s.cells).toBe(first);
    expect(first[1]).toEqual({ sheet: "Figures", row: 6, col: 4 });
    expect(builds).toBe(1);
  });

  test("reads like a plain series: spread, JSON and assignment", () => {
    const s = withLazyCells({ ...fields, parent: "revenue.x" }, lineCells(FIRST, false, [3]));
    expect({ ...s }).toEqual({
      ...fields,
      parent: "revenue.x",
      cells: [{ sheet: "Figures", row: 6, col: 3 }],
    });
    expect(JSON.parse(JSON.stringify(s)).cells).toEqual([{ sheet: "Figures", row: 6, col: 3 }]);
    s.cells = [null];
    expect(s.cells).toEqual([null]);
  });
});
