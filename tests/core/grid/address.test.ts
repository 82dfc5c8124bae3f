import fc from "fast-check";
import {
  cellAddress,
  cellRefAt,
  columnIndex,
  columnLetters,
  formatCellAddress,
  formatRangeAddress,
  parseCellAddress,
  parseRangeAddress,
  quoteSheetName,
  rangeAddressError,
  sourceCellAddress,
  splitSheetPrefix,
  MAX_COLS,
  MAX_ROWS,
} from "../../../src/core/grid";

describe("column letters", () => {
  // 26 letters, then AA = 27th column, AZ = 52nd, BA = 53rd, ZZ = 26 + 26*26 = 702nd, AAA = 703rd, XFD = 16384th.
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  test.each([[-1], [16384], [1.5], [Number.NaN]])("index %p has no letters", (i) => {
    expect(columnLetters(i)).toBe("");
  });

  test.each([["XFE"], ["AAAA"], [""], ["A1"], ["Ä"]])("%p is not a column", (s) => {
    expect(columnIndex(s)).toBeNull();
  });
});

describe("cell addresses", () => {
  test.each([
    ["A1", 0, 0, false, false],
    ["O7", 6, 14, false, false],
    ["$B$3", 2, 1, true, true],
    ["$B3", 2, 1, true, false],
    ["B$3", 2, 1, false, true],
    ["xfd1048576", 1048575, 16383, false, false],
  ])("%s", (text, row, col, colAbs, rowAbs) => {
    const p = parseCellAddress(text);
    expect(p).not.toBeNull();
    expect(p?.row).toBe(row);
    expect(p?.col).toBe(col);
    expect(Boolean(p?.colAbsolute)).toBe(colAbs);
    expect(Boolean(p?.rowAbsolute)).toBe(rowAbs);
  });

  test.each([["A0"], ["A1048577"], ["XFE1"], ["1A"], ["A"], [""], ["A1:B2"]])(
    "%p is rejected",
    (text) => {
      expect(parseCellAddress(text)).toBeNull();
    }
  );

  test("formats absolute and relative", () => {
    expect(formatCellAddress(6, 14)).toBe("O7");
    expect(formatCellAddress(2, 1, true)).toBe("$B$3");
    expect(formatCellAddress(MAX_ROWS, 0)).toBe("");
  });
});

describe("sheet names", () => {
  test.each([
    ["Figures", "Figures"],
    ["Sheet1", "Sheet1"],
    ["Q4 pack", "'Q4 pack'"],
    ["Bob's", "'Bob''s'"],
    ["2001", "'2001'"],
    ["1Q01", "'1Q01'"],
    ["KPI-Summary", "'KPI-Summary'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["決算", "決算"],
    ["my_sheet.v2", "my_sheet.v2"],
  ])("%s is written %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });

  test("cellAddress qualifies with the sheet", () => {
    expect(cellAddress({ sheet: "Figures", row: 6, col: 14 })).toBe("Figures!O7");
    expect(cellAddress({ sheet: "Q4 pack", row: 2, col: 1 })).toBe("'Q4 pack'!B3");
    expect(cellAddress({ sheet: "It's", row: 0, col: 0 })).toBe("'It''s'!A1");
  });

  test("splits quoted prefixes with doubled quotes and a ! inside", () => {
    expect(splitSheetPrefix("'a''b!c'!A1")).toEqual({ sheet: "a'b!c", rest: "A1" });
    expect(splitSheetPrefix("'unterminated!A1")).toBeNull();
    expect(splitSheetPrefix("A1")).toEqual({ rest: "A1" });
  });
});

describe("range addresses", () => {
  test.each([
    ["Sheet!A1:Z99", { sheet: "Sheet", top: 0, left: 0, bottom: 98, right: 25 }],
    ["B2", { top: 1, left: 1, bottom: 1, right: 1 }],
    ["$C$10:$A$1", { top: 0, left: 0, bottom: 9, right: 2 }],
    ["A:D", { top: 0, left: 0, bottom: 1048575, right: 3, fullColumns: true }],
    ["3:5", { top: 2, left: 0, bottom: 4, right: 16383, fullRows: true }],
    ["'Q4 pack'!B3:O40", { sheet: "Q4 pack", top: 2, left: 1, bottom: 39, right: 14 }],
    [
      "Figures!$A:$B",
      { sheet: "Figures", top: 0, left: 0, bottom: 1048575, right: 1, fullColumns: true },
    ],
  ])("%s", (text, expected) => {
    expect(parseRangeAddress(text)).toEqual(expected);
    expect(rangeAddressError(text)).toBeNull();
  });

  test.each([
    ["", "empty"],
    ["A1:B2:C3", "A1:B2:C3"],
    ["A1:XFE2", "XFE2"],
    ["A0", "A0"],
    ["'Q4 pack!B3", "Q4 pack"],
    ["hello", "hello"],
  ])("%p is rejected with a message naming it", (text, fragment) => {
    expect(parseRangeAddress(text)).toBeNull();
    expect(rangeAddressError(text)).toContain(fragment);
  });

  test.each([
    [{ sheet: "Figures", top: 0, left: 0, bottom: 39, right: 14 }, "Figures!A1:O40"],
    [{ top: 1, left: 1, bottom: 1, right: 1 }, "B2"],
    [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: 3, fullColumns: true }, "A:D"],
    [
      { sheet: "Q4 pack", top: 2, left: 0, bottom: 4, right: MAX_COLS - 1, fullRows: true },
      "'Q4 pack'!3:5",
    ],
  ])("formats %p as %s", (range, text) => {
    expect(formatRangeAddress(range)).toBe(text);
  });
});

describe("offsets inside a range", () => {
  test("cell (r, c) of a block at C5", () => {
    expect(cellRefAt("Figures", "C5", 0, 0)).toEqual({ sheet: "Figures", row: 4, col: 2 });
    expect(cellRefAt("Figures", "$C$5", 2, 12)).toEqual({ sheet: "Figures", row: 6, col: 14 });
    expect(sourceCellAddress({ sheet: "Figures", topLeft: "C5" }, 2, 12)).toBe("Figures!O7");
    expect(sourceCellAddress({ sheet: "Q4 pack", topLeft: "A1" }, 2, 1)).toBe("'Q4 pack'!B3");
  });

  test("outside the sheet or a bad top-left gives null", () => {
    expect(cellRefAt("S", "XFD1", 0, 1)).toBeNull();
    expect(cellRefAt("S", "A1048576", 1, 0)).toBeNull();
    expect(cellRefAt("S", "nonsense", 0, 0)).toBeNull();
    expect(cellRefAt("S", "B2", -2, 0)).toBeNull();
  });
});

describe("properties", () => {
  const sheetName = fc
    .string({ minLength: 1, maxLength: 31 })
    .filter((s) => !/[\\/?*[\]:]/.test(s) && s.trim() === s && s !== "");
  const row = fc.integer({ min: 0, max: MAX_ROWS - 1 });
  const col = fc.integer({ min: 0, max: MAX_COLS - 1 });

  test("column letters round-trip", () => {
    fc.assert(fc.property(col, (c) => columnIndex(columnLetters(c)) === c));
  });

  test("range addresses round-trip, with any sheet name", () => {
    fc.assert(
      fc.property(sheetName, row, row, col, col, (sheet, r1, r2, c1, c2) => {
        const range = {
          sheet,
          top: Math.min(r1, r2),
          bottom: Math.max(r1, r2),
          left: Math.min(c1, c2),
          right: Math.max(c1, c2),
        };
        expect(parseRangeAddress(formatRangeAddress(range))).toEqual(range);
      })
    );
  });

  test("cellAddress parses back to the same cell", () => {
    fc.assert(
      fc.property(sheetName, row, col, (sheet, r, c) => {
        const parsed = parseRangeAddress(cellAddress({ sheet, row: r, col: c }));
        expect(parsed).toEqual({ sheet, top: r, bottom: r, left: c, right: c });
      })
    );
  });

  test("parsing never throws on any text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseRangeAddress(s);
        expect(parsed === null ? typeof rangeAddressError(s) : rangeAddressError(s)).toBe(
          parsed === null ? "string" : null
        );
      })
    );
  });
});
