import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue, Grid, SourceRange } from "../../../src/core/grid/types";

/** Split one CSV line into fields (double-quoted fields may hold commas). */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A CSV as Excel would show it: plain decimal numbers become numbers, the rest stays text; rows padded to one width. */
export function csvGrid(text: string): Grid {
  const rows = text
    .replace(/\r/g, "")
    .split("\n")
    .filter((l) => l !== "")
    .map((line) => fields(line).map((f): CellValue => (/^-?\d+(\.\d+)?$/.test(f) ? Number(f) : f)));
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push("");
  return rows;
}

/** The seed figures, beside the repository (`../shared/seed`). */
export const SEED_CSV = join(__dirname, "../../../../shared/seed/iij-figures.csv");
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
