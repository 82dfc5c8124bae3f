import * as fs from "fs";
import * as path from "path";
import { readRange } from "../../../src/core/read";
import { computeKpis } from "../../../src/core/compute";
import { validate } from "../../../src/core/validate";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { SEED_DIR, seedGrid } from "../../helpers/seed";

interface Check {
  metric: string;
  period: string;
  kpi: string;
  value?: number | null;
  tol?: number;
  min?: number;
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

  test("derived amounts show like the money figures (whole JPY millions), not like the FX rate row", () => {
    const ebitda = kpis.find(
      (x) => x.metric === "ebitda" && x.period === "4Q01" && x.kpi === "value"
    );
    expect([ebitda?.display, ebitda?.numberFormat]).toEqual(["968", "#,##0"]);
    const fcf = kpis.find(
      (x) => x.metric === "free_cash_flow" && x.period === "FY3/02" && x.kpi === "value"
    );
    expect(fcf?.display).toBe("-1,050");
  });

  test("the only dataset-level issue is the FY3/02 revenue slip, on cell M7", () => {
    expect(issues.map((i) => [i.code, i.metric, i.period, i.cell])).toEqual([
      ["fy-total-mismatch", "revenue.total", "FY3/02", "Figures!M7"],
    ]);
  });
});
