/**
 * Builds the bundled sample workbook `assets/sample/iij-4q01-sample.xlsx` from the seed figures
 * (`tests/fixtures/seed/iij-figures.csv`), laid out like a results data book: title rows, a unit note,
 * quarterly columns interleaved with fiscal-year totals, indented segment and "of which" rows.
 *
 * Usage: `npx tsx scripts/make-sample.ts [seed.csv] [out.xlsx]` — the output is committed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { parseCsv } from "../src/workbook/file/csv";

const root = path.resolve(__dirname, "..");
const seedCsv = process.argv[2] ?? path.resolve(root, "tests/fixtures/seed/iij-figures.csv");
const outFile = process.argv[3] ?? path.resolve(root, "assets/sample/iij-4q01-sample.xlsx");

const SEGMENT_PREFIXES = ["revenue.", "cost."];
const TOTALS = new Set(["revenue.total", "cost.total"]);

async function main(): Promise<void> {
  const [header = [], ...rows] = parseCsv(readFileSync(seedCsv, "utf8"));
  const periods = header.slice(3);

  const wb = new ExcelJS.Workbook();
  wb.creator = "QuarterDeck sample";
  wb.created = new Date(Date.UTC(2002, 4, 15));
  wb.modified = wb.created;
  const ws = wb.addWorksheet("Figures", { views: [{ state: "frozen", xSplit: 3, ySplit: 5 }] });

  ws.getCell("A1").value = "Internet Initiative Japan Inc. — Quarterly data book";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Fiscal years ended March 31, 2001 and 2002 (US GAAP, consolidated)";
  ws.getCell("A3").value = "(JPY in millions unless otherwise stated)";
  ws.getCell("A3").font = { italic: true };

  const headerRow = 5;
  ws.getRow(headerRow).values = ["Code", "Item", "Unit", ...periods];
  ws.getRow(headerRow).font = { bold: true };
  ws.getRow(headerRow).alignment = { horizontal: "center" };

  rows.forEach((cells, i) => {
    const [id = "", label = "", unit = "", ...values] = cells;
    const row = ws.getRow(headerRow + 1 + i);
    row.getCell(1).value = id;
    row.getCell(2).value = label;
    row.getCell(3).value = unit;
    const isSegment = SEGMENT_PREFIXES.some((p) => id.startsWith(p)) && !TOTALS.has(id);
    const isOfWhich = /^\s/.test(label);
    row.getCell(2).alignment = { indent: isOfWhich ? 2 : isSegment ? 1 : 0 };
    if (TOTALS.has(id)) row.font = { bold: true };
    values.forEach((text, j) => {
      const cell = row.getCell(4 + j);
      const trimmed = text.trim();
      cell.value = trimmed === "" ? null : Number(trimmed);
      cell.numFmt = id.startsWith("fx.") ? "0.00" : "#,##0;(#,##0)";
    });
  });

  periods.forEach((p, j) => {
    const col = ws.getColumn(4 + j);
    col.width = 10;
    if (p.startsWith("FY")) {
      col.eachCell({ includeEmpty: false }, (cell) => {
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
      });
    }
  });
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 44;
  ws.getColumn(3).width = 12;
  ws.getColumn(1).font = { color: { argb: "FF808080" }, size: 9 };

  const buffer = await wb.xlsx.writeBuffer();
  writeFileSync(outFile, Buffer.from(buffer));
  process.stdout.write(
    `Wrote ${path.relative(root, outFile)} (${rows.length} rows × ${periods.length} periods)\n`
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`make-sample: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
