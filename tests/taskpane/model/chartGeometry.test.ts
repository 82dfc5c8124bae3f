import fc from "fast-check";
import { axisRange, chartData, stackedTotals } from "../../../src/taskpane/model/chartGeometry";
import { summary } from "../fixtures";

describe("chartData", () => {
  it("takes the numbers of the table's rows at the chart's period columns", () => {
    const data = chartData(
      {
        id: "c",
        title: "T",
        type: "combo",
        periodColumns: [2, 0],
        series: [
          { name: "Rev", row: 0 },
          { name: "YoY", row: 1, as: "line", axis: "secondary" },
          { name: "Missing", row: 9 },
        ],
      },
      summary.table
    );
    expect(data.categories).toEqual(["4Q01", "4Q00"]);
    expect(data.series).toEqual([
      { name: "Rev", as: "column", axis: "primary", values: [12100, 9195] },
      { name: "YoY", as: "line", axis: "secondary", values: [0.31593, null] },
      { name: "Missing", as: "column", axis: "primary", values: [null, null] },
    ]);
  });
});

describe("axisRange", () => {
  it.each([
    [[1, 5, 3], { min: 0, max: 5 }],
    [[-420, 394], { min: -420, max: 394 }],
    [[null], { min: 0, max: 1 }],
    [[], { min: 0, max: 1 }],
    [[0, 0], { min: 0, max: 1 }],
  ])("%j → %j", (values, expected) => {
    expect(axisRange(values)).toEqual(expected);
  });
  it("always has a finite, non-empty span", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double(), fc.constant(null))), (values) => {
        const r = axisRange(values);
        expect(Number.isFinite(r.min)).toBe(true);
        expect(Number.isFinite(r.max)).toBe(true);
        expect(r.max).toBeGreaterThan(r.min);
      })
    );
  });
});

describe("stackedTotals", () => {
  it("sums positives and negatives apart per category", () => {
    const s = (values: (number | null)[]) => ({
      name: "",
      as: "column" as const,
      axis: "primary" as const,
      values,
    });
    expect(stackedTotals([s([1, -2]), s([3, null]), s([-4, 5])], 2)).toEqual([4, -4, 5, -2]);
  });
});
