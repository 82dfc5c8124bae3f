import { blockAddress, sourceAddress, wholeSheet } from "../../src/app/sourceAddress";

describe("source addresses", () => {
  it("addresses a block relative to where the range starts", () => {
    expect(
      blockAddress({ sheet: "Figures", topLeft: "B3" }, { top: 0, left: 0, bottom: 27, right: 12 })
    ).toBe("Figures!B3:N30");
    expect(
      blockAddress({ sheet: "Q4 pack", topLeft: "A1" }, { top: 2, left: 1, bottom: 2, right: 1 })
    ).toBe("'Q4 pack'!B3");
  });
  it.each([
    [
      "a block of figures",
      "Figures",
      "B3",
      [
        ["a", 1, 2],
        ["b", 3],
      ],
      "Figures!B3:D4",
    ],
    ["a sheet name that needs quotes", "Q4 pack", "A1", [[1, 2]], "'Q4 pack'!A1:B1"],
    ["an empty read, as its top-left cell", "Figures", "C5", [], "Figures!C5"],
  ])("prints what was read: %s", (_what, sheet, topLeft, values, expected) => {
    expect(sourceAddress({ sheet, topLeft, values })).toBe(expected);
  });
  it("names a whole sheet by its columns", () => {
    expect(wholeSheet("Figures")).toBe("Figures!A:XFD");
    expect(wholeSheet("Q4 pack")).toBe("'Q4 pack'!A:XFD");
  });
});
