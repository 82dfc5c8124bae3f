import { blockAddress, wholeSheet } from "../../../src/taskpane/services/sourceAddress";

describe("source addresses", () => {
  it("addresses a block relative to where the range starts", () => {
    expect(blockAddress({ sheet: "Figures", topLeft: "B3" }, 0, 0, 27, 12)).toBe("Figures!B3:N30");
    expect(blockAddress({ sheet: "Q4 pack", topLeft: "A1" }, 2, 1, 2, 1)).toBe("'Q4 pack'!B3");
  });
  it("names a whole sheet by its columns", () => {
    expect(wholeSheet("Figures")).toBe("Figures!A:XFD");
    expect(wholeSheet("Q4 pack")).toBe("'Q4 pack'!A:XFD");
  });
});
