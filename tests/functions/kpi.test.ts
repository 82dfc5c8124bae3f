/** QUARTERDECK.KPI on a small book worked out by hand, and on the seed figures the deck publishes. */
import { createAnalysisCache } from "../../src/functions/analysis-cache";
import { kpiOf, parseKpiKind } from "../../src/functions/kpi";
import { seedGrid } from "../helpers/seed";
import { SMALL } from "./grid";

const figures = { values: SMALL };

describe("QUARTERDECK.KPI on a small book", () => {
  test.each([
    ["value, latest period", { line: "Total revenues" }, 1320],
    ["value in a period", { line: "Total revenues", period: "3Q24" }, 1300],
    [
      "yoy = 1320/1200 − 1",
      { line: "Total revenues", kpi: "yoy", period: "1Q25" },
      1320 / 1200 - 1,
    ],
    [
      "qoq = 1320/1400 − 1",
      { line: "Total revenues", kpi: "qoq", period: "1Q25" },
      1320 / 1400 - 1,
    ],
    ["margin = 132/1320", { line: "Operating income", kpi: "margin", period: "1Q25" }, 132 / 1320],
    ["yoy of a profit = 132/120 − 1", { line: "operating income", kpi: "YoY" }, 132 / 120 - 1],
    ["label matched ignoring case and spaces", { line: "  total   REVENUES " }, 1320],
    ["metric id", { line: "revenue.total", period: "2Q24" }, 1250],
  ])("%s", (_name, args, expected) => {
    const r = kpiOf(figures, args, createAnalysisCache());
    expect(r).toEqual({ ok: true, value: expect.any(Number) });
    if (r.ok) expect(r.value).toBeCloseTo(expected, 12);
  });

  test.each([
    [
      "growth over a loss",
      { line: "Operating income", kpi: "qoq", period: "3Q24" },
      /Operating income qoq in 3Q24 is n\.m\.: turned positive/,
    ],
    [
      "no comparable period",
      { line: "Total revenues", kpi: "yoy", period: "1Q24" },
      /Total revenues yoy in 1Q24 is n\.m\./,
    ],
    [
      "a measure the line does not have",
      { line: "Total revenues", kpi: "margin", period: "1Q25" },
      /Total revenues margin is not computed for 1Q25/,
    ],
  ])("#N/A with the reason: %s", (_name, args, reason) => {
    const r = kpiOf(figures, args, createAnalysisCache());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe("na");
      expect(r.message).toMatch(reason);
    }
  });

  test.each([
    ["unknown line", { line: "Gross bookings" }, /No line "Gross bookings"/],
    ["blank line", { line: "  " }, /line argument is blank/],
    ["unknown measure", { line: "Total revenues", kpi: "ebitda" }, /kpi argument "ebitda"/],
    ["unknown period", { line: "Total revenues", period: "9Q99" }, /No period "9Q99"/],
    [
      "fiscal year end out of range",
      { line: "Total revenues", fyEnd: 13 },
      /fiscal year end argument "13"/,
    ],
    ["unit not understood", { line: "Total revenues", unit: "lots" }, /unit argument "lots"/],
  ])("#VALUE! naming the argument: %s", (_name, args, message) => {
    const r = kpiOf(figures, args, createAnalysisCache());
    expect(r).toEqual({ ok: false, error: "value", message: expect.stringMatching(message) });
  });

  test("an empty range is #VALUE!; a range without figures is #N/A with the reader's reason", () => {
    const cache = createAnalysisCache();
    expect(kpiOf({ values: [] }, { line: "x" }, cache)).toMatchObject({
      ok: false,
      error: "value",
    });
    const r = kpiOf(
      {
        values: [
          ["a", "b"],
          ["c", "d"],
        ],
      },
      { line: "a" },
      cache
    );
    expect(r).toMatchObject({
      ok: false,
      error: "na",
      message: expect.stringMatching(/^No figures/),
    });
  });

  test("the measure names accept case and spaces", () => {
    expect(parseKpiKind("Share change")).toEqual({ ok: true, value: "share_change" });
    expect(parseKpiKind(undefined)).toEqual({ ok: true, value: "value" });
    expect(parseKpiKind("growth").ok).toBe(false);
  });
});

describe("QUARTERDECK.KPI on the seed figures", () => {
  const seed = { values: seedGrid() };
  const cache = createAnalysisCache();

  test("4Q01 revenue growth is the deck's 31.6% yoy and 21.9% qoq", () => {
    const yoy = kpiOf(seed, { line: "Total revenues", kpi: "yoy", period: "4Q01" }, cache);
    const qoq = kpiOf(seed, { line: "Total revenues", kpi: "qoq", period: "4Q01" }, cache);
    expect(yoy.ok && yoy.value).toBeCloseTo(12100 / 9195 - 1, 12);
    expect(qoq.ok && qoq.value).toBeCloseTo(12100 / 9926 - 1, 12);
    expect(yoy.ok && Math.round(yoy.value * 1000) / 10).toBe(31.6);
    expect(qoq.ok && Math.round(qoq.value * 1000) / 10).toBe(21.9);
  });

  test("FY3/02 revenue is the sum of the quarters, not the slipped 399,000", () => {
    const r = kpiOf(seed, { line: "Total revenues", period: "FY3/02" }, cache);
    expect(r).toEqual({ ok: true, value: 8689 + 9185 + 9926 + 12100 });
  });

  test("the latest period is the latest quarter, not the fiscal year ending the same day", () => {
    expect(kpiOf(seed, { line: "revenue.total" }, cache)).toEqual({ ok: true, value: 12100 });
  });

  test("all of these analysed the seed once", () => {
    expect(cache.analyses).toBe(1);
  });
});

describe("QUARTERDECK.KPI's #N/A on the seed", () => {
  test("FY3/02 operating income growth over a loss says why", () => {
    const r = kpiOf(
      { values: seedGrid() },
      { line: "Operating income (loss)", kpi: "yoy", period: "FY3/02" },
      createAnalysisCache()
    );
    expect(r).toEqual({
      ok: false,
      error: "na",
      message: "Operating income (loss) yoy in FY3/02 is n.m.: turned positive.",
    });
  });
});

describe("QUARTERDECK.KPI's EBITDA definition argument", () => {
  const seed = { values: seedGrid() };
  test.each([
    ["omitted: net income + taxes + interest + D&A", undefined, 108 + 25 + 45 + 790],
    ["net-income", "net-income", 108 + 25 + 45 + 790],
    ["operating: operating income + D&A", "operating", 186 + 790],
    ["written with a space and capitals", "Operating income", 186 + 790],
  ])("4Q01 EBITDA, %s", (_name, ebitda, expected) => {
    expect(kpiOf(seed, { line: "ebitda", period: "4Q01", ebitda }, createAnalysisCache())).toEqual({
      ok: true,
      value: expected,
    });
  });

  test("an unknown definition is #VALUE! naming the argument", () => {
    expect(kpiOf(seed, { line: "ebitda", ebitda: "adjusted" }, createAnalysisCache())).toEqual({
      ok: false,
      error: "value",
      message: expect.stringMatching(/^The ebitda argument "adjusted"/),
    });
  });
});

describe("QUARTERDECK.KPI with a label that names two lines", () => {
  const book = [
    ["", "1Q24", "2Q24"],
    ["Total revenues", 1000, 1100],
    ["Services", 600, 650],
    ["Others", 400, 450],
    ["Total costs", 700, 720],
    ["Network", 500, 510],
    ["Others", 200, 210],
  ];

  test("the label alone is #VALUE! listing the metric ids, never one of the two", () => {
    const cache = createAnalysisCache();
    const r = kpiOf({ values: book }, { line: "Others", period: "2Q24" }, cache);
    expect(r).toMatchObject({ ok: false, error: "value" });
    if (r.ok) return;
    expect(r.message).toMatch(/^"Others" names 2 lines: give its metric id instead/);
    const ids = /\(([^)]*)\)\.$/.exec(r.message)?.[1]?.split(", ") ?? [];
    expect(ids).toHaveLength(2);
    const values = ids.map((id) => kpiOf({ values: book }, { line: id, period: "2Q24" }, cache));
    expect(values.map((v) => v.ok && v.value).sort()).toEqual([210, 450]);
  });
});
