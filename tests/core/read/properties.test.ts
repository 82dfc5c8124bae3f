import fc from "fast-check";
import { readRange } from "../../../src/core/read";
import { parseCellAddress, splitSheetPrefix } from "../../../src/core/grid";
import type { CellValue } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    "",
    "1Q00",
    "4Q01",
    "FY3/02",
    "FY2001",
    "Q4 FY2001",
    "1H17",
    "1Q-3Q19",
    "2002年3月期",
    "2023-03-31",
    "Revenue",
    "Total revenues",
    "  of which backbone costs",
    "Revenues:",
    "JPY mn",
    "contracts",
    "(JPY in millions)",
    "#N/A",
    "#REF!",
    "1,234",
    "(394)",
    "△394",
    "12.1%",
    "—",
    "n/a",
    "1,2O0",
    "Date",
    "Account",
    "Amount",
    "Segment",
    "Period",
    "Unit"
  ),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.string({ maxLength: 8 })
);

const grid = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    })
  );

const topLeft = fc.constantFrom("A1", "B3", "AA100", "C5");
const sheet = fc.constantFrom("Figures", "Q4 pack", "Bob's");

describe("readRange on any grid", () => {
  test("never throws, never yields NaN or Infinity, and every issue's cell lies inside the range", () => {
    fc.assert(
      fc.property(grid, topLeft, sheet, (values, tl, sh) => {
        const { dataset, issues } = readRange({ sheet: sh, topLeft: tl, values }, DEFAULT_SETTINGS);
        for (const s of dataset.series) {
          expect(s.values).toHaveLength(dataset.periods.length);
          for (const v of s.values) if (v !== null) expect(Number.isFinite(v)).toBe(true);
          expect(Number.isFinite(s.factor)).toBe(true);
        }
        const origin = parseCellAddress(tl);
        if (!origin) throw new Error("bad test origin");
        const width = Math.max(0, ...values.map((r) => r.length));
        for (const issue of issues) {
          if (issue.cell === undefined) continue;
          const split = splitSheetPrefix(issue.cell);
          expect(split?.sheet).toBe(sh);
          const pos = parseCellAddress(split?.rest ?? "");
          expect(pos).not.toBeNull();
          const r = (pos?.row ?? -1) - origin.row;
          const c = (pos?.col ?? -1) - origin.col;
          expect(r >= 0 && r < values.length && c >= 0 && c < width).toBe(true);
        }
      }),
      { numRuns: 400 }
    );
  });

  test("every cell reference of a series lies inside the range", () => {
    fc.assert(
      fc.property(grid, (values) => {
        const { dataset } = readRange({ sheet: "S", topLeft: "B2", values }, DEFAULT_SETTINGS);
        const width = Math.max(0, ...values.map((r) => r.length));
        for (const s of dataset.series)
          for (const ref of s.cells) {
            if (!ref) continue;
            expect(ref.row - 1).toBeGreaterThanOrEqual(0);
            expect(ref.row - 1).toBeLessThan(values.length);
            expect(ref.col - 1).toBeGreaterThanOrEqual(0);
            expect(ref.col - 1).toBeLessThan(width);
          }
      }),
      { numRuns: 300 }
    );
  });
});
