/**
 * The ribbon command's lifecycle and the refresh lock shared with the pane: completed() exactly once and in time
 * on success, failure and timeout; one refresh at a time per workbook; neither runtime undoes what the other saved.
 */
import { refreshFromRibbon, ribbonMessages, type Notice } from "../../src/commands/refresh";
import { refreshLocked } from "../../src/app/refreshLock";
import { saveStoredSettings } from "../../src/app/settings";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { StoredSettings, WorkbookPort } from "../../src/workbook/port";
import { LOCK_KEY } from "../../src/workbook/office/lock";
import { lockBlocks, parseLock, type RefreshLock } from "../../src/workbook/lock";
import { officePortOn } from "../workbook/office/fake/port";
import { FakeExcel } from "../workbook/office/fake/excel";
import { seedGrid } from "../helpers/seed";

const NOW = new Date("2026-11-25T14:05:00Z");
const STORED: StoredSettings = {
  version: 1,
  source: { kind: "address", address: "Figures!A1:M27" },
  settings: { ...DEFAULT_SETTINGS },
};

function workbook(stored: StoredSettings | null = STORED): FakeExcel {
  const x = new FakeExcel();
  x.addSheet("Figures", seedGrid());
  if (stored) x.model.settings.set("QuarterDeck", JSON.stringify(stored));
  return x;
}

function commandEvent(): { event: Office.AddinCommands.Event; completed: jest.Mock } {
  const completed = jest.fn();
  return {
    event: {
      source: { id: "QuarterDeck.RefreshKpis" },
      completed,
    } as unknown as Office.AddinCommands.Event,
    completed,
  };
}

/** The port with writeSummary held until `open()` is called. */
function gated(port: WorkbookPort): {
  port: WorkbookPort;
  open: () => void;
  writing: Promise<void>;
} {
  let open = (): void => undefined;
  let started = (): void => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const writing = new Promise<void>((resolve) => (started = resolve));
  const wrapped = Object.create(port) as WorkbookPort;
  wrapped.writeSummary = async (model, owned) => {
    started();
    await gate;
    return port.writeSummary(model, owned);
  };
  return { port: wrapped, open, writing };
}

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

describe("the ribbon command completes exactly once, in time", () => {
  const timing = { refreshMs: 200, noticeMs: 100 };

  it.each([
    ["success", () => workbook(), "success"],
    [
      "a failed write",
      () => {
        const x = workbook();
        x.failWhen(/^range\./, "GeneralException", 1000);
        return x;
      },
      "error",
    ],
    ["no settings", () => workbook(null), "error"],
  ])("on %s", async (_label, make, kind) => {
    const x = make();
    const notices: Notice[] = [];
    const { event, completed } = commandEvent();
    await refreshFromRibbon(event, {
      port: officePortOn(x),
      notify: async (n) => void notices.push(n),
      now: () => NOW,
      timing,
    });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notices.map((n) => n.kind)).toEqual([kind]);
    // The lock is given back whatever happened.
    expect(parseLock(x.model.settings.get(LOCK_KEY))).toBeNull();
  });

  it("on a refresh that hangs: a notice saying so, then completed() before the budget runs far over", async () => {
    const x = workbook();
    const port = officePortOn(x);
    const hanging = Object.create(port) as WorkbookPort;
    hanging.readRanges = () => never();
    const notices: Notice[] = [];
    const { event, completed } = commandEvent();
    const started = Date.now();
    await refreshFromRibbon(event, {
      port: hanging,
      notify: async (n) => void notices.push(n),
      timing,
    });
    expect(Date.now() - started).toBeLessThan(timing.refreshMs + timing.noticeMs + 500);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([
      { kind: "error", message: ribbonMessages.timedOut(200), details: [] },
    ]);
    expect(notices[0]?.message).toMatch(/did not finish within 0 seconds|did not finish within/);
  });

  it("on a notice that never reports back, and on one that throws", async () => {
    for (const notify of [
      () => never<void>(),
      () => {
        throw new Error("no dialog");
      },
    ]) {
      const { event, completed } = commandEvent();
      await refreshFromRibbon(event, {
        port: officePortOn(workbook()),
        notify,
        now: () => NOW,
        timing,
      });
      expect(completed).toHaveBeenCalledTimes(1);
    }
  });

  it("says how long it waited, in minutes at the real budget", () => {
    expect(ribbonMessages.timedOut(4 * 60 * 1000)).toMatch(/within 4 minutes/);
    expect(ribbonMessages.timedOut(200)).toMatch(/within 0 seconds/);
  });
});

describe("pane and ribbon never refresh at once", () => {
  it("refuses a pane refresh during a ribbon refresh with a plain message, and allows it afterwards", async () => {
    const x = workbook();
    const g = gated(officePortOn(x));
    const { event, completed } = commandEvent();
    const notices: Notice[] = [];
    const ribbon = refreshFromRibbon(event, {
      port: g.port,
      notify: async (n) => void notices.push(n),
      now: () => NOW,
    });
    await g.writing;
    const pane = await refreshLocked(officePortOn(x), STORED, "pane", { now: NOW });
    expect(pane).toEqual({
      ok: false,
      stage: "reading",
      message:
        "A refresh started by the ribbon's Refresh KPIs is still running (less than a minute ago). Try again when it has finished.",
    });
    g.open();
    await ribbon;
    expect(notices[0]?.kind).toBe("success");
    expect(completed).toHaveBeenCalledTimes(1);
    const again = await refreshLocked(officePortOn(x), STORED, "pane", { now: NOW });
    expect(again.ok).toBe(true);
  });

  it("refuses the ribbon while the pane refreshes, without touching the summary", async () => {
    const x = workbook();
    const g = gated(officePortOn(x));
    const pane = refreshLocked(g.port, STORED, "pane", { now: NOW });
    await g.writing;
    const notices: Notice[] = [];
    const { event, completed } = commandEvent();
    await refreshFromRibbon(event, {
      port: officePortOn(x),
      notify: async (n) => void notices.push(n),
      now: () => NOW,
    });
    expect(notices[0]?.message).toMatch(
      /^Refresh KPIs failed: A refresh started by the QuarterDeck pane is still running/
    );
    expect(completed).toHaveBeenCalledTimes(1);
    expect(x.sheet("KPI Summary")).toBeUndefined();
    g.open();
    expect((await pane).ok).toBe(true);
  });

  it.each([
    ["ribbon", 4, false],
    ["ribbon", 6, true],
    ["pane", 6, false],
    ["pane", 11, true],
  ] as const)("a %s lock %d minutes old is taken over: %s", async (holder, minutes, taken) => {
    const x = workbook();
    const since = new Date(NOW.getTime() - minutes * 60_000).toISOString();
    x.model.settings.set(LOCK_KEY, JSON.stringify({ holder, token: "old", since }));
    const result = await refreshLocked(officePortOn(x), STORED, "pane", { now: NOW });
    expect(result.ok).toBe(taken);
    expect(x.sheet("KPI Summary") !== undefined).toBe(taken);
    // A refused refresh leaves the other's lock; a successful one gives its own back.
    expect(parseLock(x.model.settings.get(LOCK_KEY))?.token).toBe(taken ? undefined : "old");
  });
});

describe("neither runtime overwrites what the other saved", () => {
  it("the ribbon's save keeps a source the pane saved during its refresh", async () => {
    const x = workbook();
    const g = gated(officePortOn(x));
    const ribbon = refreshFromRibbon(commandEvent().event, {
      port: g.port,
      notify: async () => undefined,
      now: () => NOW,
    });
    await g.writing;
    const chosen: StoredSettings = {
      ...STORED,
      source: { kind: "address", address: "Figures!A1:M20" },
    };
    expect(await saveStoredSettings(officePortOn(x), chosen)).toEqual({ ok: true });
    g.open();
    await ribbon;
    const saved = JSON.parse(String(x.model.settings.get("QuarterDeck"))) as StoredSettings;
    expect(saved.source).toEqual(chosen.source);
    expect(saved.owned?.sheet).toBe("KPI Summary");
    expect(saved.lastRefreshed).toBe(NOW.toISOString());
  });

  it("the pane's Save keeps the record of what the ribbon's refresh created", async () => {
    const x = workbook();
    await refreshFromRibbon(commandEvent().event, {
      port: officePortOn(x),
      notify: async () => undefined,
      now: () => NOW,
    });
    // The pane still holds the settings it loaded before the ribbon's refresh: no `owned`.
    const paneCopy: StoredSettings = { ...STORED, settings: { ...DEFAULT_SETTINGS } };
    expect(await saveStoredSettings(officePortOn(x), paneCopy)).toEqual({ ok: true });
    const saved = JSON.parse(String(x.model.settings.get("QuarterDeck"))) as StoredSettings;
    expect(saved.owned?.sheet).toBe("KPI Summary");
    expect(saved.lastRefreshed).toBe(NOW.toISOString());
  });
});

describe("the lock's rules", () => {
  const lock = (holder: RefreshLock["holder"], minutesAgo: number): RefreshLock => ({
    holder,
    token: "t",
    since: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
  });
  it.each([
    [null, false],
    [lock("ribbon", 0), true],
    [lock("ribbon", 4.9), true],
    [lock("ribbon", 5), false],
    [lock("pane", 9.9), true],
    [lock("pane", 10), false],
    [lock("pane", -3), true],
    [lock("pane", -30), false],
  ])("%j blocks: %s", (current, blocks) => {
    expect(lockBlocks(current, NOW)).toBe(blocks);
  });

  it.each([
    ["", null],
    ["not json", null],
    [JSON.stringify({ holder: "someone", token: "t", since: NOW.toISOString() }), null],
    [JSON.stringify({ holder: "pane", token: "t", since: "yesterday" }), null],
    [
      JSON.stringify({ holder: "pane", token: "t", since: NOW.toISOString() }),
      { holder: "pane", token: "t", since: NOW.toISOString() },
    ],
  ])("parses %j as %j", (value, expected) => {
    expect(parseLock(value)).toEqual(expected);
  });
});
