/** The ribbon's Refresh KPIs logic: settings → refresh → one notification, event completed, never a throw. */
import { noticeUrl, refreshFromRibbon, type Notice } from "../../src/commands/refresh";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { officePortOn } from "../workbook/office/fake/port";
import type { StoredSettings } from "../../src/workbook/port";
import { FakeExcel } from "../workbook/office/fake/excel";
import { seedGrid } from "../helpers/seed";

function setup(stored?: StoredSettings) {
  const x = new FakeExcel();
  x.addSheet("Figures", seedGrid());
  if (stored) x.model.settings.set("QuarterDeck", JSON.stringify(stored));
  const notices: Notice[] = [];
  const completed = jest.fn();
  const event = {
    source: { id: "QuarterDeck.RefreshKpis" },
    completed,
  } as unknown as Office.AddinCommands.Event;
  const deps = {
    port: officePortOn(x),
    notify: async (n: Notice) => void notices.push(n),
    now: () => new Date("2026-11-25T14:05:00Z"),
  };
  return { x, notices, completed, event, deps };
}

const STORED: StoredSettings = {
  version: 1,
  source: { kind: "address", address: "Figures!A1:M27" },
  settings: { ...DEFAULT_SETTINGS },
};

describe("refreshFromRibbon", () => {
  it("refreshes with the workbook's settings and reports success with the sheet and the issue count", async () => {
    const { x, notices, completed, event, deps } = setup(STORED);
    await refreshFromRibbon(event, deps);
    expect(x.sheet("KPI Summary")).toBeDefined();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe("success");
    expect(notices[0]?.message).toMatch(
      /^KPI summary refreshed on "KPI Summary" — \d+ issues? to check in the pane\.$/
    );
    expect(completed).toHaveBeenCalledTimes(1);
    // settings + lock (2) + read + write + the record read again + save + release (2): within twelve syncs.
    expect(x.syncCount).toBeLessThanOrEqual(12);
  });

  it("says how to set up when the workbook has no settings, without touching it", async () => {
    const { x, notices, completed, event, deps } = setup();
    await refreshFromRibbon(event, deps);
    expect(notices).toEqual([
      {
        kind: "error",
        message: expect.stringMatching(/not set up in this workbook yet/),
        details: [],
      },
    ]);
    expect(x.model.sheets.map((s) => s.name)).toEqual(["Figures"]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("reports a failed refresh (a source with no figures) as an error naming the range", async () => {
    const { notices, event, deps } = setup({
      ...STORED,
      source: { kind: "address", address: "Figures!P1:Q5" },
    });
    await refreshFromRibbon(event, deps);
    expect(notices[0]).toEqual({
      kind: "error",
      message: "Refresh KPIs failed: Figures!P1:Q5 holds no figures.",
      details: [],
    });
  });

  it("reports unreadable settings and completes even when the notification itself fails", async () => {
    const { x, completed, event, deps } = setup(STORED);
    x.failWhen(/^settings\.load$/, "AccessDenied");
    await expect(
      refreshFromRibbon(event, { ...deps, notify: () => Promise.reject(new Error("no dialog")) })
    ).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("works without an event (called from code)", async () => {
    const { notices, deps } = setup(STORED);
    await refreshFromRibbon(undefined, deps);
    expect(notices[0]?.kind).toBe("success");
  });
});

describe("the notice dialog", () => {
  it("carries the message and details in the page's query", () => {
    const url = noticeUrl("https://localhost:3000/commands.html?x=1#top", {
      kind: "error",
      message: "Refresh KPIs failed: A & B",
      details: ["more"],
    });
    const parsed = new URL(url);
    expect(parsed.pathname).toBe("/commands.html");
    expect(parsed.searchParams.get("notice")).toBe("Refresh KPIs failed: A & B\nmore");
    expect(parsed.searchParams.get("kind")).toBe("error");
    expect(parsed.hash).toBe("");
  });
});
