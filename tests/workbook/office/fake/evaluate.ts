/**
 * Formula evaluation for the fake, as Excel would recalculate: the workbook's sheets (constants and formulas)
 * loaded into HyperFormula, values read back. Errors come back as Excel's error text ("#N/A").
 */
import { HyperFormula, DetailedCellError } from "hyperformula";
import type { CellValue } from "../../../../src/core/grid/types";
import type { Box, FakeSheet, FakeTable } from "./model";
import { cellValue, usedBox } from "./model";
import { absoluteAddress, rewriteStructured, structuredBox } from "./refs";

/** Tables and defined names the formulas may point at (structured references, `=QD_Revenue_YoY`). */
export interface EvaluationScope {
  tables?: FakeTable[];
  names?: Map<string, Box>;
}

function resolveStructured(formula: string, tables: FakeTable[]): string {
  return tables.reduce((f, t) => {
    const headers: string[] = [];
    for (let c = t.range.left; c <= t.range.right; c++)
      headers.push(String(cellValue(t.sheet, t.range.top, c)));
    return rewriteStructured(f, t.name, (inner) =>
      structuredBox({ range: t.range, headers }, inner)
    );
  }, formula);
}

export function hasFormulas(sheet: FakeSheet): boolean {
  return sheet.formulas.some((row) => row?.some((f) => typeof f === "string"));
}

/** Evaluated values of every sheet, from A1 to its used bottom-right (formula cells included). */
export function evaluateSheets(
  sheets: FakeSheet[],
  scope: EvaluationScope = {}
): Map<FakeSheet, CellValue[][]> {
  const tables = scope.tables ?? [];
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
        // Text is passed with an apostrophe so HyperFormula keeps it as text, as Excel stored it.
        row.push(
          typeof f === "string"
            ? resolveStructured(f, tables)
            : v === undefined || v === ""
              ? null
              : typeof v === "string"
                ? `'${v}`
                : v
        );
      }
      grid.push(row);
    }
    input[sheet.name] = grid;
  }
  const named = [...(scope.names ?? new Map<string, Box>()).entries()].map(([name, box]) => ({
    name,
    expression: sheets.includes(box.sheet) ? `=${absoluteAddress(box)}` : "=#REF!",
  }));
  const hf = HyperFormula.buildFromSheets(
    input,
    { licenseKey: "gpl-v3", smartRounding: false },
    named
  );
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
