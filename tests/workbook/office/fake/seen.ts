import type { FakeExcel } from "./excel";
import { cellFormat, cellFormula, type FakeSheet } from "./model";

/** What a user sees on a sheet, cell by cell over a generous block: value, formula, number format. */
export function seen(x: FakeExcel, sheet: FakeSheet, rows = 80, cols = 30): unknown[][] {
  const values = x.valuesOf({ sheet, top: 0, left: 0, bottom: rows - 1, right: cols - 1 });
  return values.map((row, r) =>
    row.map((v, c) => [v, cellFormula(sheet, r, c), cellFormat(sheet, r, c)])
  );
}
