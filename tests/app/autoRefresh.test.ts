import { startAutoRefresh, type SheetChange, type Timers } from "../../src/app/autoRefresh";

/** Manual clock: timers fire only when the test advances time. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (h) => void pending.delete(h as number),
    advance(ms) {
      now += ms;
      for (const [id, t] of [...pending]) {
        if (t.at <= now) {
          pending.delete(id);
          t.fn();
        }
      }
    },
  };
}

async function setup(
  run: () => Promise<unknown> = async () => undefined,
  sourceSheet: string | string[] = "Figures"
) {
  const timers = manualTimers();
  let emit: (c: SheetChange) => void = () => undefined;
  const unwatched = jest.fn(async () => undefined);
  const runs = jest.fn(run);
  const auto = await startAutoRefresh({
    watch: async (onChange) => {
      emit = onChange;
      return unwatched;
    },
    sourceSheet,
    ownSheet: "KPI Summary",
    run: runs,
    delayMs: 1000,
    timers,
  });
  const flush = () => new Promise((r) => setImmediate(r));
  return { timers, emit: (c: SheetChange) => emit(c), runs, auto, unwatched, flush };
}

describe("auto-refresh", () => {
  it("runs once after a burst of edits on the source sheet, when the quiet period ends", async () => {
    const { timers, emit, runs } = await setup();
    emit({ sheet: "Figures" });
    timers.advance(600);
    emit({ sheet: "figures" });
    timers.advance(600);
    expect(runs).not.toHaveBeenCalled();
    timers.advance(400);
    expect(runs).toHaveBeenCalledTimes(1);
  });

  it("watches every sheet of a pack's sources, and only those", async () => {
    const { timers, emit, runs, flush } = await setup(undefined, ["P&L", "Segments"]);
    emit({ sheet: "Notes" });
    timers.advance(5000);
    expect(runs).not.toHaveBeenCalled();
    emit({ sheet: "segments" });
    timers.advance(1000);
    expect(runs).toHaveBeenCalledTimes(1);
    await flush();
    emit({ sheet: "P&L" });
    timers.advance(1000);
    expect(runs).toHaveBeenCalledTimes(2);
  });

  it("ignores other sheets and its own summary sheet", async () => {
    const { timers, emit, runs } = await setup();
    emit({ sheet: "Notes" });
    emit({ sheet: "KPI Summary" });
    timers.advance(5000);
    expect(runs).not.toHaveBeenCalled();
  });

  it("ignores changes made while a refresh is running (its own writes)", async () => {
    let finish: () => void = () => undefined;
    const { timers, emit, runs, flush } = await setup(() => new Promise<void>((r) => (finish = r)));
    emit({ sheet: "Figures" });
    timers.advance(1000);
    expect(runs).toHaveBeenCalledTimes(1);
    emit({ sheet: "Figures" });
    timers.advance(5000);
    finish();
    await flush();
    expect(runs).toHaveBeenCalledTimes(1);
    emit({ sheet: "Figures" });
    timers.advance(1000);
    expect(runs).toHaveBeenCalledTimes(2);
  });

  it("keeps watching after a failed refresh, and stops cleanly", async () => {
    const { timers, emit, runs, auto, unwatched, flush } = await setup(() =>
      Promise.reject(new Error("boom"))
    );
    emit({ sheet: "Figures" });
    timers.advance(1000);
    await flush();
    emit({ sheet: "Figures" });
    timers.advance(1000);
    expect(runs).toHaveBeenCalledTimes(2);
    emit({ sheet: "Figures" });
    await auto.stop();
    timers.advance(5000);
    expect(runs).toHaveBeenCalledTimes(2);
    expect(unwatched).toHaveBeenCalledTimes(1);
  });
});
