/**
 * A computation's KPIs are read as a list position by position (`Analysis.kpiList`, a KpiSet); `Analysis.kpis`,
 * one object per KPI, is made only when read. Whichever way they are read, the summary, the highlights and the
 * index must be the same.
 */
import { analyse } from "../../src/core/analyse";
import { catalog } from "../../src/core/compute/catalog";
import { KpiSet, kpiAt, kpiCount } from "../../src/core/compute/kpi-set";
import { plainKpi } from "../../src/core/compute/kpi";
import { placesOf } from "../../src/core/compute/places";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { buildHighlights, summarise } from "../../src/core/summarise";
import { indexKpis } from "../../src/core/summarise/lookup";
import { seedGrid, seedGridTimes } from "../helpers/seed";

const settings: Settings = { ...DEFAULT_SETTINGS };
const now = new Date("2026-11-29T12:00:00Z");

describe.each([
  ["the seed", seedGrid()],
  ["the seed three times over", seedGridTimes(3)],
])("KPIs of %s read as a list or as objects", (_, grid) => {
  const a = analyse({ sheet: "Figures", topLeft: "A1", values: grid }, settings, now);
  const list = a.kpiList;

  it("is a computation's set, and `kpis` holds the same KPIs in the same order, made once", () => {
    expect(list).toBeInstanceOf(KpiSet);
    expect(kpiCount(list)).toBeGreaterThan(100);
    expect(a.kpis).toBe(a.kpis);
    expect(a.kpis.map(plainKpi)).toEqual([...list].map(plainKpi));
    expect(a.kpis.map(plainKpi)).toEqual(
      Array.from({ length: kpiCount(list) }, (_, i) => plainKpi(kpiAt(list, i)!))
    );
  });

  it("gives the same summary and highlights from the list as from the objects", () => {
    const places = placesOf(catalog(settings.ratioKpis));
    const periods = a.periods ?? a.dataset.periods;
    const fromList = summarise(
      a.dataset,
      a.issues,
      list,
      a.highlights,
      settings,
      now,
      periods,
      places
    );
    const fromObjects = summarise(
      a.dataset,
      a.issues,
      [...a.kpis],
      a.highlights,
      settings,
      now,
      periods,
      places
    );
    expect(fromList.table.rows.length).toBeGreaterThan(10);
    expect(fromList).toEqual(fromObjects);
    expect(a.summary).toEqual(fromObjects);
    expect(buildHighlights(a.dataset, list, { periods })).toEqual(
      buildHighlights(a.dataset, [...a.kpis], { periods })
    );
  });

  it("finds every KPI through the index of the list as through the index of the objects", () => {
    const fromList = indexKpis(list);
    const fromObjects = indexKpis([...a.kpis]);
    for (const k of a.kpis) {
      const got = fromList.get(k.metric, k.period, k.kpi);
      expect(got && plainKpi(got)).toEqual(plainKpi(fromObjects.get(k.metric, k.period, k.kpi)!));
    }
  });
});
