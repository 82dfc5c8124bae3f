import type { SummaryCell, SummaryRow } from "./types";

/** The row's cell in period column `i`, as one object (made when asked); undefined past the row's end. */
export function cellAt(row: SummaryRow | undefined, i: number): SummaryCell | undefined {
  if (row === undefined || i < 0 || i >= row.values.length) return undefined;
  const cell: SummaryCell = { value: row.values[i] ?? null };
  const format = row.formats[i];
  if (format !== undefined) cell.numberFormat = format;
  const formula = row.formulas[i];
  if (formula !== undefined) cell.formula = formula;
  return cell;
}

/** A row's arrays from one object per cell (rows built by hand: tests, small tables). */
export function rowCells(
  cells: readonly (SummaryCell | undefined)[]
): Pick<SummaryRow, "values" | "formats" | "formulas"> {
  return {
    values: cells.map((c) => c?.value ?? null),
    formats: cells.map((c) => c?.numberFormat),
    formulas: cells.map((c) => c?.formula),
  };
}
