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
