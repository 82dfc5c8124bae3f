/** The seed figures (../shared/seed/iij-figures.csv) as a grid, the way Excel's Range.values returns them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../../src/core/grid/types";

export const SEED_CSV = join(
  __dirname,
  "..",
  "..",
  "..",
  "..",
  "shared",
  "seed",
  "iij-figures.csv"
);

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function seedGrid(): CellValue[][] {
  const lines = readFileSync(SEED_CSV, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  return lines.map((l) =>
    splitCsvLine(l).map((cell) =>
      cell.trim() !== "" && Number.isFinite(Number(cell)) ? Number(cell) : cell
    )
  );
}

/** The seed ten times over: the figure rows repeated with their ids suffixed, one header. */
export function seedGridTimes(n: number): CellValue[][] {
  const [header, ...rows] = seedGrid();
  const out: CellValue[][] = [header ?? []];
  for (let k = 0; k < n; k++)
    for (const row of rows)
      out.push(row.map((v, c) => (c === 0 && k > 0 ? `${String(v)}_${k}` : v)));
  return out;
}
