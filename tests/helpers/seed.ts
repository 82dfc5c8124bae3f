/** The seed figures (tests/fixtures/seed/iij-figures.csv): where they are, and as a grid the way Excel's Range.values returns them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/core/grid/types";
import { csvToGrid } from "../../src/workbook/file/csv";
import { SEED_DIR } from "./dataset";

export { SEED_DIR };
export const SEED_CSV = join(SEED_DIR, "iij-figures.csv");

/** The seed CSV as a grid: plain numbers as numbers, everything else as text. */
export function seedGrid(): CellValue[][] {
  return csvToGrid(readFileSync(SEED_CSV, "utf8"));
}

/** The seed n times over: the figure rows repeated with their ids suffixed, one header. */
export function seedGridTimes(n: number): CellValue[][] {
  const [header, ...rows] = seedGrid();
  const out: CellValue[][] = [header ?? []];
  for (let k = 0; k < n; k++)
    for (const row of rows)
      out.push(row.map((v, c) => (c === 0 && k > 0 ? `${String(v)}_${k}` : v)));
  return out;
}

/** The seed's figure rows whose id (first column) passes `pred`, and its header: to split the seed over sheets. */
export function seedRows(pred: (id: string) => boolean): CellValue[][] {
  return seedGrid()
    .slice(1)
    .filter((r) => pred(String(r[0])));
}

export const seedHeader = (): CellValue[] => seedGrid()[0] ?? [];

/** The seed's segment lines, and its operating data (subscribers, bandwidth, FX, cash flow). */
export const isSegmentId = (id: string): boolean => id.startsWith("revenue.");
export const isOperatingId = (id: string): boolean =>
  id.startsWith("ops.") || id.startsWith("fx.") || id.startsWith("cf.");
