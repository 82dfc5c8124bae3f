import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid/types";
import { excelJsToCell } from "./cellValue";
import { formatRangeAddress, parseRangeAddress } from "../../core/grid";
import { rangeA1 } from "./a1";
import type { LoadedName, LoadedSheet } from "./types";

function isMergeSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** Write a grid onto a sheet from A1, leaving blank ("") cells empty. */
export function writeGrid(ws: ExcelJS.Worksheet, values: CellValue[][]): void {
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "") ws.getCell(r + 1, c + 1).value = v;
    })
  );
}

/** Last used row and column (1-based) of a sheet, counting only cells that hold a value. */
export function usedExtent(ws: ExcelJS.Worksheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.value === null || cell.value === undefined || isMergeSlave(cell)) return;
      if (rowNumber > rows) rows = rowNumber;
      if (colNumber > cols) cols = colNumber;
    });
  });
  return { rows, cols };
}

/** One worksheet as grids from A1 to its last used cell, with number formats. */
export function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): LoadedSheet {
  const { rows, cols } = usedExtent(ws);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const rowValues: CellValue[] = new Array<CellValue>(cols).fill("");
    const rowFormats: string[] = new Array<string>(cols).fill("General");
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > rows) return;
    const rowValues = values[rowNumber - 1];
    const rowFormats = numberFormats[rowNumber - 1];
    if (!rowValues || !rowFormats) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > cols) return;
      rowValues[colNumber - 1] = isMergeSlave(cell) ? "" : excelJsToCell(cell.value, date1904);
      if (cell.numFmt) rowFormats[colNumber - 1] = cell.numFmt;
    });
  });
  return {
    name: ws.name,
    values,
    numberFormats,
    usedRange: rows > 0 && cols > 0 ? rangeA1(1, 1, rows, cols) : null,
    visible: ws.state === undefined || ws.state === "visible",
  };
}

/** Defined names that point at one block on one sheet (built-in `_xlnm.` names left out). */
export function readNames(wb: ExcelJS.Workbook): LoadedName[] {
  const out: LoadedName[] = [];
  for (const def of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (def.name.startsWith("_xlnm.")) continue;
    const first = def.ranges[0];
    if (!first) continue;
    const parsed = parseRangeAddress(first);
    if (!parsed || !parsed.sheet || parsed.fullColumns || parsed.fullRows) continue;
    const { top, left, bottom, right } = parsed;
    out.push({
      name: def.name,
      sheet: parsed.sheet,
      range: formatRangeAddress({ top, left, bottom, right }),
    });
  }
  return out;
}

interface TableModelLike {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
}

/** Tables of every sheet with the block they cover (header row included). */
export function readTables(wb: ExcelJS.Workbook): LoadedName[] {
  const out: LoadedName[] = [];
  wb.eachSheet((ws) => {
    for (const table of ws.getTables() as unknown as { table?: TableModelLike }[]) {
      // exceljs' typings omit the loaded model on Table; it is held on `.table`.
      const model = table.table;
      const ref = model?.tableRef ?? model?.ref;
      const name = model?.displayName ?? model?.name;
      if (!ref || !name) continue;
      out.push({ name, sheet: ws.name, range: ref.replace(/\$/g, "") });
    }
  });
  return out;
}
