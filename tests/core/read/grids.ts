import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue, Grid, SourceRange } from "../../../src/core/grid/types";
import { parseCsv } from "../../../src/workbook/file/csv";
import { SEED_CSV } from "../../helpers/seed";

/** A CSV as Excel would show it: plain decimal numbers become numbers, the rest stays text; rows padded to one width. */
export function csvGrid(text: string): Grid {
  const rows = parseCsv(text)
    .filter((r) => !(r.length === 1 && r[0] === ""))
    .map((r) => r.map((f): CellValue => (/^-?\d+(\.\d+)?$/.test(f) ? Number(f) : f)));
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push("");
  return rows;
}

export { SEED_CSV };
const FIXTURES = join(__dirname, "../../fixtures/grids");

export function seedRange(): SourceRange {
  return { sheet: "Figures", topLeft: "A1", values: csvGrid(readFileSync(SEED_CSV, "utf8")) };
}

export function fixtureRange(name: string): SourceRange {
  const path = join(FIXTURES, name);
  if (name.endsWith(".csv"))
    return { sheet: "Data", topLeft: "A1", values: csvGrid(readFileSync(path, "utf8")) };
  const json = JSON.parse(readFileSync(path, "utf8")) as SourceRange;
  return { sheet: json.sheet, topLeft: json.topLeft, values: json.values };
}
