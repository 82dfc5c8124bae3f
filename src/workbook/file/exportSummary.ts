/** The summary sheet alone as a new workbook: values only, no links to the source, with its charts. */
import ExcelJS from "exceljs";
import type { SummaryModel } from "../../core/summarise/types";
import { layoutSummary } from "../layout";
import { addChartsToXlsx, STORED_ZIP } from "./charts/inject";
import { addTable, writeCells } from "./writeSheet";

export async function exportSummary(model: SummaryModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const layout = layoutSummary(model, { valuesOnly: true });
  const ws = wb.addWorksheet(layout.sheetName);
  writeCells(ws, layout);
  addTable(ws, layout, model.table.name);
  const raw = new Uint8Array(
    await wb.xlsx.writeBuffer(layout.charts.length > 0 ? STORED_ZIP : undefined)
  );
  return addChartsToXlsx(raw, [{ sheetName: layout.sheetName, charts: layout.charts }]);
}
