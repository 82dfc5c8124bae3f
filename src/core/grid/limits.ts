/** Excel's sheet limits (Excel 2007 and later). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;
