import ExcelJS from "exceljs";
import { MAX_SHEET_NAME } from "../../core/grid";
import { csvToGrid, decodeCsvBytes } from "./csv";
import { reasonOf } from "../reason";
import { fileMessages } from "./messages";
import { rangeA1 } from "./a1";
import { readNames, readSheet, readTables } from "./xlsxSheet";
import type { LoadError, LoadResult, LoadedSheet, LoadedWorkbook } from "./types";

export type { LoadError, LoadResult, LoadedSheet, LoadedWorkbook, LoadedName } from "./types";

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

function baseName(fileName: string): string {
  const leaf = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = leaf.lastIndexOf(".");
  return dot > 0 ? leaf.slice(0, dot) : leaf;
}

/**
 * A name Excel accepts for a sheet: at most 31 characters, none of \ / ? * [ ] :, no apostrophe at either end,
 * not blank and not the reserved "History".
 */
export function validSheetName(name: string, fallback = "Sheet1"): string {
  const cleaned = name
    .replace(/[\\/?*[\]:]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return cleaned === "" || cleaned.toLowerCase() === "history" ? fallback : cleaned;
}

/** The sheet name of a CSV file: its base name, made valid. */
export function sheetNameFromFile(fileName: string): string {
  return validSheetName(baseName(fileName));
}

/** Whether the bytes start with the given signature. */
function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** An .xlsx is a zip package: "PK\x03\x04". */
const ZIP = [0x50, 0x4b, 0x03, 0x04] as const;
/** An old .xls is an OLE compound file: D0 CF 11 E0. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0] as const;

function error(code: LoadError["code"], message: string): LoadError {
  return { ok: false, code, message };
}

/** A .csv file as a one-sheet workbook named after the file. */
export function loadCsv(bytes: Uint8Array, fileName: string): LoadedWorkbook {
  const values = csvToGrid(decodeCsvBytes(bytes));
  const width = values[0]?.length ?? 0;
  const sheet: LoadedSheet = {
    name: sheetNameFromFile(fileName),
    values,
    numberFormats: values.map((row) => row.map(() => "General")),
    usedRange: values.length > 0 && width > 0 ? rangeA1(1, 1, values.length, width) : null,
    visible: true,
  };
  return { ok: true, kind: "csv", fileName, sheets: [sheet], names: [], tables: [] };
}

/** Open .xlsx bytes with exceljs; the failure comes back as a value. */
export async function openXlsx(
  bytes: Uint8Array,
  fileName: string
): Promise<ExcelJS.Workbook | LoadError> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' typings ask for a Node Buffer; JSZip underneath accepts any Uint8Array (also in the browser).
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    return error("unreadable", fileMessages.unreadable(fileName, reasonOf(e)));
  }
  return wb;
}

/** Grids, names and tables of an open exceljs workbook. */
export function describeXlsx(wb: ExcelJS.Workbook, fileName: string): LoadedWorkbook {
  const date1904 = Boolean(wb.properties?.date1904);
  const sheets: LoadedSheet[] = [];
  wb.eachSheet((ws) => {
    sheets.push(readSheet(ws, date1904));
  });
  return { ok: true, kind: "xlsx", fileName, sheets, names: readNames(wb), tables: readTables(wb) };
}

/**
 * Read an .xlsx or .csv file into grids exactly as Excel's `Range.values` would show them (formulas → cached
 * results, dates → serial numbers, rich text → plain text, errors → "#N/A" …) plus number formats.
 * A CSV's one sheet is named after the file. Never throws: an unreadable file comes back as a `LoadError`.
 */
export async function loadWorkbookFile(
  input: Uint8Array | ArrayBuffer,
  fileName: string
): Promise<LoadResult> {
  const bytes = toBytes(input);
  if (bytes.length === 0) return error("empty", fileMessages.empty(fileName));
  const lower = fileName.toLowerCase();
  if (startsWith(bytes, ZIP)) {
    const wb = await openXlsx(bytes, fileName);
    if ("ok" in wb) return wb;
    return describeXlsx(wb, fileName);
  }
  if (startsWith(bytes, OLE) || lower.endsWith(".xls"))
    return error("unsupported", fileMessages.legacyXls(fileName));
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
    return error("unreadable", fileMessages.unreadable(fileName, "it is not a zip package"));
  }
  if (bytes.includes(0)) return error("unsupported", fileMessages.unsupported(fileName));
  return loadCsv(bytes, fileName);
}
