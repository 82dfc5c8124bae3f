/**
 * Formula evaluation for the fake, as Excel would recalculate: the workbook's sheets (constants and formulas)
 * loaded into HyperFormula, values read back. Errors come back as Excel's error text ("#N/A").
 */
import { HyperFormula, DetailedCellError } from "hyperformula";
import type { CellValue } from "../../../../src/core/grid/types";
import type { FakeSheet } from "./model";
import { usedBox } from "./model";

export function hasFormulas(sheet: FakeSheet): boolean {
  return sheet.formulas.some((row) => row?.some((f) => typeof f === "string"));
}

/** Evaluated values of every sheet, from A1 to its used bottom-right (formula cells included). */
export function evaluateSheets(sheets: FakeSheet[]): Map<FakeSheet, CellValue[][]> {
  const input: Record<string, (CellValue | null)[][]> = {};
  for (const sheet of sheets) {
    const used = usedBox(sheet);
    let bottom = used?.bottom ?? -1;
    let right = used?.right ?? -1;
    sheet.formulas.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (typeof f === "string") {
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
      })
    );
    const grid: (CellValue | null)[][] = [];
    for (let r = 0; r <= bottom; r++) {
      const row: (CellValue | null)[] = [];
      for (let c = 0; c <= right; c++) {
        const f = sheet.formulas[r]?.[c];
        const v = sheet.values[r]?.[c];
        row.push(typeof f === "string" ? f : v === undefined || v === "" ? null : v);
      }
      grid.push(row);
    }
    input[sheet.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(input, { licenseKey: "gpl-v3", smartRounding: false });
  const out = new Map<FakeSheet, CellValue[][]>();
  for (const sheet of sheets) {
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) continue;
    const values = hf
      .getSheetValues(id)
      .map((row) =>
        row.map((v): CellValue =>
          v instanceof DetailedCellError
            ? v.value
            : v === null || v === undefined
              ? ""
              : (v as CellValue)
        )
      );
    out.set(sheet, values);
  }
  hf.destroy();
  return out;
}
