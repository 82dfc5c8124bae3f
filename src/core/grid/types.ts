/**
 * The one grid type at the centre of QuarterDeck: cell values exactly as Excel's `Range.values` returns them.
 * - number for numbers (dates arrive as serial numbers),
 * - string for text, `""` for a blank cell, and Excel errors as their text (`"#N/A"`, `"#DIV/0!"`, `"#REF!"` …),
 * - boolean for TRUE/FALSE.
 */
export type CellValue = number | string | boolean;

/** Rows of cells; every row of one grid has the same length. */
export type Grid = CellValue[][];

/** A rectangular block read from a sheet, with where it sits. */
export interface SourceRange {
  /** Sheet name as the user sees it (not quoted). */
  sheet: string;
  /** A1 address of the block's top-left cell within the sheet, e.g. `"A1"`. */
  topLeft: string;
  values: Grid;
  /** Excel number formats, same shape as `values`, when known (`"General"`, `"#,##0"`, `"0.0%"`). */
  numberFormats?: string[][];
}

/** A cell of a sheet, zero-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
  /**
   * The cell holds its number as text ("1,234", "(394)", "△394"): the figure was read from it, but an Excel
   * formula over it would not compute (so a KPI over it is written as its value).
   */
  text?: true;
}

/**
 * A rectangle of a sheet, zero-based and inclusive. A full-column range (`A:D`) spans every row and
 * sets `fullColumns`; a full-row range (`3:5`) spans every column and sets `fullRows`.
 */
export interface RangeAddress {
  /** Sheet name unquoted, when the address named one. */
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  fullColumns?: boolean;
  fullRows?: boolean;
}
