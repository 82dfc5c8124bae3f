import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../../../src/core/grid/types";
import { readRange } from "../../../src/core/read";
import { computeKpis } from "../../../src/core/compute";
import { validate } from "../../../src/core/validate";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { SEED_DIR } from "../../helpers/dataset";

interface Check {
  metric: string;
  period: string;
  kpi: string;
  value?: number | null;
  tol?: number;
  min?: number;
}

/** iij-figures.csv as Excel would show it on a sheet: numbers as numbers, blanks as "". */
function seedGrid(): CellValue[][] {
  const lines = fs
    .readFileSync(path.join(SEED_DIR, "iij-figures.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  return lines.map((line) =>
    line
      .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c.replace(/"/g, "")))
  );
}

describe("the seed read by the reader, then validated and computed", () => {
  const { dataset } = readRange(
    { sheet: "Figures", topLeft: "A1", values: seedGrid() },
    DEFAULT_SETTINGS
  );
  const issues = validate(dataset, DEFAULT_SETTINGS);
  const kpis = computeKpis(dataset, DEFAULT_SETTINGS);
  const expected = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "expected.json"), "utf8")) as {
    checks: Check[];
  };

  test.each(expected.checks.map((c) => [`${c.metric} ${c.period} ${c.kpi}`, c] as const))(
    "%s",
    (_n, c) => {
      const k = kpis.find((x) => x.metric === c.metric && x.period === c.period && x.kpi === c.kpi);
      expect(k).toBeDefined();
      if (c.value === null) expect(k?.value).toBeNull();
      else if (c.value !== undefined)
        expect(Math.abs((k?.value ?? NaN) - c.value)).toBeLessThanOrEqual((c.tol ?? 0) + 1e-9);
      if (c.min !== undefined) expect(k?.value ?? -Infinity).toBeGreaterThan(c.min);
    }
  );

  test("the only dataset-level issue is the FY3/02 revenue slip, on cell M7", () => {
    expect(issues.map((i) => [i.code, i.metric, i.period, i.cell])).toEqual([
      ["fy-total-mismatch", "revenue.total", "FY3/02", "Figures!M7"],
    ]);
  });
});
