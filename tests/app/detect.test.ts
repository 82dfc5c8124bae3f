/** Detect: the block of figures on the active sheet, as an address the settings keep. */
import { detectOnActiveSheet } from "../../src/app/detect";
import type { CellValue } from "../../src/core/grid/types";
import { FileWorkbook } from "../../src/workbook/file/fileWorkbook";
import { writeGrid } from "../../src/workbook/file/xlsxSheet";

function bookWith(name: string, values: CellValue[][]): FileWorkbook {
  const book = FileWorkbook.empty();
  writeGrid(book.workbook.addWorksheet(name), values);
  return book;
}

const FIGURES: CellValue[][] = [
  ["Results data book", "", "", ""],
  ["", "", "", ""],
  ["(JPY millions)", "1Q24", "2Q24", "3Q24"],
  ["Revenues", 100, 110, 120],
  ["Operating income", 10, 12, 13],
];

describe("detect on the active sheet", () => {
  it.each([
    ["a sheet name without quotes", "Figures", "Figures!A3:D5"],
    ["a sheet name that needs quotes", "Q4 pack", "'Q4 pack'!A3:D5"],
  ])("finds the figures below the title: %s", async (_what, sheet, address) => {
    const result = await detectOnActiveSheet(bookWith(sheet, FIGURES));
    expect(result).toEqual({ ok: true, value: { kind: "address", address } });
  });

  it("says when the sheet holds no figures, naming it", async () => {
    const result = await detectOnActiveSheet(bookWith("Notes", [["Read me"], ["Nothing here"]]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/No figures were found in the sheet “Notes”/);
  });

  it.each<[string, CellValue[][], string]>([
    [
      "quarters down the side, figures that look like years, a footnote after a blank row",
      [
        ["(USD mn)", "Revenue", "Operating income", "Net income"],
        ["1Q24", 2010, 1990, 2001],
        ["2Q24", 2020, 1991, 2003],
        ["3Q24", 2030, 1992, 2005],
        ["4Q24", 2040, 1993, 2007],
        [],
        ["Shares outstanding (m)", 1234],
      ],
      "Figures!A1:D5",
    ],
    [
      "quarters across, figures that are also dates (General format), a memo column apart",
      [
        ["(USD mn)", "1Q24", "2Q24", "3Q24", "4Q24", "", "Memo"],
        ["Revenue", 45010, 45020, 45030, 45040, "", 45050],
        ["Operating income", 41990, 41991, 41992, 41993, "", 41994],
      ],
      "Figures!A1:E3",
    ],
  ])("takes the table with its labels: %s", async (_what, values, address) => {
    const result = await detectOnActiveSheet(bookWith("Figures", values));
    expect(result).toEqual({ ok: true, value: { kind: "address", address } });
  });

  it("finds no figures on a list whose only numbers look like years", async () => {
    const result = await detectOnActiveSheet(
      bookWith("Stores", [
        ["Store", "Opened", "Floor area (m2)", "Staff"],
        ["Osaka", 1987, 2040, 35],
        ["Kobe", 2003, 1960, 28],
        ["Nagoya", 1995, 2075, 41],
      ])
    );
    expect(result.ok).toBe(false);
  });

  it("reports a port that fails as a value", async () => {
    const book = bookWith("Figures", FIGURES);
    book.listSources = async () => {
      throw new Error("The workbook is closed.");
    };
    expect(await detectOnActiveSheet(book)).toEqual({
      ok: false,
      message: "The workbook is closed.",
    });
  });
});
