/** Fill an exceljs worksheet from a summary layout: cells (formulas with cached results), formats, widths, table. */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid/types";
import type { SummaryLayout } from "../layout";
import { parseRangeAddress } from "../../core/grid";
import { cellA1 } from "./a1";
import { xmlSafe } from "./charts/xml";

/** The exceljs value of one layout cell: a formula with its cached result, or the constant. */
export function cellFor(value: CellValue, formula: CellValue): ExcelJS.CellValue {
  const v = typeof value === "string" ? xmlSafe(value) : value;
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) {
    const f = xmlSafe(formula.slice(1));
    return v === "" ? { formula: f } : { formula: f, result: v };
  }
  return v === "" ? null : v;
}

function rowCells(
  layout: SummaryLayout,
  r: number,
  left: number,
  right: number
): ExcelJS.CellValue[] {
  const out: ExcelJS.CellValue[] = [];
  for (let c = left; c <= right; c++)
    out.push(cellFor(layout.values[r - 1]?.[c - 1] ?? "", layout.formulas[r - 1]?.[c - 1] ?? ""));
  return out;
}

/** Add the KPI table as an Excel table with a style; its cells are written by exceljs from the layout. */
export function addTable(ws: ExcelJS.Worksheet, layout: SummaryLayout, tableName: string): void {
  const t = layout.table;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
    rows.push(rowCells(layout, r, t.left, t.right));
  ws.addTable({
    name: tableName,
    displayName: tableName,
    ref: cellA1(t.headerRow, t.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: t.headers.map((name) => ({ name: xmlSafe(name), filterButton: true })),
    rows,
  });
}

/** Write every cell, number format, column width and emphasis of the layout into `ws`. */
export function writeCells(ws: ExcelJS.Worksheet, layout: SummaryLayout): void {
  layout.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const formula = layout.formulas[r]?.[c] ?? "";
      const v = cellFor(value, formula);
      const fmt = layout.numberFormats[r]?.[c] ?? "General";
      if (v === null && fmt === "General") return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      if (fmt !== "General") cell.numFmt = fmt;
    });
  });
  // Printed (and converted to PDF) landscape, one page wide, so the charts beside the table are on the page.
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  layout.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const e of layout.emphasis) {
    const p = parseRangeAddress(e.address);
    if (!p || p.fullColumns || p.fullRows) continue;
    const font: Partial<ExcelJS.Font> =
      e.kind === "title"
        ? { bold: true, size: 14 }
        : e.kind === "subtitle"
          ? { italic: true, color: { argb: "FF595959" } }
          : { bold: true };
    for (let r = p.top + 1; r <= p.bottom + 1; r++)
      for (let c = p.left + 1; c <= p.right + 1; c++) ws.getCell(r, c).font = font;
  }
}
