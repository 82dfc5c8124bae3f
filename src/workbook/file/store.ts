/**
 * What the file adapter keeps inside the workbook, on a very hidden sheet so it survives save and load:
 * the stored settings (port `saveSettings`) and the laid-out charts of the summary sheet (exceljs drops chart
 * parts when it reads a file, so they are rebuilt from here on every save). Each is JSON in column B onward,
 * split into cells of at most 30 000 characters (Excel's cell limit is 32 767).
 */
import type ExcelJS from "exceljs";
import type { ChartPlacement } from "../layout";

export const STORE_SHEET = "QuarterDeck_store";
const CHUNK = 30_000;
type Key = "settings" | "charts";
const ROWS: Record<Key, number> = { settings: 1, charts: 2 };

export function storeSheet(wb: ExcelJS.Workbook, create: boolean): ExcelJS.Worksheet | null {
  const ws = wb.getWorksheet(STORE_SHEET);
  if (ws || !create) return ws ?? null;
  return wb.addWorksheet(STORE_SHEET, { state: "veryHidden" });
}

export function writeStored(wb: ExcelJS.Workbook, key: Key, value: unknown): void {
  const ws = storeSheet(wb, true);
  if (!ws) return;
  const row = ws.getRow(ROWS[key]);
  const text = JSON.stringify(value);
  row.values = [];
  row.getCell(1).value = key;
  for (let i = 0, c = 2; i < text.length || c === 2; i += CHUNK, c++)
    row.getCell(c).value = text.slice(i, i + CHUNK);
  row.commit();
}

/** The stored JSON text, or null when nothing was stored under `key`. */
export function readStoredText(wb: ExcelJS.Workbook, key: Key): string | null {
  const ws = storeSheet(wb, false);
  if (!ws) return null;
  const row = ws.getRow(ROWS[key]);
  if (row.getCell(1).value !== key) return null;
  let text = "";
  for (let c = 2; c <= row.cellCount; c++) {
    const v = row.getCell(c).value;
    if (typeof v === "string") text += v;
  }
  return text;
}

/** Charts by summary sheet name; an unreadable record yields none (they are rebuilt on the next refresh). */
export function readStoredCharts(wb: ExcelJS.Workbook): Record<string, ChartPlacement[]> {
  const text = readStoredText(wb, "charts");
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, ChartPlacement[]>) : {};
  } catch {
    return {};
  }
}
