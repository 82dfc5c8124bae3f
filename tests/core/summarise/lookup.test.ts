/**
 * KPI lookups by metric, period and kind: a list holding a whole engine result is searched in the engine's
 * table; any other list is keyed KPI by KPI. Both must find exactly what the list holds.
 */
import { computeKpis } from "../../../src/core/compute";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { indexKpis } from "../../../src/core/summarise/lookup";
import type { KpiValue } from "../../../src/core/compute/types";
import { KpiView } from "../../../src/core/compute/kpi-table";
import { seedDataset } from "../../helpers/dataset";

const settings = { ...DEFAULT_SETTINGS, guidance: [] };
const kpis = computeKpis(seedDataset(), settings);

const fields = (k: KpiValue | undefined) =>
  k && {
    metric: k.metric,
    period: k.period,
    kpi: k.kpi,
    value: k.value,
    display: k.display,
    note: k.note,
    base: k.base,
    formula: k.formula,
  };

describe("indexKpis", () => {
  test("over a whole result: every KPI is found, with the same fields", () => {
    expect(kpis.length).toBeGreaterThan(500);
    const index = indexKpis(kpis);
    for (const k of kpis) expect(fields(index.get(k.metric, k.period, k.kpi))).toEqual(fields(k));
  });

  test.each([
    ["an unknown metric", "no.such_metric", "4Q01", "value"],
    ["an unknown period", "revenue.total", "9Q99", "value"],
    ["a kind the metric does not have", "revenue.total", "4Q01", "margin"],
  ] as const)("over a whole result: %s is not found", (_name, metric, period, kind) => {
    expect(indexKpis(kpis).get(metric, period, kind)).toBeUndefined();
    expect(indexKpis(kpis).value(metric, period, kind)).toBeNull();
  });

  test("over part of a result: only the KPIs in the list are found", () => {
    const part = kpis.filter((k) => k.metric === "revenue.total");
    const index = indexKpis(part);
    expect(fields(index.get("revenue.total", "4Q01", "yoy"))).toEqual(
      fields(
        kpis.find((k) => k.metric === "revenue.total" && k.period === "4Q01" && k.kpi === "yoy")
      )
    );
    expect(index.get("operating_income", "4Q01", "value")).toBeUndefined();
  });

  test("the seed's revenue growth is found by value", () => {
    expect(indexKpis(kpis).value("revenue.total", "4Q01", "yoy")).toBeCloseTo(0.316, 3);
  });

  test("the same list indexed twice gets the index built the first time", () => {
    const list = [...kpis];
    expect(indexKpis(list)).toBe(indexKpis(list));
    expect(indexKpis([...kpis])).not.toBe(indexKpis(list));
  });

  test("a list grown after it was indexed is indexed again, its new KPIs found", () => {
    const list = kpis.filter((k) => k.metric === "revenue.total");
    const before = indexKpis(list);
    expect(before.get("operating_income", "4Q01", "value")).toBeUndefined();
    const added = kpis.find((k) => k.metric === "operating_income" && k.period === "4Q01");
    if (added === undefined) throw new Error("the seed has operating income in 4Q01");
    list.push(added);
    expect(fields(indexKpis(list).get("operating_income", "4Q01", added.kpi))).toEqual(
      fields(added)
    );
  });

  test("a whole result listed in two runs with another result between is still searched whole", () => {
    const other = computeKpis(seedDataset(), settings);
    const half = Math.floor(kpis.length / 2);
    const list = [...kpis.slice(0, half), ...other, ...kpis.slice(half)];
    const index = indexKpis(list);
    for (const k of kpis.slice(half - 3, half + 3)) {
      const found = index.get(k.metric, k.period, k.kpi);
      expect(fields(found)).toEqual(fields(k));
      // read from its own engine table, searched whole (the first listed), not keyed from the list
      expect(found).not.toBe(k);
      expect(found instanceof KpiView && found.table).toBe(k instanceof KpiView && k.table);
    }
  });
});
