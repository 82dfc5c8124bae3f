/**
 * Auto-refresh (off by default; the pane turns it on): a change on the source sheet starts a quiet period
 * (debounce); when it ends the refresh runs once. Changes that arrive while a refresh is running are ignored:
 * they are the add-in's own writes (Excel events are also switched off while it writes). Changes on other
 * sheets, and on the add-in's own summary sheet, never count.
 */

export interface SheetChange {
  /** Sheet the change happened on. */
  sheet: string;
  /** "Local" for the user's edits, "Remote" for co-authors. */
  source?: string;
}

/** Something that reports changes until the returned stop function is called (the Office watcher, a test). */
export type WatchChanges = (
  onChange: (change: SheetChange) => void
) => Promise<() => Promise<void>>;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutoRefreshOptions {
  watch: WatchChanges;
  /** The source sheet, or every sheet the sources are on (a results pack); changes elsewhere are ignored. */
  sourceSheet: string | readonly string[];
  /** The summary sheet the add-in writes; its changes are ours. */
  ownSheet?: string;
  /** Runs one refresh (the refresh use case). */
  run: () => Promise<unknown>;
  /** Quiet period after the last change, in milliseconds. */
  delayMs?: number;
  timers?: Timers;
}

export interface AutoRefresh {
  stop(): Promise<void>;
}

export const DEFAULT_DELAY_MS = 2000;

const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export async function startAutoRefresh(options: AutoRefreshOptions): Promise<AutoRefresh> {
  const timers = options.timers ?? systemTimers;
  const delay = options.delayMs ?? DEFAULT_DELAY_MS;
  const same = (a: string, b: string | undefined): boolean =>
    b !== undefined && a.toLowerCase() === b.toLowerCase();
  let timer: unknown = null;
  let running = false;
  let stopped = false;

  const fire = async (): Promise<void> => {
    timer = null;
    if (stopped) return;
    running = true;
    try {
      await options.run();
    } catch {
      // The refresh use case reports its own failures; a throw here must not stop watching.
    } finally {
      running = false;
    }
  };

  const onChange = (change: SheetChange): void => {
    if (stopped || running) return;
    const watched =
      typeof options.sourceSheet === "string" ? [options.sourceSheet] : options.sourceSheet;
    if (!watched.some((s) => same(change.sheet, s)) || same(change.sheet, options.ownSheet)) return;
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => void fire(), delay);
  };

  const unwatch = await options.watch(onChange);
  return {
    stop: async () => {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      await unwatch();
    },
  };
}
