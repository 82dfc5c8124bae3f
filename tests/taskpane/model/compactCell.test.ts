import fc from "fast-check";
import {
  COMPACT_FROM,
  compactSummaryCell,
} from "../../../src/taskpane/components/SummaryPreview/compactCell";
import { formatSummaryCell } from "../../../src/taskpane/components/SummaryPreview/formatCell";

describe("compactSummaryCell", () => {
  it.each([
    [{ value: 12100, numberFormat: "#,##0" }, { text: "12,100" }],
    [{ value: 99999, numberFormat: "#,##0" }, { text: "99,999" }],
    [
      { value: 100000, numberFormat: "#,##0" },
      { text: "100K", full: "100,000" },
    ],
    [
      { value: 1234567, numberFormat: "#,##0" },
      { text: "1.23M", full: "1,234,567" },
    ],
    [
      { value: -420500, numberFormat: "#,##0" },
      { text: "-421K", full: "-420,500" },
    ],
    [
      { value: 3_456_000_000, numberFormat: "#,##0.0" },
      { text: "3.46B", full: "3,456,000,000.0" },
    ],
    [{ value: 2500, numberFormat: "0.0%" }, { text: "250000.0%" }],
    [{ value: 0.31593, numberFormat: "0.0%" }, { text: "31.6%" }],
    [{ value: "n.m." }, { text: "n.m." }],
    [{ value: null }, { text: "" }],
    [{ value: Number.POSITIVE_INFINITY, numberFormat: "0" }, { text: "" }],
    [undefined, { text: "" }],
  ])("%j → %j", (cell, expected) => {
    expect(compactSummaryCell(cell)).toEqual(expected);
  });

  const SUFFIX: Record<string, number> = { "": 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

  it("keeps three significant digits of a large figure and gives the full figure beside it", () => {
    fc.assert(
      fc.property(
        fc.double({ min: COMPACT_FROM, max: 9e14, noNaN: true }),
        fc.boolean(),
        (size, negative) => {
          const value = negative ? -size : size;
          const cell = { value, numberFormat: "#,##0" };
          const shown = compactSummaryCell(cell);
          expect(shown.full).toBe(formatSummaryCell(cell));
          const m = /^(-?\d+(?:\.\d+)?)([KMBT]?)$/.exec(shown.text);
          expect(m).not.toBeNull();
          const back = Number(m![1]) * (SUFFIX[m![2]!] ?? Number.NaN);
          // three significant digits: within half a unit of the third digit
          expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 0.005 + 1e-9);
          expect(shown.text.replace("-", "").replace(".", "").length).toBeLessThanOrEqual(4);
        }
      )
    );
  });

  it("shows a figure below the compact size exactly as the sheet does", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(COMPACT_FROM - 1), max: COMPACT_FROM - 1 }), (value) => {
        const cell = { value, numberFormat: "#,##0" };
        expect(compactSummaryCell(cell)).toEqual({ text: formatSummaryCell(cell) });
      })
    );
  });
});
