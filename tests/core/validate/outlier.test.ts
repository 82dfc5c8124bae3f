import fc from "fast-check";
import { changeScores, median } from "../../../src/core/validate/outlier";

describe("median", () => {
  const cases: [string, number[], number][] = [
    ["none", [], 0],
    ["one", [7], 7],
    ["odd count, unsorted", [5, 1, 3], 3],
    ["even count: mean of the two middle values", [4, 1, 3, 2], 2.5],
    ["duplicates", [2, 2, 2, 9], 2],
    ["negatives", [-10, -2, -30], -10],
    ["decimals", [0.5, 0.25, 0.75, 0.125], 0.375],
  ];
  test.each(cases)("%s", (_name, xs, expected) => {
    expect(median(xs)).toBe(expected);
  });

  test("equals the middle of the sorted list (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1 }),
        (xs) => {
          const s = [...xs].sort((a, b) => a - b);
          const mid = Math.floor(s.length / 2);
          const expected = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
          // 0 and −0 compare equal and sort in either order: compare as numbers, not by Object.is
          expect(median(xs) + 0).toBe(expected + 0);
        }
      )
    );
  });
});

describe("change scores", () => {
  test("a spike scores far above steady changes", () => {
    // changes: +1 +1 +1 +97 −97 +1 +1 → median change 1, MAD 0, floor 5 % of median |value| (≈ 5.15)
    const z = changeScores([100, 101, 102, 103, 200, 103, 104, 105]);
    expect(z).toHaveLength(7);
    expect(z[0]).toBe(0);
    expect(z[3]).toBeGreaterThan(8);
    expect(z[4]).toBeGreaterThan(8);
  });

  test("all zero when a change is not finite", () => {
    expect(changeScores([1, Number.MAX_VALUE, -Number.MAX_VALUE])).toEqual([0, 0]);
  });
});
