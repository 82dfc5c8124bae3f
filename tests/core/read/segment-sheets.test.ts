/**
 * A pack with a group P&L and a sheet per segment ("Mobile", "Fixed", "Enterprise"), each giving the same lines:
 * read as the group's segments (revenue.mobile, operating_income.mobile, shares of the group's totals, margins
 * over the segment's own revenue), whatever order the sheets come in. Mixed evidence (revenues above the
 * group's, lines that differ, a sheet named after a line) keeps the sheets as businesses, with an info saying why.
 */
import fc from "fast-check";
import { analyse, type Analysis } from "../../../src/core/analyse";
import type { CellValue, SourceRange } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";

const MARCH: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 3 };
const NOW = new Date("2026-11-29T00:00:00Z");
const PERIODS = ["1Q24", "2Q24", "3Q24", "4Q24", "1Q25", "2Q25", "3Q25", "4Q25"];

const sheet = (name: string, lines: [string, ...CellValue[]][]): SourceRange => ({
  sheet: name,
  topLeft: "A1",
  values: [["(JPY mn)"], ["", ...PERIODS], ...lines],
});

const MOBILE = { rev: [50, 52, 54, 56, 55, 57, 60, 62], oi: [10, 10, 11, 11, 12, 12, 13, 14] };
const FIXED = { rev: [30, 30, 31, 31, 30, 31, 32, 33], oi: [3, 3, 4, 4, 3, 3, 4, 5] };
const ENTERPRISE = { rev: [20, 21, 22, 23, 24, 25, 26, 27], oi: [2, 2, 2, 3, 3, 3, 3, 4] };
// group revenue: the segments' sum; group operating income: the segments' less 1 of corporate costs
const GROUP_REV = [100, 103, 107, 110, 109, 113, 118, 122];
const GROUP_OI = [14, 14, 16, 17, 17, 17, 19, 22];

const segment = (name: string, f: { rev: number[]; oi: number[] }): SourceRange =>
  sheet(name, [
    ["Revenue", ...f.rev],
    ["Operating income", ...f.oi],
  ]);
const group = (rev: number[] = GROUP_REV): SourceRange =>
  sheet("P&L", [
    ["Total revenue", ...rev],
    ["Cost of sales", ...rev.map((r) => r * 0.6)],
    ["Operating income", ...GROUP_OI],
  ]);
const pack = (): SourceRange[] => [
  group(),
  segment("Mobile", MOBILE),
  segment("Fixed", FIXED),
  segment("Enterprise", ENTERPRISE),
];

function kpi(a: Analysis, metric: string, period: string, kind: string): number | null | undefined {
  return a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind)?.value;
}

// 4Q25 (4Q FY25 against 4Q FY24), worked by hand:
//   Mobile revenue YoY 62/56 − 1; share 62/122; operating margin 14/62; OI share 14/22; OI YoY 14/11 − 1
//   Fixed revenue YoY 33/31 − 1; share 33/122; operating margin 5/33; OI share 5/22
//   Enterprise revenue YoY 27/23 − 1; share 27/122; operating margin 4/27
//   Group operating margin 22/122 (over the group's revenue, not a segment's)
const EXPECTED: [string, string, number][] = [
  ["revenue.mobile", "yoy", 62 / 56 - 1],
  ["revenue.mobile", "share", 62 / 122],
  ["operating_income.mobile", "margin", 14 / 62],
  ["operating_income.mobile", "share", 14 / 22],
  ["operating_income.mobile", "yoy", 14 / 11 - 1],
  ["revenue.fixed", "yoy", 33 / 31 - 1],
  ["revenue.fixed", "share", 33 / 122],
  ["operating_income.fixed", "margin", 5 / 33],
  ["operating_income.fixed", "share", 5 / 22],
  ["revenue.enterprise", "yoy", 27 / 23 - 1],
  ["revenue.enterprise", "share", 27 / 122],
  ["operating_income.enterprise", "margin", 4 / 27],
  ["operating_income", "margin", 22 / 122],
  ["revenue.total", "value", 122],
];

describe("a sheet per segment beside the group's P&L", () => {
  const a = analyse(pack(), MARCH, NOW);

  it.each(EXPECTED)("%s %s in 4Q25", (metric, kind, value) => {
    expect(kpi(a, metric, "4Q25", kind)).toBeCloseTo(value, 10);
  });

  it("names the segments' lines after their sheets, no business prefix", () => {
    const ids = a.dataset.series.map((s) => s.metric);
    expect(ids).toEqual(
      expect.arrayContaining([
        "revenue.mobile",
        "operating_income.mobile",
        "revenue.fixed",
        "revenue.enterprise",
      ])
    );
    expect(ids.filter((m) => /^(mobile|fixed|enterprise)\./.test(m))).toEqual([]);
    expect(a.dataset.series.find((s) => s.metric === "revenue.mobile")?.label).toBe("Mobile");
    expect(a.dataset.sources?.every((s) => s.entity === undefined)).toBe(true);
    const said = a.issues.filter((i) => i.code === "source-entity");
    expect(said).toHaveLength(1);
    expect(said[0]?.severity).toBe("info");
    expect(said[0]?.message).toContain("“Mobile”, “Fixed” and “Enterprise”");
  });

  it("keeps each figure's own sheet", () => {
    const s = a.dataset.series.find((x) => x.metric === "operating_income.fixed");
    expect(s?.cells[7]?.sheet).toBe("Fixed");
  });

  it("gives the same lines and KPIs for every order of the sheets", () => {
    const key = (x: Analysis): Map<string, number | null> =>
      new Map(x.kpis.map((k) => [`${k.metric}|${k.period}|${k.kpi}`, k.value]));
    const base = key(a);
    fc.assert(
      fc.property(fc.shuffledSubarray(pack(), { minLength: 4 }), (sheets) => {
        const b = analyse(sheets, MARCH, NOW);
        const got = key(b);
        expect([...got.keys()].sort()).toEqual([...base.keys()].sort());
        for (const [k, v] of base) expect([k, got.get(k)]).toEqual([k, v]);
        for (const [metric, kind, value] of EXPECTED)
          expect(kpi(b, metric, "4Q25", kind)).toBeCloseTo(value, 10);
      }),
      { numRuns: 10 }
    );
  });
});

describe("mixed evidence: the sheets stay businesses, an info says why", () => {
  const cases: [string, SourceRange[], string][] = [
    [
      "revenues above the group's total",
      [group(GROUP_REV.map((r) => r - 10)), ...pack().slice(1)],
      "more than the total revenue",
    ],
    [
      "lines that differ",
      [
        group(),
        segment("Mobile", MOBILE),
        segment("Fixed", FIXED),
        sheet("Enterprise", [
          ["Revenue", ...ENTERPRISE.rev],
          ["EBITDA", ...ENTERPRISE.oi.map((x) => x + 1)],
        ]),
      ],
      "do not repeat the same lines",
    ],
    [
      "a sheet named after a line",
      [group(), segment("Mobile", MOBILE), segment("Operating income", FIXED)],
      "do not repeat the same lines under names of segments",
    ],
    [
      "a sheet named by Excel",
      [group(), segment("Mobile", MOBILE), segment("Sheet3", FIXED)],
      "do not repeat the same lines under names of segments",
    ],
  ];

  it.each(cases)("%s", (_, sheets, why) => {
    const a = analyse(sheets, MARCH, NOW);
    const ids = a.dataset.series.map((s) => s.metric);
    expect(ids).toContain("mobile.revenue.total");
    expect(ids).not.toContain("revenue.mobile");
    expect(kpi(a, "mobile.operating_income", "4Q25", "margin")).toBeUndefined();
    // the group's total revenue (P&L!I3) is read as given
    expect(kpi(a, "revenue.total", "4Q25", "value")).toBe(sheets[0]?.values[2]?.[8]);
    const info = a.issues.filter((i) => i.severity === "info" && i.message.includes(why));
    expect(info).toHaveLength(1);
    expect(info[0]?.message).toContain("“Mobile”");
  });

  it("revenues that add up within rounding are segments", () => {
    // the group's revenue one rounding unit below the segments' sum in one period: still within ±0.5 × 4
    const rev = GROUP_REV.map((r, j) => (j === 7 ? r - 1 : r));
    const a = analyse([group(rev), ...pack().slice(1)], MARCH, NOW);
    expect(a.dataset.series.map((s) => s.metric)).toContain("revenue.mobile");
  });
});
