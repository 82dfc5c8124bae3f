import fc from "fast-check";
import {
  intersectRanges,
  MAX_ROWS,
  parseRangeAddress,
  rangeContains,
  rangeSize,
  sourceRangeAddress,
  type RangeAddress,
} from "../../../src/core/grid";

function r(text: string): RangeAddress {
  const range = parseRangeAddress(text);
  if (!range) throw new Error(`test range ${text} did not parse`);
  return range;
}

describe("range helpers", () => {
  test("size: A1:O40 is 40 rows by 15 columns; A:D spans every row", () => {
    expect(rangeSize(r("A1:O40"))).toEqual({ rows: 40, cols: 15 });
    expect(rangeSize(r("A:D"))).toEqual({ rows: MAX_ROWS, cols: 4 });
  });

  test.each([
    ["B2:D4", 1, 1, true],
    ["B2:D4", 3, 3, true],
    ["B2:D4", 0, 1, false],
    ["B2:D4", 1, 4, false],
    ["A:A", 1048575, 0, true],
  ])("%s contains (%i, %i): %p", (text, row, col, inside) => {
    expect(rangeContains(r(text), { row, col })).toBe(inside);
  });

  test("a cell on another sheet is not inside", () => {
    expect(rangeContains(r("Figures!A1:Z99"), { sheet: "Other", row: 0, col: 0 })).toBe(false);
    expect(rangeContains(r("Figures!A1:Z99"), { sheet: "Figures", row: 0, col: 0 })).toBe(true);
  });

  test("a full-column reference trimmed to the used range", () => {
    expect(intersectRanges(r("Figures!A:D"), r("A1:O40"))).toEqual({
      sheet: "Figures",
      top: 0,
      left: 0,
      bottom: 39,
      right: 3,
    });
    expect(intersectRanges(r("A1:B2"), r("C3:D4"))).toBeNull();
  });

  test("a source grid's range", () => {
    const values = [
      ["", "1Q01"],
      ["Total revenues", 8689],
      ["Operating income", 54],
    ];
    expect(sourceRangeAddress({ sheet: "Figures", topLeft: "C5", values })).toEqual({
      sheet: "Figures",
      top: 4,
      left: 2,
      bottom: 6,
      right: 3,
    });
    expect(sourceRangeAddress({ sheet: "Figures", topLeft: "bad", values })).toBeNull();
  });

  test("property: the intersection lies in both ranges", () => {
    const idx = fc.integer({ min: 0, max: 200 });
    const range = fc.tuple(idx, idx, idx, idx).map(([a, b, c, d]) => ({
      top: Math.min(a, b),
      bottom: Math.max(a, b),
      left: Math.min(c, d),
      right: Math.max(c, d),
    }));
    fc.assert(
      fc.property(range, range, idx, idx, (a, b, row, col) => {
        const both = intersectRanges(a, b);
        const inBoth = rangeContains(a, { row, col }) && rangeContains(b, { row, col });
        expect(both !== null && rangeContains(both, { row, col })).toBe(inBoth);
      })
    );
  });
});
