/** The figures argument as the core's SourceRange: cells as Range.values gives them, placed where the host says. */
import { toCellValue, toGrid, toSourceRange, whereOf } from "../../src/functions/source";

describe("cells from the host", () => {
  test.each([
    [null, ""],
    [undefined, ""],
    ["", ""],
    [1200, 1200],
    ["Total revenues", "Total revenues"],
    [true, true],
    [Number.NaN, "#NUM!"],
    [{ code: "#N/A", message: "x" }, "#N/A"],
    [{ code: "#DIV/0!" }, "#DIV/0!"],
    [{ other: 1 }, "#VALUE!"],
  ])("%p → %p", (input, expected) => {
    expect(toCellValue(input)).toEqual(expected);
  });

  test("short rows are padded with blanks", () => {
    expect(toGrid([[1, 2, 3], [4]])).toEqual([
      [1, 2, 3],
      [4, "", ""],
    ]);
  });
});

describe("where the range sits", () => {
  test.each([
    ["Figures!A1:M31", { sheet: "Figures", topLeft: "A1" }],
    ["'Q4 pack'!$C$3:$O$33", { sheet: "Q4 pack", topLeft: "C3" }],
    ["Sheet1!b2", { sheet: "Sheet1", topLeft: "B2" }],
    ["A1:B2", null],
    ["", null],
    [undefined, null],
    ["Sheet1!nonsense", null],
  ])("%p → %p", (address, expected) => {
    expect(whereOf(address)).toEqual(expected);
  });

  test("without an address the range is read as starting at A1 of Figures", () => {
    expect(toSourceRange([[1]])).toEqual({ sheet: "Figures", topLeft: "A1", values: [[1]] });
    expect(toSourceRange([[1]], "Data!D4:D4")).toEqual({
      sheet: "Data",
      topLeft: "D4",
      values: [[1]],
    });
  });
});
