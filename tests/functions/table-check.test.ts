/** QUARTERDECK.TABLE, HIGHLIGHTS, CHECK and GROWTH: the summary's rows and sentences, the issues, growth under the n.m. rule. */
import { analyse } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { createAnalysisCache } from "../../src/functions/analysis-cache";
import { checkOf, CHECK_HEADER } from "../../src/functions/check";
import { growthOf } from "../../src/functions/growth";
import { highlightsOf } from "../../src/functions/highlights";
import { tableOf, TABLE_HEADER } from "../../src/functions/table";
import { seedGrid } from "../helpers/seed";
import { SMALL } from "./grid";

describe("QUARTERDECK.TABLE", () => {
  test("a header row of periods (with the fiscal year derived from its quarters) and the summary's rows", () => {
    const r = tableOf({ values: SMALL }, {}, createAnalysisCache());
    if (!r.ok) throw new Error(r.message);
    const [header, ...rows] = r.value;
    expect(header).toEqual([...TABLE_HEADER, "1Q24", "2Q24", "3Q24", "4Q24", "FY24", "1Q25"]);
    const byLabel = new Map(rows.map((row) => [row[0], row.slice(2)] as const));
    expect(byLabel.get("Total revenues")).toEqual([1200, 1250, 1300, 1400, 5150, 1320]);
    const yoy = byLabel.get("Total revenues — YoY");
    expect(yoy?.[0]).toBe("n.m.");
    expect(yoy?.[5]).toBeCloseTo(1320 / 1200 - 1, 12);
    const rect = new Set(r.value.map((row) => row.length));
    expect([...rect]).toEqual([header?.length]);
  });

  test("the same rows as the summary sheet, at key and full detail", () => {
    for (const detail of ["key", "full"] as const) {
      const r = tableOf({ values: seedGrid() }, { detail }, createAnalysisCache());
      if (!r.ok) throw new Error(r.message);
      const sheet = analyse(
        { sheet: "Figures", topLeft: "A1", values: seedGrid() },
        { ...DEFAULT_SETTINGS, formulas: false, summaryDetail: detail }
      ).summary.table;
      expect(r.value[0]).toEqual([...TABLE_HEADER, ...sheet.periods]);
      expect(r.value.slice(1).map((row) => row[0])).toEqual(sheet.rows.map((s) => s.label));
      expect(r.value.slice(1).map((row) => row.slice(2))).toEqual(
        sheet.rows.map((s) => s.values.map((v) => v ?? ""))
      );
    }
  });

  test("full detail has more rows than key; a bad detail is #VALUE!", () => {
    const cache = createAnalysisCache();
    const key = tableOf({ values: seedGrid() }, {}, cache);
    const full = tableOf({ values: seedGrid() }, { detail: "full" }, cache);
    expect(key.ok && full.ok && full.value.length > key.value.length).toBe(true);
    expect(tableOf({ values: SMALL }, { detail: "all" }, cache)).toMatchObject({
      ok: false,
      error: "value",
      message: expect.stringMatching(/detail argument "all"/),
    });
  });
});

describe("QUARTERDECK.HIGHLIGHTS", () => {
  test("the seed's highlight sentences, one per row", () => {
    const r = highlightsOf({ values: seedGrid() }, {}, createAnalysisCache());
    if (!r.ok) throw new Error(r.message);
    expect(r.value[0]).toEqual(["Revenues JPY12.1B (31.6% up from 4Q00, 21.9% up from 3Q01)"]);
    expect(r.value.every((row) => row.length === 1)).toBe(true);
  });
});

describe("QUARTERDECK.CHECK", () => {
  test("the seed's FY3/02 slip, naming the cell where the range sits", () => {
    const r = checkOf(
      { values: seedGrid(), address: "'Q4 pack'!$C$3:$O$33" },
      {},
      createAnalysisCache()
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.value[0]).toEqual([...CHECK_HEADER]);
    const slip = r.value.find((row) => /399,000/.test(row[2] ?? ""));
    // FY3/02 is the 13th column of the range (O) and Total revenues its 7th row (9 from row 3)
    expect(slip?.slice(0, 2)).toEqual(["'Q4 pack'!O9", "error"]);
    expect(slip?.[2]).toMatch(/ten times too large/);
  });

  test("without an address the cells are named as if the range started at A1", () => {
    const r = checkOf({ values: seedGrid() }, {}, createAnalysisCache());
    expect(r.ok && r.value.find((row) => /399,000/.test(row[2] ?? ""))?.[0]).toBe("Figures!M7");
  });

  test("a range without figures is one issue row saying why", () => {
    const r = checkOf({ values: [["a", "b"]] }, {}, createAnalysisCache());
    expect(r.ok && r.value.length).toBe(2);
  });
});

describe("QUARTERDECK.GROWTH", () => {
  test.each([
    [1320, 1200, 1320 / 1200 - 1],
    [900, 1000, -0.1],
    [-50, 100, -1.5],
  ])("GROWTH(%p, %p) = %p", (current, base, expected) => {
    const r = growthOf(current, base);
    expect(r.ok && r.value).toBeCloseTo(expected, 12);
  });

  test.each([
    [100, 0, /base is zero/],
    [100, -20, /negative \(a loss\)/],
    [100, "", /base figure is missing/],
    [100, undefined, /base figure is missing/],
    ["n/a", 100, /current figure is missing/],
  ])("GROWTH(%p, %p) is #N/A", (current, base, reason) => {
    expect(growthOf(current, base)).toEqual({
      ok: false,
      error: "na",
      message: expect.stringMatching(reason),
    });
  });
});
