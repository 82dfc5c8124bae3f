/** User-facing messages about cell and range addresses, kept together. */
export const addressMessages = {
  empty: () => "The address is empty.",
  badCell: (text: string) =>
    `"${text}" is not a cell address; expected a column and a row such as B3 or $B$3.`,
  badRange: (text: string) =>
    `"${text}" is not a range address; expected e.g. A1:Z99, A:D, 3:5, B2 or Sheet1!A1:Z99.`,
  columnOutOfRange: (text: string) => `"${text}" is beyond Excel's last column XFD.`,
  rowOutOfRange: (text: string) => `"${text}" is beyond Excel's last row 1,048,576 (or is row 0).`,
  badSheet: (text: string) =>
    `"${text}" has a malformed sheet name; quote names with spaces or punctuation, e.g. 'Q4 pack'!B3.`,
} as const;
