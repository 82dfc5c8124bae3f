/** The summary sheet alone as a new workbook: values only, no links to the source, with its charts. */
import ExcelJS from "exceljs";
import type { SummaryModel } from "../../core/summarise/types";
import { layoutSummary } from "../layout";
import { STORED_ZIP } from "./charts/inject";
import { summaryPackage } from "./package/summaryPackage";
import { writeSummaryFrame } from "./summarySheet";

export async function exportSummary(model: SummaryModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const layout = layoutSummary(model, { valuesOnly: true });
  const ws = wb.addWorksheet(layout.sheetName);
  writeSummaryFrame(ws, layout, model.table.name);
  const raw = new Uint8Array(await wb.xlsx.writeBuffer(STORED_ZIP));
  const sheetName = layout.sheetName;
  return summaryPackage(raw, [{ sheetName, layout }], [{ sheetName, charts: layout.charts }]);
}
