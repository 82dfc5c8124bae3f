/** A small data book for the worksheet functions' tests: two lines over five quarters, figures chosen by hand. */
import type { CellValue } from "../../src/core/grid/types";

export const SMALL: CellValue[][] = [
  ["", "1Q24", "2Q24", "3Q24", "4Q24", "1Q25"],
  ["Total revenues", 1200, 1250, 1300, 1400, 1320],
  ["Operating income", 120, -10, 130, 140, 132],
];

/** The same book with one figure changed. */
export function withCell(row: number, col: number, value: CellValue): CellValue[][] {
  return SMALL.map((r, i) => r.map((v, j) => (i === row && j === col ? value : v)));
}
