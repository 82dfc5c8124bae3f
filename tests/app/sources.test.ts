/**
 * Refreshing from several sources through the Office adapter: the seed split over three sheets (an index sheet
 * first) gives the KPIs it gives on one, in the same number of syncs, with live formulas on each figure's sheet.
 */
import { refresh } from "../../src/app/refresh";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/grid/types";
import { withSources, type StoredSettings } from "../../src/workbook/port";
import { officePortOn } from "../workbook/office/fake/port";
import { FakeExcel } from "../workbook/office/fake/excel";
import { seedGrid } from "../helpers/seed";

const NOW = new Date("2026-11-25T14:05:00Z");
const seed = seedGrid();
const [header, ...rows] = seed as [CellValue[], ...CellValue[][]];
const pick = (pred: (id: string) => boolean): CellValue[][] => [
  header,
  ...rows.filter((r) => pred(String(r[0]))),
];
const isSegment = (id: string): boolean => id.startsWith("revenue.") && id !== "revenue.total";
const isOperating = (id: string): boolean =>
  id.startsWith("ops.") || id.startsWith("fx.") || id.startsWith("cf.");

function oneSheet() {
  const x = new FakeExcel();
  x.addSheet("Figures", seed);
  const stored: StoredSettings = {
    version: 1,
    source: { kind: "address", address: `Figures!A1:M${seed.length}` },
    settings: { ...DEFAULT_SETTINGS },
  };
  return { x, port: officePortOn(x), stored };
}

function threeSheets() {
  const x = new FakeExcel();
  x.addSheet("Index", [["Results pack"], ["P&L"], ["Segments"], ["Operating data"]]);
  x.addSheet(
    "P&L",
    pick((id) => !isSegment(id) && !isOperating(id))
  );
  x.addSheet("Segments", pick(isSegment));
  x.addSheet("Operating data", pick(isOperating));
  const stored = withSources(
    {
      version: 1,
      source: { kind: "selection" },
      settings: { ...DEFAULT_SETTINGS },
    } as StoredSettings,
    [
      { kind: "address", address: "'P&L'!A:XFD" },
      { kind: "address", address: "Segments!A:XFD" },
      { kind: "address", address: "'Operating data'!A:XFD" },
    ]
  );
  return { x, port: officePortOn(x), stored };
}

describe("refresh from several sources", () => {
  it("gives the KPIs the same figures give on one sheet, in the same number of syncs", async () => {
    const one = oneSheet();
    const three = threeSheets();
    const a = await refresh(one.port, one.stored, { now: NOW });
    const b = await refresh(three.port, three.stored, { now: NOW });
    if (!a.ok || !b.ok) throw new Error("refresh failed");
    const values = (r: typeof a) =>
      new Map(r.analysis.kpis.map((k) => [`${k.metric}|${k.period}|${k.kpi}`, k.value]));
    const va = values(a);
    const vb = values(b);
    expect(va.size).toBeGreaterThan(100);
    expect([...vb.keys()].sort()).toEqual([...va.keys()].sort());
    for (const [key, v] of va) expect(vb.get(key) ?? null).toBe(v);
    expect(b.analysis.highlights).toEqual(a.analysis.highlights);
    expect(three.x.syncCount).toBe(one.x.syncCount);
  });

  it("writes live formulas pointing at each figure's own sheet and lists every source", async () => {
    const three = threeSheets();
    const r = await refresh(three.port, three.stored, { now: NOW });
    if (!r.ok) throw new Error(r.message);
    const formulas = r.analysis.summary.table.rows.flatMap((row) =>
      row.formulas.map((f) => f ?? "")
    );
    expect(formulas.some((f) => f.includes("'P&L'!"))).toBe(true);
    expect(formulas.some((f) => f.includes("Segments!"))).toBe(true);
    expect(formulas.some((f) => f.includes("'Operating data'!"))).toBe(true);
    const source = r.analysis.summary.notes[0]?.[1] ?? "";
    expect(source).toMatch(/^'P&L'!A1:M\d+, Segments!A1:M\d+, 'Operating data'!A1:M\d+$/);
    expect(r.analysis.summary.subtitle).toContain(source);
  });
});
