/**
 * One well-formed table — text period headers, a label column, any figures (years, date serials or others) —
 * placed anywhere on a sheet, perhaps under a title: detect finds its bounds and which way it runs.
 */
import fc from "fast-check";
import { detectTable } from "../../../src/core/read";
import type { CellValue, Grid } from "../../../src/core/grid/types";

const QUARTERS = ["1Q24", "2Q24", "3Q24", "4Q24", "1Q25", "2Q25", "3Q25", "4Q25"];
const METRICS = [
  "Revenue",
  "Cost of revenue",
  "Gross profit",
  "Operating expenses",
  "Operating income",
  "Net income",
  "Capex",
  "Headcount",
];
const figure = fc.oneof(
  fc.integer({ min: 1950, max: 2100 }),
  fc.integer({ min: 40000, max: 50000 }),
  fc.integer({ min: -5000, max: 100000 }),
  fc.double({ min: -1000, max: 1000, noNaN: true })
);

interface Table {
  wide: boolean;
  quarters: number;
  metrics: number;
  top: number;
  left: number;
  title: boolean;
  figures: number[][];
}

const table: fc.Arbitrary<Table> = fc.record({
  wide: fc.boolean(),
  quarters: fc.integer({ min: 2, max: 8 }),
  metrics: fc.integer({ min: 1, max: 8 }),
  top: fc.integer({ min: 0, max: 6 }),
  left: fc.integer({ min: 0, max: 6 }),
  title: fc.boolean(),
  figures: fc.array(fc.array(figure, { minLength: 8, maxLength: 8 }), {
    minLength: 8,
    maxLength: 8,
  }),
});

/** The sheet: blank margins around the table, a title two rows above it where there is room. */
function sheetOf(t: Table): { grid: Grid; rows: number; cols: number } {
  const rows = (t.wide ? t.metrics : t.quarters) + 1;
  const cols = (t.wide ? t.quarters : t.metrics) + 1;
  const grid: Grid = Array.from({ length: t.top + rows + 2 }, () =>
    new Array<CellValue>(t.left + cols + 2).fill("")
  );
  const titleRow = grid[t.top - 2];
  if (t.title && titleRow) titleRow[t.left] = "Quarterly results";
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      const [line, at] = t.wide ? [i, j] : [j, i]; // line: metric (0 = header), at: quarter (0 = labels)
      const cell: CellValue =
        line === 0
          ? at === 0
            ? "(USD mn)"
            : (QUARTERS[at - 1] as string)
          : at === 0
            ? (METRICS[line - 1] as string)
            : (t.figures[line - 1]?.[at - 1] as number);
      (grid[t.top + i] as CellValue[])[t.left + j] = cell;
    }
  return { grid, rows, cols };
}

describe("detect on a sheet holding one table", () => {
  test("finds the table's bounds and orientation, whatever its figures", () => {
    fc.assert(
      fc.property(table, (t) => {
        const { grid, rows, cols } = sheetOf(t);
        expect(detectTable(grid)).toEqual({
          bounds: { top: t.top, left: t.left, bottom: t.top + rows - 1, right: t.left + cols - 1 },
          layout: t.wide ? "wide" : "tall",
        });
      }),
      { numRuns: 300 }
    );
  });
});
