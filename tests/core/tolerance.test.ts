/**
 * The rounding rule of every check that compares figures (src/core/tolerance.ts): half a unit of the last digit
 * each figure shows, in the common unit, summed.
 */
import fc from "fast-check";
import {
  decimalsOf,
  halfUnit,
  MAX_DECIMALS,
  seriesDecimals,
  seriesHalfUnit,
  tolerance,
  withinTolerance,
} from "../../src/core/tolerance";

describe("decimals and half units, by example", () => {
  test.each<[(number | null)[], number, number]>([
    // [figures stored in the common unit, factor, half unit of the series in the common unit]
    [[12300, 13000, null, 14100], 1000, 50], // 12.3, 13.0, 14.1 in JPY bn, in a JPY mn dataset
    [[12345, 13000], 1, 0.5],
    [[3.3, 6], 1, 0.05], // 6.0 reads 6: the series shows one decimal
    [[], 1, 0.5],
  ])("the series %p (factor %p) is rounded to ±%p", (values, factor, h) => {
    expect(seriesHalfUnit(values, factor)).toBeCloseTo(h, 12);
  });

  test.each([
    [12.3, 1],
    [12345, 0],
    [0.125, 3],
    [-7.25, 2],
    [1 / 3, MAX_DECIMALS],
  ])("%p is written with %p decimals", (v, d) => {
    expect(decimalsOf(v)).toBe(d);
  });

  test.each([
    // [decimals, factor to the common unit, half unit in the common unit]
    [1, 1000, 50], // 12.3 in JPY bn, in a JPY mn dataset
    [0, 1, 0.5], // 12,345 in JPY mn
    [0, 1000, 500], // 12 in JPY bn
    [0, 0.001, 0.0005], // 12,345 in JPY thousands, in a JPY mn dataset
    [1, 1, 0.05],
  ])("%p decimals in a unit %p times the common one: ±%p", (d, f, h) => {
    expect(halfUnit(d, f)).toBeCloseTo(h, 12);
  });

  it("reads a series' decimals from the figure that shows most, in the series' own unit", () => {
    // 12.3, 13.0 (read as 13) and 14.1 in JPY bn, stored in JPY mn
    expect(seriesDecimals([12300, 13000, null, 14100], 1000)).toBe(1);
    expect(seriesDecimals([12345, 13000], 1)).toBe(0);
    expect(seriesDecimals([], 1000)).toBe(0);
  });

  it("sums the half units of the figures compared", () => {
    // a total of 12,345 JPY mn against two segments written to one decimal in JPY bn
    expect(
      tolerance([
        { decimals: 0, factor: 1 },
        { decimals: 1, factor: 1000 },
        { decimals: 1, factor: 1000 },
      ])
    ).toBeCloseTo(100.5, 9);
  });

  test.each([
    // [a, b, tolerance, exact, agree]
    [12345, 12300, 100.5, false, true], // 7.2 + 5.1 bn against 12,345 mn
    [12345, 12000, 100.5, false, false], // off by 0.3 bn
    [5, 4, 1, false, false], // two whole numbers of one amount are equal
    [4, 4, 1, false, true],
    [0.121, 0.1215, 0.0005, true, true], // a book's 12.1% against the engine's exact 12.15%
    [0.121, 0.1216, 0.0005, true, false],
    [Infinity, 1, 10, false, false],
  ])("%p against %p within ±%p (exact %p): %p", (a, b, tol, exact, agree) => {
    expect(withinTolerance(a, b, tol, exact)).toBe(agree);
  });
});

describe("the rule's properties", () => {
  const decimals = fc.integer({ min: -3, max: MAX_DECIMALS });
  const factor = fc.constantFrom(0.001, 1, 1000, 1e6);
  const figure = fc.record({ decimals, factor });

  it("is never negative", () => {
    fc.assert(
      fc.property(fc.array(figure, { maxLength: 12 }), (figures) => {
        expect(tolerance(figures)).toBeGreaterThanOrEqual(0);
      })
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (d, f) => {
        expect(halfUnit(d, f)).toBeGreaterThanOrEqual(0);
      })
    );
  });

  it("grows with the coarser unit and with fewer decimals shown", () => {
    fc.assert(
      fc.property(decimals, factor, (d, f) => {
        expect(halfUnit(d, f * 1000)).toBeGreaterThan(halfUnit(d, f));
        expect(halfUnit(d - 1, f)).toBeGreaterThan(halfUnit(d, f));
      })
    );
  });

  it("grows with every figure added", () => {
    // figures of a pack: up to three decimals, in thousands, millions or billions of the common unit
    const packFigure = fc.record({
      decimals: fc.integer({ min: 0, max: 3 }),
      factor: fc.constantFrom(0.001, 1, 1000),
    });
    fc.assert(
      fc.property(fc.array(packFigure, { maxLength: 8 }), packFigure, (figures, more) => {
        expect(tolerance([...figures, more])).toBeGreaterThan(tolerance(figures));
      })
    );
  });

  it("still reports a mismatch larger than the tolerance", () => {
    fc.assert(
      fc.property(
        fc.array(figure, { minLength: 1, maxLength: 8 }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1.001, max: 1e3, noNaN: true }),
        fc.boolean(),
        (figures, a, over, exact) => {
          const tol = tolerance(figures);
          const b = a + tol * over + 1e-6 * Math.max(1, Math.abs(a));
          expect(withinTolerance(a, b, tol, exact)).toBe(false);
          expect(withinTolerance(b, a, tol, exact)).toBe(false);
        }
      )
    );
  });

  it("lets rounded figures of one amount agree: each within its half unit, the sum within the summed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 3 }), f: factor }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 6, maxLength: 6 }),
        (parts, amounts) => {
          // each part an amount in the finest unit (0.001), shown rounded half up in its own unit and decimals
          let exact = 0;
          let shown = 0;
          parts.forEach(({ d, f }, k) => {
            const x = (amounts[k] as number) / 1000;
            exact += x;
            const step = f * 10 ** -d;
            shown += Math.round(x / step) * step;
          });
          const tol = tolerance(parts.map(({ d, f }) => ({ decimals: d, factor: f })));
          // the total written exactly (to 0.001, the finest unit)
          expect(withinTolerance(exact, shown, tol + halfUnit(3, 1))).toBe(true);
        }
      )
    );
  });
});
