import {
  chosenMetric,
  filterChoices,
  metricChoices,
  shownMapping,
  withChoice,
  withoutChoice,
} from "../../../src/taskpane/model/mapping";
import type { MappingRow } from "../../../src/taskpane/model/understanding";

const row = (label: string, metric: string, unknown = false): MappingRow => ({
  label,
  metric,
  unit: "JPY mn",
  unknown,
});

describe("label map in the pane", () => {
  test.each<[string, Record<string, string> | undefined, string, string | undefined]>([
    ["no map", undefined, "Broadband TV", undefined],
    ["exact label", { "Broadband TV": "revenue.tv" }, "Broadband TV", "revenue.tv"],
    ["other case and spaces", { " broadband  tv": "revenue.tv" }, "Broadband TV", "revenue.tv"],
    ["another label", { Capex: "capex" }, "Broadband TV", undefined],
  ])("chosen metric: %s", (_, map, label, expected) => {
    expect(chosenMetric(map, label)).toBe(expected);
  });

  test("a choice replaces the entry of the same label written otherwise and keeps the others", () => {
    expect(
      withChoice({ "broadband tv": "revenue.tv", Capex: "capex" }, " Broadband TV ", "revenue.si")
    ).toEqual({ Capex: "capex", "Broadband TV": "revenue.si" });
    expect(withChoice(undefined, "Hosting", "revenue.si")).toEqual({ Hosting: "revenue.si" });
  });

  test.each<
    [string, Record<string, string> | undefined, string, Record<string, string> | undefined]
  >([
    [
      "the label's entry goes, the others stay",
      { "broadband tv": "revenue.tv", Capex: "capex" },
      " Broadband TV ",
      { Capex: "capex" },
    ],
    [
      "the last entry goes: no map left",
      { "Broadband TV": "revenue.tv" },
      "broadband tv",
      undefined,
    ],
    [
      "a label without a choice: the map as it was",
      { Capex: "capex" },
      "Hosting",
      { Capex: "capex" },
    ],
    ["no map", undefined, "Hosting", undefined],
  ])("back to automatic: %s", (_, map, label, expected) => {
    expect(withoutChoice(map, label)).toEqual(expected);
  });

  test.each<[string, MappingRow, Record<string, string> | undefined, string, boolean]>([
    [
      "as read, unknown",
      row("Broadband TV", "broadband_tv", true),
      undefined,
      "broadband_tv",
      true,
    ],
    [
      "chosen, not read yet",
      row("Broadband TV", "broadband_tv", true),
      { "Broadband TV": "revenue.si" },
      "revenue.si",
      false,
    ],
    [
      "chosen and read",
      row("Broadband TV", "revenue.si"),
      { "Broadband TV": "revenue.si" },
      "revenue.si",
      false,
    ],
    [
      "chosen and read with a duplicate suffix",
      row("Broadband TV", "revenue.si_2"),
      { "Broadband TV": "revenue.si" },
      "revenue.si_2",
      false,
    ],
  ])("shown mapping: %s", (_, r, map, metric, unknown) => {
    expect(shownMapping(r, map)).toEqual({ metric, unknown });
  });

  test("choices: the vocabulary, the current id outside it first, a typed id last", () => {
    const ids = metricChoices("broadband_tv", "").map((c) => c.id);
    expect(ids[0]).toBe("broadband_tv");
    expect(ids).toEqual(
      expect.arrayContaining(["revenue.total", "revenue.si", "cost.si", "capex"])
    );
    expect(metricChoices("revenue.total", "").filter((c) => c.id === "revenue.total")).toHaveLength(
      1
    );
    expect(metricChoices("capex", "Revenue.TV").at(-1)).toEqual({
      id: "revenue.tv",
      label: "",
      typed: true,
    });
    // A plain word is a search, not an id.
    expect(metricChoices("capex", "systems").some((c) => c.typed)).toBe(false);
  });

  test.each<[string, string[]]>([
    ["systems", ["revenue.si", "cost.si"]],
    ["COST systems", ["cost.si"]],
    ["ops.ip", ["ops.ip_contracts"]],
    ["no such thing", []],
  ])("filter %j", (query, expected) => {
    expect(filterChoices(metricChoices("capex", ""), query).map((c) => c.id)).toEqual(expected);
  });

  test("a Japanese query finds metrics by their Japanese label", () => {
    const found = filterChoices(metricChoices("capex", ""), "売上原価").map((c) => c.id);
    expect(found).toContain("cost.total");
    expect(found).not.toContain("revenue.total");
  });

  test("an empty query keeps every choice", () => {
    const all = metricChoices("capex", "");
    expect(filterChoices(all, "  ")).toEqual(all);
  });
});
