import { blockAddress, columnName, parseCell, quoteSheetName } from "../../../src/taskpane/services/sourceAddress";

describe("addresses", () => {
  it.each([[0, "A"], [25, "Z"], [26, "AA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]])("column %i is %s", (i, name) => {
    expect(columnName(i)).toBe(name);
  });
  it.each([["A1", { row: 0, col: 0 }], ["$N$30", { row: 29, col: 13 }], ["AA10", { row: 9, col: 26 }], ["1A", null], ["Figures!A1", null]])(
    "parseCell(%j)",
    (a1, expected) => expect(parseCell(a1)).toEqual(expected),
  );
  it.each([["Figures", "Figures"], ["Q4 pack", "'Q4 pack'"], ["Bob's", "'Bob''s'"], ["A1", "'A1'"], ["売上", "'売上'"]])("quote %j", (name, q) => {
    expect(quoteSheetName(name)).toBe(q);
  });
  it("addresses a block relative to where the range starts", () => {
    expect(blockAddress({ sheet: "Figures", topLeft: "B3" }, 0, 0, 27, 12)).toBe("Figures!B3:N30");
    expect(blockAddress({ sheet: "Q4 pack", topLeft: "A1" }, 2, 1, 2, 1)).toBe("'Q4 pack'!B3");
  });
});
