/**
 * Which sheets of a pack are one business: decided from the figures they share, the same whatever order the
 * sheets are listed in. No shared figure: one business (other periods or other lines). Every shared figure
 * different: two businesses, said in an info. Half or more different, some alike: kept apart, a warning names
 * both sheets. Mostly alike: one business, the figures that differ n.m.
 */
import fc from "fast-check";
import { analyse, toHeadlessJson, type Analysis } from "../../../src/core/analyse";
import type { CellValue, SourceRange } from "../../../src/core/grid/types";
import type { Severity } from "../../../src/core/issue";
import { readSources } from "../../../src/core/read";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { isOperatingId, isSegmentId, seedHeader, seedRows } from "../../helpers/seed";

const MARCH: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 3 };
const NOW = new Date("2026-11-29T00:00:00Z");

const sheet = (
  name: string,
  periods: string[],
  lines: [string, ...CellValue[]][]
): SourceRange => ({
  sheet: name,
  topLeft: "A1",
  values: [["(JPY mn)"], ["", ...periods], ...lines],
});
const Q24 = ["1Q24", "2Q24", "3Q24", "4Q24"];
const group = sheet("Group", Q24, [
  ["Total revenue", 100, 110, 120, 130],
  ["Operating income", 10, 11, 12, 13],
]);

function kpi(a: Analysis, metric: string, period: string, kind: string): number | null | undefined {
  return a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind)?.value;
}

interface Case {
  other: SourceRange;
  /** The prefix of the other sheet's lines, "" when they merge with the group's. */
  prefix: string;
  /** The severity of the note saying the other sheet is kept apart, null when there is none. */
  note: Severity | null;
  /** [metric, period, kpi, value worked out by hand]; null is n.m., undefined no such KPI. */
  kpis: [string, string, string, number | null | undefined][];
}

const cases: [string, Case][] = [
  [
    "the same lines over other periods: one business, the periods of both",
    {
      other: sheet(
        "FY25",
        ["1Q25", "2Q25"],
        [
          ["Total revenue", 120, 132],
          ["Operating income", 15, 11],
        ]
      ),
      prefix: "",
      note: null,
      kpis: [
        ["revenue.total", "1Q25", "yoy", 120 / 100 - 1],
        ["revenue.total", "2Q25", "yoy", 132 / 110 - 1],
        ["operating_income", "1Q25", "qoq", 15 / 13 - 1],
      ],
    },
  ],
  [
    "other lines over the same periods: one business",
    {
      other: sheet("Costs", Q24, [["Cost of revenue", 60, 66, 72, 78]]),
      prefix: "",
      note: null,
      kpis: [
        ["cost.total", "4Q24", "value", 78],
        ["gross_profit", "4Q24", "value", 130 - 78],
      ],
    },
  ],
  [
    "every shared figure differs: two businesses, the larger one the group's lines",
    {
      other: sheet("Cloud", Q24, [
        ["Total revenue", 50, 55, 60, 65],
        ["Operating income", 5, 6, 7, 8],
      ]),
      prefix: "cloud",
      note: "info",
      kpis: [
        ["revenue.total", "4Q24", "qoq", 130 / 120 - 1],
        ["cloud.revenue.total", "4Q24", "qoq", 65 / 60 - 1],
        ["cloud.operating_income", "4Q24", "value", 8],
        // a business's operating income is no margin of the group's revenue
        ["cloud.operating_income", "4Q24", "margin", undefined],
      ],
    },
  ],
  [
    "half the shared figures differ: kept apart, a warning naming both sheets",
    {
      other: sheet("Hosting", Q24, [
        ["Total revenue", 100, 110, 60, 65],
        ["Operating income", 10, 11, 6, 7],
      ]),
      prefix: "hosting",
      note: "warning",
      kpis: [
        ["revenue.total", "3Q24", "value", 120],
        ["hosting.revenue.total", "3Q24", "value", 60],
        ["hosting.revenue.total", "4Q24", "qoq", 65 / 60 - 1],
      ],
    },
  ],
  [
    "one shared figure of eight differs: one business, that figure n.m.",
    {
      other: sheet("Restated", Q24, [
        ["Total revenue", 100, 110, 121, 130],
        ["Operating income", 10, 11, 12, 13],
      ]),
      prefix: "",
      note: null,
      kpis: [
        ["revenue.total", "3Q24", "value", null],
        ["revenue.total", "4Q24", "value", 130],
        ["operating_income", "3Q24", "value", 12],
      ],
    },
  ],
];

describe.each(cases)("%s", (_, c) => {
  it.each([
    ["group first", [group, c.other]],
    ["group second", [c.other, group]],
  ])("%s", (__, sources) => {
    const a = analyse(sources, MARCH, NOW);
    const ids = a.dataset.series.map((s) => s.metric);
    expect(ids).toContain("revenue.total");
    expect(ids.some((m) => m.startsWith(`${c.prefix}.`))).toBe(c.prefix !== "");
    const notes = a.issues.filter((i) => i.code === "source-entity");
    if (c.note === null) expect(notes).toEqual([]);
    else {
      expect(notes).toHaveLength(1);
      expect(notes[0]?.severity).toBe(c.note);
      // both sheets named
      expect(notes[0]?.message).toContain(`${c.other.sheet}!`);
      expect(notes[0]?.message).toContain("Group!");
    }
    for (const [metric, period, kind, value] of c.kpis) {
      const got = kpi(a, metric, period, kind);
      if (value === null || value === undefined)
        expect([metric, period, kind, got]).toEqual([metric, period, kind, value]);
      else expect(got).toBeCloseTo(value, 12);
    }
  });
});

describe("a pack's businesses do not depend on the order of its sheets", () => {
  const header = seedHeader();
  const byId = seedRows;
  const isSegment = isSegmentId;
  const isOperating = isOperatingId;
  const pnl: SourceRange = {
    sheet: "P&L",
    topLeft: "A1",
    values: [
      header,
      ...byId((id) => id === "revenue.total" || (!isSegment(id) && !isOperating(id))),
    ],
  };
  const segments: SourceRange = {
    sheet: "Segments",
    topLeft: "A1",
    values: [header, ...byId(isSegment)],
  };
  const operating: SourceRange = {
    sheet: "Operating",
    topLeft: "A1",
    values: [header, ...byId(isOperating)],
  };
  /** A business with its own total revenue, costs and operating income, `share` of the group's. */
  const business = (name: string, share: number): SourceRange => ({
    sheet: name,
    topLeft: "A1",
    values: [
      header,
      ...byId(
        (id) => id === "revenue.total" || id === "operating_income" || id === "cost.total"
      ).map((r) => r.map((v, c) => (c >= 3 && typeof v === "number" ? Math.round(v * share) : v))),
    ],
  });
  const outcome = (sources: SourceRange[]): { ids: string[]; kpis: Map<string, number | null> } => {
    const a = analyse(sources, DEFAULT_SETTINGS, NOW);
    return {
      ids: a.dataset.series.map((s) => s.metric).sort(),
      kpis: new Map(
        toHeadlessJson(a).values.map((v) => [`${v.metric}|${v.period}|${v.kpi}`, v.value])
      ),
    };
  };

  it("gives the same businesses and KPIs for every order of 3 or 4 sheets", () => {
    const packs = fc
      .record({
        share: fc.integer({ min: 2, max: 8 }).map((k) => k / 10),
        withOperating: fc.boolean(),
        withGroup: fc.boolean(),
      })
      .chain(({ share, withOperating, withGroup }) => {
        const sheets = [
          ...(withGroup ? [pnl] : [business("Hosting", share / 2)]),
          segments,
          business("Cloud", share),
          ...(withOperating ? [operating] : []),
        ];
        return fc.tuple(
          fc.constant(sheets),
          fc.shuffledSubarray(sheets, { minLength: sheets.length }),
          fc.constant(!withGroup && share * 1.5 <= 1)
        );
      });
    fc.assert(
      fc.property(packs, ([given, shuffled, asSegments]) => {
        const a = outcome(given);
        const b = outcome(shuffled);
        expect(b.ids).toEqual(a.ids);
        // Cloud alone beside the group is a business; Cloud and Hosting, repeating the same lines within the
        // group's revenue (Segments gives it), are its segments; above it, businesses
        expect(b.ids).toContain(asSegments ? "revenue.cloud" : "cloud.revenue.total");
        expect([...b.kpis.keys()].sort()).toEqual([...a.kpis.keys()].sort());
        for (const [key, v] of a.kpis) expect([key, b.kpis.get(key)]).toEqual([key, v]);
      }),
      { numRuns: 12 }
    );
  });

  it.each([
    ["P&L, Segments, Cloud", [pnl, segments, business("Cloud", 0.6)]],
    ["Cloud, Segments, P&L", [business("Cloud", 0.6), segments, pnl]],
    ["Segments, Cloud, Operating, P&L", [segments, business("Cloud", 0.6), operating, pnl]],
  ])("keeps the group's lines plain and Cloud's apart: %s", (_, sources) => {
    const read = readSources(sources, DEFAULT_SETTINGS);
    const line = (m: string) => read.dataset.series.find((s) => s.metric === m);
    const j = read.dataset.periods.findIndex((p) => p.label === "4Q01");
    expect(line("revenue.total")?.values[j]).toBe(12100);
    expect(line("cloud.revenue.total")?.values[j]).toBe(Math.round(12100 * 0.6));
    expect(line("revenue.dedicated_access")).toBeDefined();
    expect(read.dataset.sources?.find((s) => s.sheet === "Cloud")?.entity).toBe("cloud");
    expect(read.issues.filter((i) => i.code === "source-entity")).toHaveLength(1);
    expect(
      read.issues.filter((i) => i.code === "block-overlap" && i.severity === "warning")
    ).toEqual([]);
  });
});
