/**
 * The contract every workbook adapter keeps, as a jest suite: call `runWorkbookContract("file", factory)` from
 * an adapter's test file. Checks the round trip of values and number formats against the shared layout,
 * ownership (a user's sheet with our name is never overwritten; user sheets are untouched), idempotence
 * (refresh twice → identical workbook), a failure in the middle (previous summary intact), settings and reads.
 */
import { layoutSummary } from "../../../src/workbook/layout";
import type { StoredSettings, WriteResult } from "../../../src/workbook/port";
import { SAMPLE_SOURCE, SAMPLE_SOURCE_SHEET, sampleModel } from "./sampleModel";
import type { ContractFactory, WorkbookSnapshot } from "./types";

export type { ContractFactory, ContractSetup, ContractSubject, WorkbookSnapshot } from "./types";
export { SAMPLE_SOURCE, SAMPLE_SOURCE_SHEET, SAMPLE_PERIODS, sampleModel } from "./sampleModel";

const owning = (r: WriteResult): StoredSettings["owned"] => ({
  sheet: r.sheet,
  table: r.table,
  charts: r.charts,
});

function sheetOf(snap: WorkbookSnapshot, name: string): WorkbookSnapshot["sheets"][number] {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s)
    throw new Error(`sheet ${name} missing; sheets: ${snap.sheets.map((x) => x.name).join(", ")}`);
  return s;
}

/** Trailing blank rows/columns dropped, so hosts that report a used range differently still compare. */
function trimGrid<T>(grid: T[][], blank: (v: T) => boolean): T[][] {
  const rows = grid.map((r) => [...r]);
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every(blank)) rows.pop();
  let width = 0;
  for (const r of rows)
    for (let c = r.length - 1; c >= 0; c--)
      if (!blank(r[c] as T)) {
        width = Math.max(width, c + 1);
        break;
      }
  return rows.map((r) =>
    r.slice(0, width).concat(Array<T>(Math.max(0, width - r.length)).fill(undefined as T))
  );
}

const blankValue = (v: unknown): boolean => v === "" || v === null || v === undefined;

export function runWorkbookContract(adapterName: string, create: ContractFactory): void {
  describe(`workbook port contract: ${adapterName}`, () => {
    test("writes exactly the shared layout: values and number formats round-trip", async () => {
      const subject = await create({});
      const model = sampleModel();
      const result = await subject.port.writeSummary(model, undefined);
      expect(result.sheet).toBe("KPI Summary");
      expect(result.notes).toEqual([]);
      expect(result.charts).toEqual(model.charts.map((c) => c.id));
      const layout = layoutSummary(model);
      const [read] = await subject.port.readRanges([
        { kind: "address", address: `'KPI Summary'!${layout.used.address}` },
      ]);
      expect(read?.values).toEqual(layout.values);
      expect(read?.numberFormats).toEqual(layout.numberFormats);
      const snap = await subject.snapshot();
      expect(snap.tables).toContain(`KPI Summary!${result.table}`);
      expect(snap.charts).toEqual(model.charts.map((c) => `KPI Summary!${c.id}`));
    });

    test("live formulas point at the source cells", async () => {
      const subject = await create({});
      await subject.port.writeSummary(sampleModel(), undefined);
      const snap = await subject.snapshot();
      const formulas = sheetOf(snap, "KPI Summary").formulas;
      if (!formulas) return; // a host that cannot report formulas skips this check
      // 4Q01 total revenues (table row 14, column M) is the source cell Figures!L7.
      expect(formulas[13]?.[12]).toBe("=Figures!L7");
    });

    test("a user's sheet with our name is never overwritten: a new name is used and reported", async () => {
      const mine = [["My notes"], ["keep me"]];
      const subject = await create({ userSheets: [{ name: "KPI Summary", values: mine }] });
      const before = sheetOf(await subject.snapshot(), "KPI Summary");
      const first = await subject.port.writeSummary(sampleModel(), undefined);
      expect(first.sheet).toBe("KPI Summary (2)");
      expect(first.notes.join(" ")).toMatch(/KPI Summary \(2\)/);
      const second = await subject.port.writeSummary(sampleModel(), owning(first));
      expect(second.sheet).toBe("KPI Summary (2)");
      const after = await subject.snapshot();
      expect(sheetOf(after, "KPI Summary")).toEqual(before);
      expect(after.sheets.filter((s) => s.name.startsWith("KPI Summary"))).toHaveLength(2);
    });

    test("user sheets are untouched by refreshes", async () => {
      const subject = await create({
        userSheets: [{ name: "Notes", values: [["Prepared by IR", 42]] }],
      });
      const before = await subject.snapshot();
      const first = await subject.port.writeSummary(sampleModel(), undefined);
      await subject.port.writeSummary(sampleModel({ title: "Refreshed" }), owning(first));
      const after = await subject.snapshot();
      for (const name of [SAMPLE_SOURCE_SHEET, "Notes"])
        expect(sheetOf(after, name)).toEqual(sheetOf(before, name));
    });

    test("idempotent: refreshing twice with the same figures gives an identical workbook", async () => {
      const subject = await create({});
      const first = await subject.port.writeSummary(sampleModel(), undefined);
      const once = await subject.snapshot();
      const second = await subject.port.writeSummary(sampleModel(), owning(first));
      expect(second).toEqual(first);
      expect(await subject.snapshot()).toEqual(once);
    });

    test("a failure in the middle of a refresh leaves the previous summary intact", async () => {
      const subject = await create({});
      const first = await subject.port.writeSummary(sampleModel(), undefined);
      const before = await subject.snapshot();
      subject.armFailure();
      await expect(
        subject.port.writeSummary(sampleModel({ title: "Half-written" }), owning(first))
      ).rejects.toThrow(/previous summary/);
      expect(await subject.snapshot()).toEqual(before);
      // and the next refresh works
      const again = await subject.port.writeSummary(
        sampleModel({ title: "Complete" }),
        owning(first)
      );
      expect(again.sheet).toBe("KPI Summary");
      expect(sheetOf(await subject.snapshot(), "KPI Summary").values[0]?.[0]).toBe("Complete");
    });

    test("a changed model replaces the owned summary in place (no leftovers)", async () => {
      const subject = await create({});
      const first = await subject.port.writeSummary(sampleModel(), undefined);
      await subject.port.writeSummary(sampleModel({ highlights: [], charts: [] }), owning(first));
      const snap = await subject.snapshot();
      expect(
        snap.sheets.filter((s) => s.name.startsWith("KPI Summary")).map((s) => s.name)
      ).toEqual(["KPI Summary"]);
      expect(snap.charts).toEqual([]);
      expect(sheetOf(snap, "KPI Summary").values[4]?.[0]).toMatch(/No highlights/);
    });

    test("settings round-trip (and survive reopening where the host persists)", async () => {
      const subject = await create({});
      expect(await subject.port.loadSettings()).toBeNull();
      const stored: StoredSettings = {
        version: 1,
        source: { kind: "address", address: "Figures!A1:M9" },
        settings: {
          ebitda: "operating",
          ratioKpis: [],
          guidance: [],
          outputSheet: "KPI Summary",
          formulas: false,
          fyEndMonth: 3,
        },
        owned: { sheet: "KPI Summary", table: "QuarterDeckKPIs", charts: ["QD_a"] },
        lastRefreshed: "2026-11-25T14:05:00.000Z",
      };
      await subject.port.saveSettings(stored);
      expect(await subject.port.loadSettings()).toEqual(stored);
      if (subject.reopen) {
        await subject.port.writeSummary(sampleModel(), undefined);
        const before = await subject.snapshot();
        const reopened = await subject.reopen();
        expect(await reopened.port.loadSettings()).toEqual(stored);
        expect(await reopened.snapshot()).toEqual(before);
      }
    });

    test("reads an address, a full-column reference trimmed to the used range, and the selection", async () => {
      const subject = await create({});
      const [block, columns] = await subject.port.readRanges([
        { kind: "address", address: "Figures!D7:M7" },
        { kind: "address", address: "Figures!A:C" },
      ]);
      expect(block?.sheet).toBe("Figures");
      expect(block?.topLeft).toBe("D7");
      expect(block?.values).toEqual([SAMPLE_SOURCE[6]?.slice(3)]);
      expect(columns?.values).toEqual(SAMPLE_SOURCE.map((r) => r.slice(0, 3)));
      const [sel] = await subject.port.readRanges([{ kind: "selection" }]);
      expect(trimGrid(sel?.values ?? [], blankValue).length).toBeGreaterThan(0);
      await expect(
        subject.port.readRanges([{ kind: "address", address: "Nowhere!A1" }])
      ).rejects.toThrow(/Nowhere/);
    });

    test("selectCell accepts a sheet-qualified cell and rejects a bad one by name", async () => {
      const subject = await create({});
      await expect(subject.port.selectCell("Figures!M7")).resolves.toBeUndefined();
      await expect(subject.port.selectCell("Missing!A1")).rejects.toThrow(/Missing/);
    });

    test("a formula placed on a cell that holds a figure writes over nothing", async () => {
      const subject = await create({});
      const written = await subject.port.writeSummary(sampleModel(), undefined);
      await subject.port.selectCell("Figures!D2");
      const before = await subject.snapshot();
      const placed = await subject.port.writeFormulaToSelection(
        '=QUARTERDECK.KPI(Figures!A1:H9, "Total revenues")',
        owning(written)
      );
      expect(placed.kind).not.toBe("written");
      if (placed.kind === "refused" && placed.cell !== undefined)
        expect(placed.cell).toBe("Figures!D2");
      expect(await subject.snapshot()).toEqual(before);
    });

    test("capabilities name the host and what it supports", async () => {
      const subject = await create({});
      const caps = await subject.port.capabilities();
      expect(["excel", "file"]).toContain(caps.host);
      expect(typeof caps.charts).toBe("boolean");
      expect(Array.isArray(caps.notes)).toBe(true);
    });
  });
}
