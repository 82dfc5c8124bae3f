/** Builds FileWorkbook subjects for the adapter contract suite. */
import { FileWorkbook } from "../../../src/workbook/file/fileWorkbook";
import { excelJsToCell } from "../../../src/workbook/file/cellValue";
import { readTables, usedExtent, writeGrid } from "../../../src/workbook/file/xlsxSheet";
import type { CellValue } from "../../../src/core/grid/types";
import type { ContractFactory, ContractSubject, WorkbookSnapshot } from "../contract/types";
import { SAMPLE_SOURCE, SAMPLE_SOURCE_SHEET } from "../contract/sampleModel";

export function snapshotOf(fw: FileWorkbook): WorkbookSnapshot {
  const sheets = fw.workbook.worksheets.map((ws) => {
    const { rows, cols } = usedExtent(ws);
    const values: CellValue[][] = [];
    const formulas: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (let r = 1; r <= rows; r++) {
      const v: CellValue[] = [];
      const f: CellValue[] = [];
      const nf: string[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = ws.getCell(r, c);
        const value = excelJsToCell(cell.value);
        v.push(value);
        f.push(cell.formula ? `=${cell.formula}` : value);
        nf.push(cell.numFmt ?? "General");
      }
      values.push(v);
      formulas.push(f);
      numberFormats.push(nf);
    }
    return { name: ws.name, values, formulas, numberFormats };
  });
  return {
    sheets,
    tables: readTables(fw.workbook).map((t) => `${t.sheet}!${t.name}`),
    charts: fw.chartNames(),
  };
}

function subjectOf(fw: FileWorkbook, armed: { on: boolean }): ContractSubject {
  return {
    port: fw,
    snapshot: async () => snapshotOf(fw),
    armFailure: () => {
      armed.on = true;
    },
    reopen: async () => {
      const bytes = await fw.save();
      const again = await FileWorkbook.fromBytes(bytes, "book.xlsx", optionsFor(armed));
      if (!(again instanceof FileWorkbook)) throw new Error(again.message);
      return subjectOf(again, armed);
    },
  };
}

function optionsFor(armed: { on: boolean }) {
  return {
    beforeStep: (step: string) => {
      if (armed.on && step === "table") {
        armed.on = false;
        throw new Error("injected failure while building the table");
      }
    },
  };
}

export const fileWorkbookFactory: ContractFactory = async ({ userSheets = [] }) => {
  const armed = { on: false };
  const fw = FileWorkbook.empty(optionsFor(armed));
  writeGrid(fw.workbook.addWorksheet(SAMPLE_SOURCE_SHEET), SAMPLE_SOURCE);
  for (const s of userSheets) writeGrid(fw.workbook.addWorksheet(s.name), s.values);
  return subjectOf(fw, armed);
};
