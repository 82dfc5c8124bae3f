import fc from "fast-check";
import { sparklinePath } from "../../../src/taskpane/model/sparkline";

describe("sparklinePath", () => {
  it.each([
    // values, width, height, pad → path (worked by hand: x = pad + i·(w−2·pad)/(n−1); y = pad + (h−2·pad)·(1 − (v−min)/(max−min)))
    [[0, 10], 100, 20, 0, "M0,20 L100,0"],
    [[0, 5, 10], 100, 20, 0, "M0,20 L50,10 L100,0"],
    [[10, 0], 12, 12, 2, "M2,2 L10,10"],
    [[3, 3, 3], 10, 10, 0, "M0,5 L5,5 L10,5"],
    [[1, null, 3], 20, 10, 0, "M0,10 M20,0"],
    [[7], 10, 10, 0, "M5,5"],
    [[null, null], 10, 10, 0, ""],
    [[], 10, 10, 0, ""],
  ])("%j in %ix%i (pad %i) is %j", (values, w, h, pad, expected) => {
    expect(sparklinePath(values as (number | null)[], w, h, pad)).toBe(expected);
  });

  it("never yields NaN or Infinity, whatever the numbers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double(), fc.constant(null))),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 200 }),
        (values, w, h) => {
          const path = sparklinePath(values, w, h);
          expect(path).not.toMatch(/NaN|Infinity/);
        }
      )
    );
  });

  it("keeps every point inside the box", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { minLength: 1 }),
        (values) => {
          const path = sparklinePath(values, 120, 32);
          for (const m of path.matchAll(/[ML](-?[\d.e+-]+),(-?[\d.e+-]+)/g)) {
            const x = Number(m[1]);
            const y = Number(m[2]);
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(120);
            expect(y).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(32);
          }
        }
      )
    );
  });
});
