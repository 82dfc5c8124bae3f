import * as fs from "fs";
import * as path from "path";
import { computeKpis } from "../../../src/core/compute";
import type { KpiValue } from "../../../src/core/compute/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { SEED_DIR, seedDataset } from "../../helpers/dataset";

interface Check {
  metric: string;
  period: string;
  kpi: KpiValue["kpi"];
  value?: number | null;
  tol?: number;
  min?: number;
}

const expected = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "expected.json"), "utf8")) as {
  checks: Check[];
};
const settings: Settings = { ...DEFAULT_SETTINGS };
const kpis = computeKpis(seedDataset(), settings);
const find = (metric: string, period: string, kpi: string): KpiValue | undefined =>
  kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kpi);

describe("seed figures (iij-figures.csv) against what the deck publishes", () => {
  test.each(expected.checks.map((c) => [`${c.metric} ${c.period} ${c.kpi}`, c] as const))(
    "%s",
    (_name, check) => {
      const k = find(check.metric, check.period, check.kpi);
      expect(k).toBeDefined();
      if (check.value === null) {
        expect(k?.value).toBeNull();
        expect(k?.display).toBe("n.m.");
      } else if (check.value !== undefined) {
        expect(k?.value).not.toBeNull();
        expect(Math.abs((k?.value ?? NaN) - check.value)).toBeLessThanOrEqual(
          (check.tol ?? 0) + 1e-9
        );
      }
      if (check.min !== undefined) expect(k?.value ?? -Infinity).toBeGreaterThan(check.min);
    }
  );

  test("FY3/02 revenue is the sum of the quarters, not the reported 399,000", () => {
    const k = find("revenue.total", "FY3/02", "value");
    expect(k?.value).toBe(8689 + 9185 + 9926 + 12100);
    expect(k?.note).toBe("sum of quarters");
    expect(k?.display).toBe("39,900");
    expect(k?.formula).toBe("=Figures!I7+Figures!J7+Figures!K7+Figures!L7");
  });

  test("FY3/02 operating income yoy is n.m. because the base is a loss, and says so", () => {
    const k = find("operating_income", "FY3/02", "yoy");
    expect(k?.note).toBe("turned positive");
    expect(k?.base).toBe("FY3/01");
  });

  test("growth formula over the source cells, n.m. guarded", () => {
    const k = find("revenue.total", "4Q01", "yoy");
    // periods start in column D: 4Q01 is column L, 4Q00 column G; revenue.total is row 7
    expect(k?.formula).toBe(
      '=IF(AND(ISNUMBER(Figures!L7),ISNUMBER(Figures!G7)),IF(Figures!G7>0,Figures!L7/Figures!G7-1,"n.m."),"n.m.")'
    );
    expect(k?.display).toBe("31.6%");
    expect(k?.base).toBe("4Q00");
  });

  test("EBITDA label names the seed's definition; 4Q01 = 108 + 25 + 45 + 790", () => {
    const k = find("ebitda", "4Q01", "value");
    expect(k?.label).toMatch(/net income \+ income taxes \+ interest expense \+ D&A/);
    expect(k?.value).toBe(968);
    expect(k?.formula).toBe("=Figures!L19+Figures!L18+Figures!L17+Figures!L16");
  });

  test("EBITDA − CAPEX and free cash flow formulas", () => {
    expect(find("ebitda_minus_capex", "4Q01", "value")?.formula).toBe(
      "=Figures!L19+Figures!L18+Figures!L17+Figures!L16-ABS(Figures!L20)"
    );
    expect(find("free_cash_flow", "4Q01", "value")?.formula).toBe("=Figures!L21+Figures!L22");
  });

  test("IP service ARPU 4Q01 = 5,100 mn ÷ 3 ÷ ((1,762 + 1,778) / 2) in JPY per contract per month", () => {
    const k = find("arpu.ip_service", "4Q01", "value");
    expect(k?.value).toBeCloseTo(5100e6 / 3 / ((1762 + 1778) / 2), 6);
    const y = find("arpu.ip_service", "4Q01", "yoy");
    const base = 4300e6 / 3 / ((1740 + 1760) / 2);
    expect(y?.value).toBeCloseTo(5100e6 / 3 / ((1762 + 1778) / 2) / base - 1, 9);
  });

  test("USD at the 4Q01 rate of the fx series (131.04 JPY per USD), none where there is no rate", () => {
    expect(find("revenue.total", "4Q01", "usd")?.value).toBeCloseTo(12100 / 131.04, 9);
    expect(find("revenue.total", "3Q01", "usd")).toBeUndefined();
  });

  test("the 1Q00 figures have no comparable period: yoy n.m.", () => {
    const k = find("revenue.total", "1Q00", "yoy");
    expect(k?.value).toBeNull();
    expect(k?.display).toBe("n.m.");
  });

  test("segment shares and their change in percentage points", () => {
    const share = find("revenue.si", "4Q01", "share");
    expect(share?.value).toBeCloseTo(4300 / 12100, 12);
    const change = find("revenue.si", "4Q01", "share_change");
    // 35.5% of 12,100 in 4Q01 against 27.4% of 9,195 in 4Q00: 8.1 points
    expect(change?.value).toBeCloseTo((4300 / 12100 - 2521 / 9195) * 100, 10);
    expect(change?.value).toBeCloseTo(8.12, 2);
    expect(change?.display).toBe("+8.1 pp");
    expect(change?.numberFormat).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
    expect(change?.base).toBe("4Q00");
  });

  test("of-which rows take a share of their parent, and are not segments of the total", () => {
    expect(find("cost.backbone", "4Q01", "share")?.value).toBeCloseTo(1450 / 4930, 12);
    expect(find("gross_profit.si", "4Q01", "margin")?.value).toBeCloseTo((4300 - 3650) / 4300, 12);
  });

  test("CAGR FY3/01 → FY3/02 for revenue equals its one-year growth", () => {
    const k = find("revenue.total", "FY3/02", "cagr");
    expect(k?.value).toBeCloseTo(39900 / 31870 - 1, 12);
    expect(k?.base).toBe("FY3/01");
  });
});
