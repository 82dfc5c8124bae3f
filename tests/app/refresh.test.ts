import { refresh } from "../../src/app/refresh";
import { check } from "../../src/app/check";
import { loadStoredSettings, saveStoredSettings } from "../../src/app/settings";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { StoredSettings } from "../../src/workbook/port";
import { officePortOn } from "../workbook/office/fake/port";
import { FakeExcel } from "../workbook/office/fake/excel";
import { seedGrid, seedGridTimes } from "../helpers/seed";
import type { CellValue } from "../../src/core/grid/types";

const NOW = new Date("2026-11-25T14:05:00Z");

function setup(grid: CellValue[][] = seedGrid()) {
  const x = new FakeExcel();
  x.addSheet("Figures", grid);
  x.addSheet("Notes", [["my own notes"]]);
  const port = officePortOn(x);
  const stored: StoredSettings = {
    version: 1,
    source: { kind: "address", address: `Figures!A1:M${grid.length}` },
    settings: { ...DEFAULT_SETTINGS },
  };
  return { x, port, stored };
}

/** The stored settings with the source moved to `address`. */
const readingFrom = (stored: StoredSettings, address: string): StoredSettings => ({
  ...stored,
  source: { kind: "address", address },
});

const sheetText = (x: FakeExcel, name: string): string[] =>
  (x.sheet(name)?.values ?? []).flatMap((row) =>
    (row ?? []).filter((v): v is string => typeof v === "string")
  );

describe("refresh over the Office.js adapter (recording fake)", () => {
  it("refreshes the seed sample in at most 6 context.sync() calls, writing the seed's highlights", async () => {
    const { x, port, stored } = setup();
    const stages: [string, number][] = [];
    const result = await refresh(port, stored, {
      now: NOW,
      onProgress: (s, f) => stages.push([s, f]),
    });
    if (!result.ok) throw new Error(result.message);
    expect(x.syncCount).toBeLessThanOrEqual(6);
    const text = sheetText(x, "KPI Summary");
    expect(text).toContain("Revenues JPY12.1B (31.6% up from 4Q00, 21.9% up from 3Q01)");
    expect(text).toContain("Operating income JPY186M (JPY394M in 4Q00, JPY151M in 3Q01)");
    expect(
      result.analysis.issues.some((i) => i.code === "fy-total-mismatch" && i.cell === "Figures!M7")
    ).toBe(true);
    // Settings saved with what the add-in now owns.
    const saved = JSON.parse(String(x.model.settings.get("QuarterDeck"))) as StoredSettings;
    expect(saved.owned).toEqual({
      sheet: "KPI Summary",
      table: result.write.table,
      charts: result.write.charts,
    });
    expect(saved.lastRefreshed).toBe("2026-11-25T14:05:00.000Z");
    expect(result.stored).toEqual(saved);
    // Progress: the stages in order, fractions rising to 1.
    expect(stages.map(([s]) => s).filter((s, i, a) => a[i - 1] !== s)).toEqual([
      "reading",
      "checking",
      "computing",
      "writing",
      "done",
    ]);
    expect(stages.map(([, f]) => f)).toEqual([...stages.map(([, f]) => f)].sort((a, b) => a - b));
    expect(stages[stages.length - 1]).toEqual(["done", 1]);
  });

  it("takes the same number of syncs for ten times the data", async () => {
    const small = setup();
    const r1 = await refresh(small.port, small.stored, { now: NOW });
    const big = setup(seedGridTimes(10));
    const r2 = await refresh(big.port, big.stored, { now: NOW });
    expect(r1.ok && r2.ok).toBe(true);
    expect(big.x.syncCount).toBe(small.x.syncCount);
  });

  it("a second refresh replaces its own summary and leaves the user's sheets untouched", async () => {
    const { x, port, stored } = setup();
    const first = await refresh(port, stored, { now: NOW });
    if (!first.ok) throw new Error(first.message);
    const figures = JSON.stringify(x.sheet("Figures")?.values);
    const notes = JSON.stringify(x.sheet("Notes")?.values);
    const second = await refresh(port, first.stored, { now: NOW });
    expect(second.ok).toBe(true);
    expect(x.model.sheets.map((s) => s.name)).toEqual(["Figures", "Notes", "KPI Summary"]);
    expect(JSON.stringify(x.sheet("Figures")?.values)).toBe(figures);
    expect(JSON.stringify(x.sheet("Notes")?.values)).toBe(notes);
  });

  it("reports a blank source as holding no figures, naming the range", async () => {
    const { port, stored } = setup();
    const result = await refresh(port, readingFrom(stored, "Figures!P1:Q5"), { now: NOW });
    expect(result).toEqual({
      ok: false,
      stage: "reading",
      message: "Figures!P1:Q5 holds no figures.",
    });
  });

  it("reports a source with no periods in the reader's own words, naming the range", async () => {
    const { x, port, stored } = setup();
    x.addSheet("Text", [
      ["hello", "world"],
      ["no", "figures"],
    ]);
    const result = await refresh(port, readingFrom(stored, "Text!A1:B2"), { now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.stage).toBe("checking");
      expect(result.message).toContain("Text!A1:B2");
    }
    expect(x.sheet("KPI Summary")).toBeUndefined();
  });

  it("reports a missing sheet without throwing", async () => {
    const { port, stored } = setup();
    const result = await refresh(port, readingFrom(stored, "Budget!A1:C3"), { now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Budget!A1:C3/);
  });

  it("a failed write keeps the previous summary and does not save new settings", async () => {
    const { x, port, stored } = setup();
    const first = await refresh(port, stored, { now: NOW });
    if (!first.ok) throw new Error(first.message);
    const savedBefore = x.model.settings.get("QuarterDeck");
    // What a user sees on the summary sheet, cell by cell (blank cells however the fake stores them).
    const shown = () =>
      JSON.stringify(
        x.valuesOf({ sheet: x.sheet("KPI Summary")!, top: 0, left: 0, bottom: 199, right: 19 })
      );
    const before = shown();
    x.failWhen(/^charts\.add$/);
    const second = await refresh(port, first.stored, { now: new Date("2026-11-26T09:00:00Z") });
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.stage).toBe("writing");
      expect(second.message).toMatch(/previous summary is unchanged/);
    }
    expect(x.model.settings.get("QuarterDeck")).toBe(savedBefore);
    expect(shown()).toBe(before);
  });

  it("still succeeds when the settings cannot be saved, and says what that means", async () => {
    const { x, port, stored } = setup();
    x.failWhen(/^settings\.add$/);
    const result = await refresh(port, stored, { now: NOW });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.notes.join(" ")).toMatch(/settings could not be saved/);
  });

  it("never throws, even when a port method throws synchronously or a progress listener fails", async () => {
    const { port, stored } = setup();
    const broken = {
      ...port,
      readRanges: () => {
        throw new Error("boom");
      },
    } as unknown as typeof port;
    const r1 = await refresh(broken, stored, { now: NOW });
    expect(r1).toMatchObject({ ok: false, stage: "reading" });
    const r2 = await refresh(port, stored, {
      now: NOW,
      onProgress: () => {
        throw new Error("listener");
      },
    });
    expect(r2.ok).toBe(true);
  });
});

describe("check", () => {
  it("reads and validates without writing: the seed's FY3/02 slip on its cell", async () => {
    const { x, port, stored } = setup();
    const result = await check(port, stored);
    if (!result.ok) throw new Error(result.message);
    const slip = result.analysis.issues.find(
      (i) => i.code === "fy-total-mismatch" && i.metric === "revenue.total"
    );
    expect(slip?.cell).toBe("Figures!M7");
    expect(result.address).toBe("Figures!A1:M27");
    expect(x.sheet("KPI Summary")).toBeUndefined();
    expect(x.syncCount).toBe(2);
  });
});

describe("settings use cases", () => {
  it("round-trips the stored settings through the workbook", async () => {
    const { port, stored } = setup();
    const withOwned: StoredSettings = {
      ...stored,
      owned: { sheet: "KPI Summary", table: "QuarterDeckKPIs", charts: ["QD_a"] },
      lastRefreshed: "2026-11-25T14:05:00.000Z",
    };
    expect(await saveStoredSettings(port, withOwned)).toEqual({ ok: true });
    expect(await loadStoredSettings(port)).toEqual({ ok: true, stored: withOwned });
  });

  it("says when QuarterDeck was never set up (null), and reports a read failure as a value", async () => {
    const { x, port } = setup();
    expect(await loadStoredSettings(port)).toEqual({ ok: true, stored: null });
    x.failWhen(/^settings\.load$/, "AccessDenied");
    const failed = await loadStoredSettings(port);
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.message).toMatch(/settings in this workbook could not be read/);
  });

  it("reports damaged settings instead of using them", async () => {
    const { x, port } = setup();
    x.model.settings.set("QuarterDeck", "{not json");
    const damaged = await loadStoredSettings(port);
    expect(damaged.ok).toBe(false);
    x.model.settings.set(
      "QuarterDeck",
      JSON.stringify({ version: 2, source: { kind: "selection" }, settings: {} })
    );
    expect((await loadStoredSettings(port)).ok).toBe(false);
  });
});
