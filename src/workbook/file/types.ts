import type { Grid } from "../../core/grid/types";

/** One sheet of a loaded file: its cells from A1 to the last used cell, as Excel's `Range.values` gives them. */
export interface LoadedSheet {
  name: string;
  /** `values[r][c]` is the cell at row r+1, column c+1; every row has the same length. Empty sheet: `[]`. */
  values: Grid;
  /** Excel number format of each cell, same shape as `values` ("General" when none). */
  numberFormats: string[][];
  /** A1 address of the used range (from A1), e.g. "A1:N30"; null for an empty sheet. */
  usedRange: string | null;
  /** False for hidden and very hidden sheets. */
  visible: boolean;
}

/** A workbook-scoped or sheet-scoped name that points at one block of cells. */
export interface LoadedName {
  name: string;
  sheet: string;
  /** A1 range on `sheet`, without dollar signs, e.g. "B3:N22". */
  range: string;
}

/** A file read into grids. */
export interface LoadedWorkbook {
  ok: true;
  kind: "xlsx" | "csv";
  fileName: string;
  sheets: LoadedSheet[];
  names: LoadedName[];
  tables: LoadedName[];
}

export type LoadErrorCode = "empty" | "unreadable" | "unsupported";

/** Why a file could not be read, as a value (never thrown). `message` names the file. */
export interface LoadError {
  ok: false;
  code: LoadErrorCode;
  message: string;
}

export type LoadResult = LoadedWorkbook | LoadError;
