/**
 * Addresses of source cells (`Figures!O7`), each worked out once and kept by sheet, row and column in arrays —
 * no hashing of the reference. One book per KPI table: the addresses live as long as its formulas are made.
 */
import type { CellRef } from "../grid/types";
import { cellAddress } from "../grid";

export class AddressBook {
  private readonly sheets = new Map<string, string[][]>();
  private lastSheet: string | undefined;
  private lastRows: string[][] = [];

  /** The cell's address, sheet-qualified as a formula writes it. */
  address(ref: CellRef): string {
    let rows = this.lastRows;
    if (ref.sheet !== this.lastSheet) {
      rows = this.sheets.get(ref.sheet) ?? [];
      this.sheets.set(ref.sheet, rows);
      this.lastSheet = ref.sheet;
      this.lastRows = rows;
    }
    const row = (rows[ref.row] ??= []);
    return (row[ref.col] ??= cellAddress(ref));
  }
}
