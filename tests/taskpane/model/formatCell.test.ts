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
