/**
 * A results pack of six sheets: a cover, the P&L, revenue by segment (quarters and the fiscal year), operating
 * data, and a sheet per segment with its own "Total revenue". Detect lists the blocks per sheet; refreshing
 * with the P&L, segments and operating data gives what the same figures give on one sheet; the segment sheets
 * are read as the group's segments (their revenues add up to the group's); a figure two sheets give differently
 * is reported on both cells. Figures worked out by hand below.
 */
import { detectWorkbook } from "../../src/app/detectWorkbook";
import { refresh } from "../../src/app/refresh";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/grid/types";
import { withSources, type StoredSettings } from "../../src/workbook/port";
import { officePortOn } from "../workbook/office/fake/port";
import { FakeExcel } from "../workbook/office/fake/excel";

const NOW = new Date("2026-11-25T14:05:00Z");
const HEADER = ["JPY mn", "1Q24", "2Q24", "3Q24", "4Q24", "FY2024", "1Q25"];
const REVENUE = ["Total revenue", 100, 110, 120, 130, 460, 120];
const OPERATING = ["Operating income", 10, 11, 15, 13, 49, 18];
const SEGMENTS = [
  ["Revenue"],
  ["Cloud", 60, 66, 70, 80, 276, 72],
  ["Hosting", 40, 44, 50, 50, 184, 48],
];
const OPS = ["Subscribers (end of period)", 1000, 1100, 1200, 1300, 1300, 1400];

function pack(edit: (segments: CellValue[][]) => void = () => {}) {
  const x = new FakeExcel();
  x.addSheet("Cover", [["Acme Corp"], ["Results pack, first quarter 2025"], ["Contents"]]);
  x.addSheet("P&L", [["Consolidated statement of income"], [], HEADER, REVENUE, OPERATING]);
  const segments: CellValue[][] = [HEADER, ...SEGMENTS.map((r) => [...r]), [...REVENUE]];
  edit(segments);
  x.addSheet("Segments", segments);
  x.addSheet("Operating data", [HEADER, OPS]);
  x.addSheet("Cloud", [
    ["Cloud business"],
    HEADER,
    ["Total revenue", 60, 66, 70, 80, 276, 72],
    ["Operating income", 6, 7, 9, 8, 30, 11],
  ]);
  x.addSheet("Hosting", [
    ["Hosting business"],
    HEADER,
    ["Total revenue", 40, 44, 50, 50, 184, 48],
    ["Operating income", 4, 4, 6, 5, 19, 7],
  ]);
  return { x, port: officePortOn(x) };
}

const kept = (): StoredSettings =>
  withSources({ version: 1, source: { kind: "selection" }, settings: { ...DEFAULT_SETTINGS } }, [
    { kind: "address", address: "'P&L'!A:XFD" },
    { kind: "address", address: "Segments!A:XFD" },
    { kind: "address", address: "'Operating data'!A:XFD" },
  ]);

describe("whole-workbook Detect", () => {
  it("lists the blocks of every sheet: where, lines, first … last period", async () => {
    const { x, port } = pack();
    const found = await detectWorkbook(port);
    if (!found.ok) throw new Error(found.message);
    expect(x.runs).toBeLessThanOrEqual(2); // the sheet list, then every sheet in one batch
    expect(
      found.sheets.map((s) => [
        s.sheet,
        s.blocks.map((b) => `${b.range} ${b.lines} ${b.first}…${b.last} ${b.periods}`),
      ])
    ).toEqual([
      ["Cover", []],
      ["P&L", ["'P&L'!A3:G5 2 1Q24…1Q25 6"]],
      ["Segments", ["Segments!A1:G5 3 1Q24…1Q25 6"]],
      ["Operating data", ["'Operating data'!A1:G2 1 1Q24…1Q25 6"]],
      ["Cloud", ["Cloud!A2:G4 2 1Q24…1Q25 6"]],
      ["Hosting", ["Hosting!A2:G4 2 1Q24…1Q25 6"]],
    ]);
    // Cloud and Hosting repeat the same lines and add up to the group's revenue: segments, no businesses
    expect(found.sheets.map((s) => s.entity ?? "")).toEqual(["", "", "", "", "", ""]);
    expect(found.sheets[0]?.source).toBeUndefined();
    expect(found.sheets[1]?.source).toEqual({ kind: "address", address: "'P&L'!A:XFD" });
  });
});

describe("whole-workbook Detect with figures that look like years or dates", () => {
  it("offers no sheet whose only numbers look like years or are figures formatted as numbers", async () => {
    const x = new FakeExcel();
    x.addSheet("P&L", [["Consolidated statement of income"], [], HEADER, REVENUE, OPERATING]);
    x.addSheet("Stores", [
      ["Store", "Opened", "Floor area (m2)", "Staff"],
      ["Osaka", 1987, 2040, 35],
      ["Kobe", 2003, 1960, 28],
      ["Nagoya", 1995, 2075, 41],
    ]);
    const balances: CellValue[][] = [
      ["Account", "Opening", "Closing"],
      ["Trade receivables", 45010, 45360],
      ["Inventories", 41990, 42270],
    ];
    x.addSheet(
      "Balances",
      balances,
      balances.map((row) => row.map((v) => (typeof v === "number" ? "#,##0" : "General")))
    );
    const found = await detectWorkbook(officePortOn(x));
    if (!found.ok) throw new Error(found.message);
    expect(found.sheets.map((s) => [s.sheet, s.source?.kind ?? "none", s.blocks.length])).toEqual([
      ["P&L", "address", 1],
      ["Stores", "none", 0],
      ["Balances", "none", 0],
    ]);
  });
});

describe("refreshing the sources kept", () => {
  it("gives what the same figures give on one sheet", async () => {
    const { port } = pack();
    const three = await refresh(port, kept(), { now: NOW });
    const x1 = new FakeExcel();
    x1.addSheet("Figures", [HEADER, ...SEGMENTS, REVENUE, OPERATING, OPS]);
    const one = await refresh(
      officePortOn(x1),
      {
        version: 1,
        source: { kind: "address", address: "Figures!A:XFD" },
        settings: { ...DEFAULT_SETTINGS },
      },
      { now: NOW }
    );
    if (!three.ok || !one.ok) throw new Error("refresh failed");
    const map = (r: typeof one) =>
      new Map(r.analysis.kpis.map((k) => [`${k.metric}|${k.period}|${k.kpi}`, k.value]));
    const a = map(one);
    const b = map(three);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [k, v] of a) expect(b.get(k) ?? null).toBe(v);
    // by hand: revenue +20% on 1Q24; operating margin 18 / 120; Cloud 72 of 120
    expect(b.get("revenue.total|1Q25|yoy")).toBeCloseTo(0.2, 9);
    expect(b.get("operating_income|1Q25|margin")).toBeCloseTo(0.15, 9);
    const cloud = [...b.keys()].find((k) => /^revenue\.[^|]*cloud[^|]*\|1Q25\|share$/.test(k));
    expect(cloud && b.get(cloud)).toBeCloseTo(0.6, 9);
  });

  it("reads the sheet per segment as the group's segments when every sheet is read", async () => {
    const { port } = pack();
    const stored = withSources(kept(), [
      ...[kept().source, ...(kept().moreSources ?? [])],
      { kind: "address", address: "Cloud!A:XFD" },
      { kind: "address", address: "Hosting!A:XFD" },
    ]);
    const r = await refresh(port, stored, { now: NOW });
    if (!r.ok) throw new Error(r.message);
    const value = (metric: string, period: string, kpi: string) =>
      r.analysis.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kpi)
        ?.value;
    expect(value("revenue.total", "1Q25", "value")).toBe(120);
    // the Cloud sheet's revenue is the Segments sheet's Cloud line: one line, 72 of 120
    expect(value("revenue.cloud", "1Q25", "value")).toBe(72);
    expect(value("revenue.hosting", "1Q25", "value")).toBe(48);
    expect(value("revenue.cloud", "1Q25", "share")).toBeCloseTo(72 / 120, 9);
    // 72 on 60 a year before: +20%
    expect(value("revenue.cloud", "1Q25", "yoy")).toBeCloseTo(0.2, 9);
    // a segment's margin over its own revenue: 11 / 72; its share of the group's operating income 11 / 18
    expect(value("operating_income.cloud", "1Q25", "margin")).toBeCloseTo(11 / 72, 9);
    expect(value("operating_income.cloud", "1Q25", "share")).toBeCloseTo(11 / 18, 9);
    expect(value("cloud.revenue.total", "1Q25", "value")).toBeUndefined();
    // the figures both sheets give agree: none left out
    expect(
      r.analysis.issues.filter((i) => i.code === "block-overlap" && i.severity !== "info")
    ).toHaveLength(0);
  });

  it("reports a figure two sheets give differently on both cells", async () => {
    const { port } = pack((segments) => {
      const total = segments[segments.length - 1] as CellValue[];
      total[2] = 111; // 2Q24: the P&L says 110
    });
    const r = await refresh(port, kept(), { now: NOW });
    if (!r.ok) throw new Error(r.message);
    const cells = r.analysis.issues
      .filter((i) => i.code === "block-overlap" && i.severity === "warning")
      .map((i) => i.cell)
      .sort();
    expect(cells).toEqual(["'P&L'!C4", "Segments!C5"]);
    const line = r.analysis.dataset.series.find((s) => s.metric === "revenue.total");
    const j = r.analysis.dataset.periods.findIndex((p) => p.label === "2Q24");
    expect(line?.values[j]).toBeNull();
  });
});
