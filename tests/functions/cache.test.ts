/** The analysis cache: one analysis per range content and settings, a changed cell re-analysed, least recently used dropped. */
import { analyse } from "../../src/core/analyse";
import type { SourceRange } from "../../src/core/grid/types";
import type { Settings } from "../../src/core/settings";
import { createAnalysisCache } from "../../src/functions/analysis-cache";
import { contentKey, sameGrid } from "../../src/functions/content-key";
import { kpiOf } from "../../src/functions/kpi";
import { tableOf } from "../../src/functions/table";
import { SMALL, withCell } from "./grid";

function counting() {
  const calls: SourceRange[] = [];
  const analyser = (range: SourceRange, settings: Settings) => {
    calls.push(range);
    return analyse(range, settings);
  };
  return { calls, analyser };
}

describe("analyses cached by the range's content", () => {
  test("a hundred KPI calls over one range (new arrays each time, as Excel passes them) analyse it once", () => {
    const { calls, analyser } = counting();
    const cache = createAnalysisCache(analyser);
    for (let i = 0; i < 100; i++) {
      const values = SMALL.map((row) => [...row]);
      const r = kpiOf({ values }, { line: "Total revenues", kpi: i % 2 ? "yoy" : "qoq" }, cache);
      expect(r.ok).toBe(true);
    }
    expect(calls).toHaveLength(1);
    expect(cache.analyses).toBe(1);
  });

  test("a changed figure is analysed again and its result changes", () => {
    const cache = createAnalysisCache();
    const before = kpiOf({ values: SMALL }, { line: "Total revenues", kpi: "yoy" }, cache);
    const after = kpiOf(
      { values: withCell(1, 5, 1500) },
      { line: "Total revenues", kpi: "yoy" },
      cache
    );
    expect(before.ok && before.value).toBeCloseTo(0.1, 12);
    expect(after.ok && after.value).toBeCloseTo(1500 / 1200 - 1, 12);
    expect(cache.analyses).toBe(2);
    // back to the first content: still cached
    kpiOf({ values: SMALL }, { line: "Total revenues" }, cache);
    expect(cache.analyses).toBe(2);
  });

  test("different settings are different entries; the same settings share one", () => {
    const cache = createAnalysisCache();
    kpiOf({ values: SMALL }, { line: "Total revenues", fyEnd: 3 }, cache);
    kpiOf({ values: SMALL }, { line: "Total revenues", fyEnd: 12 }, cache);
    kpiOf({ values: SMALL }, { line: "Total revenues", fyEnd: 3, kpi: "qoq" }, cache);
    expect(cache.analyses).toBe(2);
    tableOf({ values: SMALL }, { detail: "full", fyEnd: 3 }, cache);
    expect(cache.analyses).toBe(3);
    // the key table is the core's default: the KPI calls' analysis serves it
    tableOf({ values: SMALL }, { fyEnd: 3 }, cache);
    tableOf({ values: SMALL }, { detail: "key", fyEnd: 3 }, cache);
    expect(cache.analyses).toBe(3);
  });

  test("the least recently used range is dropped beyond the cache size", () => {
    const cache = createAnalysisCache(undefined, 2);
    const a = SMALL;
    const b = withCell(1, 1, 1100);
    const c = withCell(1, 1, 1000);
    for (const v of [a, b, a, c]) kpiOf({ values: v }, { line: "Total revenues" }, cache);
    expect(cache.analyses).toBe(3);
    kpiOf({ values: a }, { line: "Total revenues" }, cache); // kept: used after b
    expect(cache.analyses).toBe(3);
    kpiOf({ values: b }, { line: "Total revenues" }, cache); // dropped
    expect(cache.analyses).toBe(4);
  });

  test("a key collision is never trusted: the cells are compared", () => {
    const { calls, analyser } = counting();
    const cache = createAnalysisCache(analyser, 8, () => "same key for every range");
    const first = kpiOf({ values: SMALL }, { line: "Total revenues" }, cache);
    const second = kpiOf({ values: withCell(1, 5, 1500) }, { line: "Total revenues" }, cache);
    expect(calls).toHaveLength(2);
    expect(first).toEqual({ ok: true, value: 1320 });
    expect(second).toEqual({ ok: true, value: 1500 });
  });
});

describe("content keys", () => {
  test.each([
    ["a number", withCell(1, 1, 1201)],
    ["a number as text", withCell(1, 1, "1200")],
    ["a blank for a zero", withCell(2, 2, "")],
    ["TRUE for 1", withCell(1, 1, true)],
  ])("differ for %s", (_name, other) => {
    expect(contentKey(other, "")).not.toBe(contentKey(SMALL, ""));
    expect(sameGrid(other, SMALL)).toBe(false);
  });

  test("equal for equal content and differ by the settings text", () => {
    const copy = SMALL.map((r) => [...r]);
    expect(contentKey(copy, "s")).toBe(contentKey(SMALL, "s"));
    expect(sameGrid(copy, SMALL)).toBe(true);
    expect(contentKey(copy, "t")).not.toBe(contentKey(SMALL, "s"));
  });
});
