/** Grid cells and A1 addresses. */
export type { CellRef, CellValue, Grid, RangeAddress, SourceRange } from "./types";
export { MAX_COLS, MAX_ROWS, MAX_SHEET_NAME } from "./limits";
export { columnIndex, columnLetters } from "./columns";
export { formatCellAddress, parseCellAddress } from "./cell-address";
export type { CellPosition } from "./cell-address";
export { quoteSheetName, sheetNeedsQuotes, splitSheetPrefix } from "./sheet-name";
export { formatRangeAddress, parseRangeAddress, rangeAddressError } from "./range-address";
export { cellAddress, cellRefAt, sourceCellAddress, sourceCellRef } from "./offset";
export { intersectRanges, rangeContains, rangeSize, sourceRangeAddress } from "./ranges";
export { addressMessages } from "./messages";
export {
  isValidSheetName,
  MAX_TABLE_NAME,
  objectNameMessages,
  readsAsCellReference,
  sheetNameProblem,
  tableNameProblem,
} from "./object-names";
