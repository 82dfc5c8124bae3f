/**
 * Builds tests/fixtures/results-pack.xlsx: a small results data book with title rows, a unit note, dates,
 * errors, formulas with cached results, rich text, a merged cell, a hyperlink, a hidden sheet, a named range
 * and a table. Run once with `npx tsx tests/workbook/file/makeFixture.ts`; the committed file is then
 * re-saved by LibreOffice so that the loader is tested on a file another writer produced.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";

export async function buildResultsPack(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Figures");
  ws.getCell("A1").value = {
    richText: [
      { text: "Internet Initiative Japan", font: { bold: true } },
      { text: " — quarterly figures" },
    ],
  };
  ws.getCell("A2").value = "JPY in millions";
  ws.getRow(4).values = ["", "1Q01", "2Q01", "3Q01", "4Q01", "FY3/02"];
  ws.getRow(5).values = ["Total revenues", 8689, 9185, 9926, 12100];
  ws.getCell("F5").value = { formula: "SUM(B5:E5)", result: 39900 };
  ws.getRow(6).values = ["Operating income (loss)", -210, -73, 151, 186];
  ws.getCell("F6").value = { formula: "SUM(B6:E6)", result: 54 };
  for (const c of ["B", "C", "D", "E", "F"]) {
    ws.getCell(`${c}5`).numFmt = "#,##0";
    ws.getCell(`${c}6`).numFmt = "#,##0;(#,##0)";
  }
  ws.getCell("A7").value = "Reported on";
  ws.getCell("B7").value = new Date(Date.UTC(2002, 4, 20));
  ws.getCell("B7").numFmt = "yyyy-mm-dd";
  ws.getCell("A8").value = "Broken";
  ws.getCell("B8").value = { error: "#N/A" };
  ws.getCell("C8").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("A9").value = "As text";
  ws.getCell("B9").value = "1,234";
  ws.getCell("C9").value = "(394)";
  ws.getCell("D9").value = true;
  ws.getCell("E9").value = 0.316;
  ws.getCell("E9").numFmt = "0.0%";
  ws.getCell("A11").value = "Merged note";
  ws.mergeCells("A11:C11");
  ws.getCell("A12").value = {
    text: "IIJ investor relations",
    hyperlink: "https://www.iij.ad.jp/en/ir/",
  };
  wb.definedNames.add("Figures!$A$4:$F$6", "KeyFigures");
  const notes = wb.addWorksheet("Notes", { state: "hidden" });
  notes.getCell("A1").value = "Prepared by IR";
  const tbl = wb.addWorksheet("Segments");
  tbl.addTable({
    name: "SegmentTable",
    ref: "B2",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [{ name: "Segment" }, { name: "4Q01" }],
    rows: [
      ["Systems integration", 4300],
      ["Data center services", 650],
    ],
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

if (require.main === module) {
  void buildResultsPack().then((bytes) =>
    writeFileSync(process.argv[2] ?? "results-pack.xlsx", bytes)
  );
}
