/** One analysis builds its fiscal timeline and compute context once; a range without figures stops after reading. */
import { analyse } from "../../src/core/analyse";
import * as context from "../../src/core/compute/context";
import type { Grid } from "../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import * as timeline from "../../src/core/timeline";
import * as validate from "../../src/core/validate";

const settings: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 12 };
const now = new Date(2026, 10, 25);
const figures: Grid = [
  ["", "1Q23", "2Q23", "3Q23", "4Q23", "1Q24"],
  ["Total revenues", 900, 950, 980, 1000, 1020],
  ["Operating income", 10, 15, 20, 30, 5],
];

afterEach(() => jest.restoreAllMocks());

describe("analyse builds once and passes on", () => {
  it("builds the timeline once (with the derived fiscal year) and one compute context over it", () => {
    const timelines = jest.spyOn(timeline, "buildTimeline");
    const contexts = jest.spyOn(context, "buildContext");
    const a = analyse({ sheet: "P&L", topLeft: "A1", values: figures }, settings, now);
    expect(timelines).toHaveBeenCalledTimes(1);
    expect(contexts).toHaveBeenCalledTimes(1);
    // the context was given the analysis's timeline, not one of its own
    expect(contexts.mock.calls[0]?.[2]).toBe(timelines.mock.results[0]?.value);
    // FY2023 is derived from its four quarters and is a column of the summary
    expect(a.periods?.map((p) => p.label)).toContain("FY23");
    expect(a.summary.table.periods).toContain("FY23");
    expect(a.kpis.some((k) => k.period === "FY23" && k.metric === "revenue.total")).toBe(true);
  });

  it.each<[string, Grid]>([
    ["an empty range", []],
    [
      "no periods",
      [
        ["Revenue", "Cost"],
        ["a", "b"],
      ],
    ],
    [
      "no numbers",
      [
        ["", "1Q23", "2Q23"],
        ["Total revenues", "", "—"],
      ],
    ],
  ])("stops after reading on %s, with the reader's no-figures issue", (_what, values) => {
    const checks = jest.spyOn(validate, "validate");
    const contexts = jest.spyOn(context, "buildContext");
    const a = analyse({ sheet: "P&L", topLeft: "A1", values }, settings, now);
    expect(a.noFigures).toEqual(expect.objectContaining({ code: "no-figures", severity: "error" }));
    expect(a.issues).toContainEqual(a.noFigures);
    expect(checks).not.toHaveBeenCalled();
    expect(contexts).not.toHaveBeenCalled();
    expect(a.kpis).toEqual([]);
    expect(a.summary.table.rows).toEqual([]);
  });

  it("says nothing of no figures when there are figures", () => {
    const a = analyse({ sheet: "P&L", topLeft: "A1", values: figures }, settings, now);
    expect(a.noFigures).toBeUndefined();
    expect(a.issues.some((i) => i.code === "no-figures")).toBe(false);
  });
});
