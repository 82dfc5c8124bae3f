import { HyperFormula } from "hyperformula";
import { computeKpis } from "../../../src/core/compute";
import { FORMAT_PP } from "../../../src/core/compute/format";
import type { KpiValue } from "../../../src/core/compute/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { makeDataset, quarter } from "../../helpers/dataset";

/**
 * A segment's share change is in percentage points: (share − the share a year earlier) × 100, shown "+1.7 pp".
 * Each case: segment and total a year earlier, then now; the change worked out by hand.
 */
const CASES: [
  name: string,
  segment: [then: number, now: number],
  total: [then: number, now: number],
  points: number | null,
  shown: string,
][] = [
  // 583 / 1,000 = 58.3% → 600 / 1,000 = 60.0%
  ["a rise, 58.3% → 60.0%", [583, 600], [1000, 1000], 1.7, "+1.7 pp"],
  // 400 / 1,000 = 40.0% → 396 / 1,000 = 39.6%
  ["a fall, 40.0% → 39.6%", [400, 396], [1000, 1000], -0.4, "-0.4 pp"],
  // 50 / 100 = 60 / 120 = 50%
  ["no change, 50% → 50%", [50, 60], [100, 120], 0, "0.0 pp"],
  // a fall of a thousandth of a point still shows its sign, as Excel picks the section
  ["a change that rounds to zero", [500, 499.99], [1000, 1000], -0.001, "-0.0 pp"],
  ["n.m. when the share now is n.m. (total zero)", [50, 60], [100, 0], null, "n.m."],
  ["n.m. when the share a year earlier is n.m. (total zero)", [50, 60], [0, 120], null, "n.m."],
  ["n.m. when the total a year earlier is negative", [50, 60], [-100, 120], null, "n.m."],
];

const periods = [quarter(2000, 4), quarter(2001, 4)];

function run(
  segment: [number, number],
  total: [number, number]
): {
  k: KpiValue | undefined;
  sheet: (string | number)[][];
} {
  const rows = [
    { metric: "revenue.mobile", values: [...segment] },
    { metric: "revenue.fixed", values: [total[0] - segment[0], total[1] - segment[1]] },
    { metric: "revenue.total", values: [...total] },
  ];
  const kpis = computeKpis(makeDataset({ periods, rows }), DEFAULT_SETTINGS);
  const k = kpis.find(
    (x) => x.metric === "revenue.mobile" && x.period === "4Q01" && x.kpi === "share_change"
  );
  // the sheet as makeDataset addresses it: a header row, then id | label | unit | figures from column D
  const sheet = [
    ["id", "label", "unit", ...periods.map((p) => p.label)],
    ...rows.map((r) => [r.metric, r.metric, "JPY mn", ...r.values]),
  ];
  return { k, sheet };
}

describe("share change in percentage points", () => {
  it.each(CASES)("%s", (_, segment, total, points, shown) => {
    const { k } = run(segment, total);
    expect(k).toBeDefined();
    if (points === null) expect(k?.value).toBeNull();
    else expect(k?.value).toBeCloseTo(points, 9);
    expect(k?.display).toBe(shown);
    expect(k?.numberFormat).toBe(FORMAT_PP);
    expect(k?.base).toBe("4Q00");
  });

  it.each(CASES)("%s: the live formula computes the same (HyperFormula)", (_, segment, total) => {
    const { k, sheet } = run(segment, total);
    const hf = HyperFormula.buildFromSheets({ Figures: sheet }, { licenseKey: "gpl-v3" });
    expect(k?.formula).toMatch(/\*100/);
    const result = hf.calculateFormula(k?.formula ?? "", hf.getSheetId("Figures") ?? 0);
    if (k?.value === null) expect(result).toBe("n.m.");
    else expect(result).toBeCloseTo(k?.value ?? Number.NaN, 12);
    hf.destroy();
  });

  it("the formula is the share's difference times 100 over the source cells", () => {
    const { k } = run([583, 600], [1000, 1000]);
    expect(k?.formula).toBe(
      "=IF(AND(ISNUMBER(Figures!E2),ISNUMBER(Figures!E4),ISNUMBER(Figures!D2),ISNUMBER(Figures!D4))," +
        'IF(Figures!E4>0,IF(Figures!D4>0,(Figures!E2/Figures!E4-Figures!D2/Figures!D4)*100,"n.m."),"n.m."),"n.m.")'
    );
  });
});
