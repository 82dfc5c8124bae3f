/**
 * Several sources read into one dataset: the seed's figures split over three sheets give what they give on one;
 * a sheet per business stays apart; a figure two sheets give differently is reported on both cells and n.m.
 */
import { analyse, toHeadlessJson, type HeadlessJson } from "../../../src/core/analyse";
import type { CellValue, SourceRange } from "../../../src/core/grid/types";
import { readSources } from "../../../src/core/read";
import { cellAddress } from "../../../src/core/grid";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { buildNotes } from "../../../src/core/summarise/notes";
import { isOperatingId, isSegmentId, seedGrid, seedHeader, seedRows } from "../../helpers/seed";

const NOW = new Date(2026, 10, 25, 14, 5);
const grid = seedGrid();
const header = seedHeader();
const byId = seedRows;
const isSegment = isSegmentId;
const isOperating = isOperatingId;

/** P&L (everything but segments and operating data, with total revenues), segments (with total revenues again), operating data. */
function packSheets(edit: (segments: CellValue[][]) => void = () => {}): SourceRange[] {
  const pnl = [
    ["Consolidated statement of income"],
    [],
    header,
    ...byId((id) => id === "revenue.total" || (!isSegment(id) && !isOperating(id))),
  ];
  const segments = [header, ...byId(isSegment).map((r) => [...r])];
  edit(segments);
  const operating = [["Operating data"], header, ...byId(isOperating)];
  return [
    { sheet: "P&L", topLeft: "A1", values: pnl },
    { sheet: "Segments", topLeft: "B2", values: segments },
    { sheet: "Operating", topLeft: "A1", values: operating },
  ];
}

const oneSheet = toHeadlessJson(
  analyse({ sheet: "Figures", topLeft: "A1", values: grid }, DEFAULT_SETTINGS, NOW)
);

function valueMap(json: HeadlessJson): Map<string, number | null> {
  return new Map(json.values.map((v) => [`${v.metric}|${v.period}|${v.kpi}`, v.value]));
}

describe("several sources, one dataset", () => {
  const analysis = analyse(packSheets(), DEFAULT_SETTINGS, NOW);
  const json = toHeadlessJson(analysis);

  it("gives every KPI the same figures give on one sheet", () => {
    const one = valueMap(oneSheet);
    const pack = valueMap(json);
    expect(one.size).toBeGreaterThan(100);
    expect([...pack.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [key, v] of one) {
      const w = pack.get(key);
      if (v === null) expect(w).toBeNull();
      else expect(w).toBeCloseTo(v, 9);
    }
  });

  it("keeps each figure's own sheet, so live formulas point at it", () => {
    const cellOf = (metric: string, period: string): string => {
      const s = analysis.dataset.series.find((x) => x.metric === metric);
      const j = analysis.dataset.periods.findIndex((p) => p.label === period);
      const ref = s?.cells[j];
      return ref ? cellAddress(ref) : "";
    };
    // Segments starts at B2: its header on row 2, dedicated access on row 3, 4Q01 in column L + 1 = M
    expect(cellOf("revenue.dedicated_access", "4Q01")).toBe("Segments!M3");
    expect(cellOf("operating_income", "4Q01")).toMatch(/^'P&L'!L\d+$/);
    expect(cellOf("ops.ip_contracts", "4Q01")).toMatch(/^Operating!L\d+$/);
    // total revenues given by both: the first cell (P&L) is used
    expect(cellOf("revenue.total", "4Q01")).toBe("'P&L'!L4");
  });

  it("lists every source read in the notes and blocks", () => {
    const notes = new Map(buildNotes(analysis.dataset, DEFAULT_SETTINGS, [], NOW));
    const source = [...notes.values()][0];
    expect(source).toContain("'P&L'!");
    expect(source).toContain("Segments!B2:");
    expect(source).toContain("Operating!");
    expect(analysis.dataset.blocks?.map((b) => b.range.split("!")[0])).toEqual([
      "'P&L'",
      "Segments",
      "Operating",
    ]);
  });

  it("reports a figure two sheets give differently on both cells, and uses neither", () => {
    const conflicting = analyse(
      packSheets((seg) => {
        const total = seg.find((r) => r[0] === "revenue.total") as CellValue[];
        total[header.indexOf("3Q01")] = 9999; // P&L says 9,926
      }),
      DEFAULT_SETTINGS,
      NOW
    );
    const warnings = conflicting.issues.filter(
      (i) => i.code === "block-overlap" && i.severity === "warning" && i.period === "3Q01"
    );
    expect(warnings.map((w) => w.cell).sort()).toEqual(["'P&L'!K4", "Segments!L8"]);
    const kpi = toHeadlessJson(conflicting).values.find(
      (v) => v.metric === "revenue.total" && v.period === "3Q01" && v.kpi === "value"
    );
    // neither cell is used: the figure is left out of the line, and the engine's total is the segments' sum
    const line = conflicting.dataset.series.find((s) => s.metric === "revenue.total");
    const j = conflicting.dataset.periods.findIndex((p) => p.label === "3Q01");
    expect(line?.values[j]).toBeNull();
    expect(kpi?.value).toBe(4900 + 1180 + 2735 + 561 + 550);
    // the other periods still read
    const q4 = toHeadlessJson(conflicting).values.find(
      (v) => v.metric === "revenue.total" && v.period === "4Q01" && v.kpi === "value"
    );
    expect(q4?.value).toBe(12100);
  });

  it("reads a source without figures as a warning, the others still read", () => {
    const [pnl, seg, ops] = packSheets();
    const read = readSources(
      [
        { sheet: "Cover", topLeft: "A1", values: [["Results pack"], ["Contents"]] },
        pnl!,
        seg!,
        ops!,
      ],
      DEFAULT_SETTINGS
    );
    expect(read.noFigures).toBeUndefined();
    expect(read.issues.find((i) => i.code === "no-figures")?.severity).toBe("warning");
    expect(read.dataset.series.find((s) => s.metric === "ops.ip_contracts")).toBeDefined();
  });
});

describe("a sheet per business", () => {
  /** A business sheet with its own total revenues and operating income, `share` of the group's. */
  const business = (sheet: string, share: number): SourceRange => ({
    sheet,
    topLeft: "A1",
    values: [
      header,
      ...byId(
        (id) => id === "revenue.total" || id === "operating_income" || id === "cost.total"
      ).map((r) => r.map((v, c) => (c >= 3 && typeof v === "number" ? Math.round(v * share) : v))),
    ],
  });

  it.each([
    ["after the P&L", true],
    ["without the P&L", false],
  ])("keeps each business's lines apart, %s", (_, withPnl) => {
    // with the P&L, revenues above the group's (0.6 + 0.5): businesses, not segments of the group
    const hostingShare = withPnl ? 0.5 : 0.3;
    const sources = [
      ...(withPnl ? [packSheets()[0] as SourceRange] : []),
      business("Cloud", 0.6),
      business("Hosting", hostingShare),
    ];
    const read = readSources(sources, DEFAULT_SETTINGS);
    const ids = read.dataset.series.map((s) => s.metric);
    const first = withPnl ? "" : "Cloud";
    // the first source keeps the plain ids; each later business gets its own lines
    expect(ids).toContain("revenue.total");
    expect(ids).toContain("hosting.revenue.total");
    if (withPnl) expect(ids).toContain("cloud.revenue.total");
    expect(ids.filter((m) => m === "revenue.total")).toHaveLength(1);
    const hosting = read.dataset.series.find((s) => s.metric === "hosting.revenue.total");
    expect(hosting?.label).toBe("Hosting · Total revenues");
    const j = read.dataset.periods.findIndex((p) => p.label === "4Q01");
    expect(hosting?.values[j]).toBe(Math.round(12100 * hostingShare));
    expect(hosting?.cells[j] && cellAddress(hosting.cells[j]!)).toBe("Hosting!L2");
    const total = read.dataset.series.find((s) => s.metric === "revenue.total");
    expect(total?.values[j]).toBe(withPnl ? 12100 : Math.round(12100 * 0.6));
    expect(total?.cells[j]?.sheet).toBe(withPnl ? "P&L" : first);
    // said, not silent; and no figure left out for disagreeing
    expect(read.issues.filter((i) => i.code === "source-entity")).toHaveLength(withPnl ? 3 : 1);
    if (withPnl)
      expect(read.issues.map((i) => i.message).join("\n")).toContain(
        "more than the total revenue of"
      );
    expect(read.issues.filter((i) => i.code === "block-overlap")).toHaveLength(0);
  });

  it("gives a business no margin over the group's revenue", () => {
    const json = toHeadlessJson(
      analyse([packSheets()[0] as SourceRange, business("Cloud", 0.6)], DEFAULT_SETTINGS, NOW)
    );
    const margins = json.values.filter(
      (v) => v.metric === "cloud.operating_income" && v.kpi === "margin"
    );
    expect(margins).toHaveLength(0);
    const group = json.values.find(
      (v) => v.metric === "revenue.total" && v.period === "4Q01" && v.kpi === "value"
    );
    expect(group?.value).toBe(12100);
  });

  it("merges a repeated sheet that agrees into one line", () => {
    const pnl = packSheets()[0] as SourceRange;
    const read = readSources([pnl, { ...pnl, sheet: "P&L copy" }], DEFAULT_SETTINGS);
    expect(
      read.dataset.series.map((s) => s.metric).filter((m) => m.endsWith("revenue.total"))
    ).toEqual(["revenue.total"]);
    expect(read.issues.filter((i) => i.code === "source-entity")).toHaveLength(0);
  });
});

describe("units across sources", () => {
  const H = ["", "1Q24", "2Q24", "3Q24", "4Q24"];
  const pnl: SourceRange = {
    sheet: "P&L",
    topLeft: "A1",
    values: [
      ["(JPY mn)"],
      H,
      ["Total revenue", 100, 110, 120, 130],
      ["Operating income", 1, 2, 3, 4],
    ],
  };
  const ops: SourceRange = {
    sheet: "Ops",
    topLeft: "A1",
    values: [H, ["Subscribers", 1000, 1100, 1200, 1300], ["Capital expenditures", 5, 6, 7, 8]],
  };
  const cash: SourceRange = {
    sheet: "Cash",
    topLeft: "A1",
    values: [
      ["(JPY thousands)"],
      H,
      ["Capital expenditures", 5000, 6000, 7000, 8000],
      ["Net cash from operating activities", 9000, 9100, 9200, 9300],
    ],
  };
  const read = readSources([pnl, ops, cash], DEFAULT_SETTINGS);
  const line = (metric: string) => read.dataset.series.find((s) => s.metric === metric);

  it.each<[string, (number | null)[]]>([
    // a sheet without a unit is read in the pack's unit: its counts stay counts, its money JPY mn
    ["ops.subscribers", [1000, 1100, 1200, 1300]],
    ["capex", [5, 6, 7, 8]],
    // a sheet in JPY thousands is scaled to JPY mn
    ["cf.operating", [9, 9.1, 9.2, 9.3]],
    ["revenue.total", [100, 110, 120, 130]],
  ])("%s", (metric, values) => {
    expect(line(metric)?.values).toEqual(values);
  });

  it("says which unit a sheet without one was read in, and merges agreeing figures in another scale", () => {
    expect(read.issues.find((i) => i.code === "unit-unknown")).toMatchObject({
      severity: "info",
      message: expect.stringMatching(/^Ops!A1:E3 gives no unit .* JPY mn, the unit of P&L!A1:E4/),
    });
    expect(read.issues.filter((i) => i.code === "source-entity")).toEqual([]);
    expect(
      read.issues.filter((i) => i.code === "block-overlap" && i.severity === "warning")
    ).toEqual([]);
  });
});

describe("a sheet without a unit whose figures are another sheet's in a coarser unit", () => {
  const H = ["", "1Q24", "2Q24", "3Q24", "4Q24"];
  const pnl: SourceRange = {
    sheet: "P&L",
    topLeft: "A1",
    values: [
      ["(JPY mn)"],
      H,
      ["Total revenue", 12340, 15670, 13450, 16780],
      ["Operating income", 1234, 1567, 1345, 1678],
    ],
  };
  // the segments sheet writes the same revenue in JPY bn, without saying so
  const segments: SourceRange = {
    sheet: "Segments",
    topLeft: "A1",
    values: [
      H,
      ["Total revenue", 12.3, 15.7, 13.5, 16.8],
      ["Mobile", 5.1, 6.2, 5.5, 7.0],
      ["Fixed", 7.2, 9.5, 8.0, 9.8],
    ],
  };

  it.each([
    ["P&L first", [pnl, segments]],
    ["segments first", [segments, pnl]],
  ])("%s: its figures are read in JPY bn, not as a business of its own in JPY mn", (_, ranges) => {
    const a = analyse(ranges, { ...DEFAULT_SETTINGS, fyEndMonth: 3 }, NOW);
    // in JPY mn, whichever sheet's unit the pack is shown in (the first listed)
    const mn = a.dataset.money.scale / 1e6;
    const kpi = (metric: string, kind: string) =>
      a.kpis.find((k) => k.metric === metric && k.period === "1Q24" && k.kpi === kind)?.value;
    expect(a.dataset.series.filter((s) => s.metric.startsWith("segments."))).toEqual([]);
    expect(Math.abs((kpi("revenue.total", "value") ?? 0) * mn - 12340)).toBeLessThanOrEqual(50);
    expect((kpi("revenue.mobile", "value") ?? 0) * mn).toBeCloseTo(5100, 6);
    expect(kpi("revenue.mobile", "share")).toBeCloseTo(0.413, 2);
    expect(a.issues.find((i) => i.code === "unit-unknown")).toMatchObject({
      severity: "warning",
      message: expect.stringMatching(/^Segments!A1:E4 gives no unit .* read in JPY bn/),
    });
  });
});

describe("one fiscal calendar across sources", () => {
  const quarters = ["", "1Q01", "2Q01", "3Q01", "4Q01"];
  const march: SourceRange = {
    sheet: "P&L",
    topLeft: "A1",
    values: [
      ["", "1Q01", "2Q01", "3Q01", "4Q01", "FY3/02"],
      ["Total revenues", 8689, 9185, 9926, 12100, 39900],
    ],
  };
  const segments: SourceRange = {
    sheet: "Segments",
    topLeft: "A1",
    values: [quarters, ["Systems integration", 2200, 2600, 2735, 4300]],
  };

  it("reads a sheet whose labels do not give the year end with the calendar another sheet's labels give", () => {
    const read = readSources([segments, march], DEFAULT_SETTINGS);
    expect(read.dataset.calendar.endMonth).toBe(3);
    // 4Q01 of both sheets is one period: January–March 2002
    const q4 = read.dataset.periods.filter((p) => p.label === "4Q01");
    expect(q4).toHaveLength(1);
    expect(q4[0]?.end).toBe("2002-03-31");
    expect(read.dataset.periods).toHaveLength(5);
    expect(read.issues.filter((i) => i.code === "source-calendar")).toEqual([]);
  });

  it("warns when two sheets' labels give different year ends", () => {
    const december: SourceRange = {
      sheet: "Segments",
      topLeft: "A1",
      values: [
        ["", "FY12/00", "FY12/01"],
        ["Systems integration", 8221, 11835],
      ],
    };
    const read = readSources([march, december], DEFAULT_SETTINGS);
    expect(read.dataset.calendar.endMonth).toBe(3);
    expect(read.issues.find((i) => i.code === "source-calendar")).toMatchObject({
      severity: "warning",
      message: expect.stringMatching(/^Segments!A1:C2 reads as a fiscal year ending in month 12/),
    });
  });
});

describe("figures written in a coarser unit on another sheet", () => {
  const H = ["", "1Q24", "2Q24", "3Q24", "4Q24"];
  const pnl: SourceRange = {
    sheet: "P&L",
    topLeft: "A1",
    values: [["(JPY mn)"], H, ["Total revenue", 12100, 12149, 11951, 13040]],
  };
  const summary = (q4: number): SourceRange => ({
    sheet: "Summary",
    topLeft: "A1",
    values: [["(JPY bn)"], H, ["Total revenue", 12.1, 12.1, 12.0, q4]],
  });

  it.each<[string, number, number]>([
    // 13,040 JPY mn is 13.0 JPY bn to one decimal
    ["agree to the rounding shown", 13.0, 0],
    // 13.1 is not 13,040 to one decimal: one figure of four differs, reported on both cells
    ["differ in one period", 13.1, 2],
  ])("%s", (_, q4, warnings) => {
    const read = readSources([pnl, summary(q4)], DEFAULT_SETTINGS);
    const line = read.dataset.series.find((s) => s.metric === "revenue.total");
    expect(read.issues.filter((i) => i.code === "source-entity")).toEqual([]);
    expect(
      read.issues.filter((i) => i.code === "block-overlap" && i.severity === "warning")
    ).toHaveLength(warnings);
    expect(line?.values).toEqual([12100, 12149, 11951, warnings === 0 ? 13040 : null]);
  });
});
