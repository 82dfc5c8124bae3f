import fc from "fast-check";
import { display, FORMAT_PP } from "../../../src/core/compute/format";
import { formatSummaryCell } from "../../../src/taskpane/components/SummaryPreview/formatCell";

describe("formatSummaryCell", () => {
  it.each([
    [{ value: 12100, numberFormat: "#,##0" }, "12,100"],
    [{ value: -420, numberFormat: "#,##0" }, "-420"],
    [{ value: 0.31593, numberFormat: "0.0%" }, "31.6%"],
    [{ value: 2.28, numberFormat: "0%" }, "228%"],
    [{ value: 1234.56, numberFormat: "#,##0.0" }, "1,234.6"],
    [{ value: 131.04, numberFormat: "0.00" }, "131.04"],
    [{ value: 0.5 }, "0.5"],
    [{ value: "n.m." }, "n.m."],
    [{ value: null }, ""],
    [{ value: Number.NaN, numberFormat: "0" }, ""],
    [undefined, ""],
  ])("%j → %j", (cell, expected) => {
    expect(formatSummaryCell(cell)).toBe(expected);
  });
});

describe("formatSummaryCell: a change in percentage points", () => {
  const PP = '+0.0" pp";-0.0" pp";0.0" pp"';
  it.each([
    // 58.3% → 60.0%: the value is already in points
    [1.7, "+1.7 pp"],
    [-0.4, "-0.4 pp"],
    [0, "0.0 pp"],
    [12.345, "+12.3 pp"],
    // the section goes by the sign before rounding, as in Excel
    [0.01, "+0.0 pp"],
    [-0.01, "-0.0 pp"],
  ])("%j → %j", (value, expected) => {
    expect(formatSummaryCell({ value, numberFormat: PP })).toBe(expected);
  });

  it.each([
    [{ value: -5, numberFormat: '0;(0);"nil"' }, "(5)"],
    [{ value: 0, numberFormat: '0;(0);"nil"' }, "nil"],
    [{ value: -0.05, numberFormat: "0.0%;-0.0%" }, "-5.0%"],
    [{ value: 0, numberFormat: "0.0%;-0.0%" }, "0.0%"],
  ])("other sections: %j → %j", (cell, expected) => {
    expect(formatSummaryCell(cell)).toBe(expected);
  });
});

describe("the preview shows what the core's display shows", () => {
  // (a percentage rounding to zero from below differs, "-0.0%" against "0.0%", as before)
  it.each([FORMAT_PP])("%s, any value (property)", (numberFormat) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -100, max: 100, noNaN: true }),
          fc.integer({ min: -1000, max: 1000 })
        ),
        (value) => {
          expect(formatSummaryCell({ value, numberFormat })).toBe(display(value, numberFormat));
        }
      )
    );
  });
});
