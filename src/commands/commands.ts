/**
 * The ribbon's function file: associates the manifest's ExecuteFunction "refreshKpis" with the
 * refresh use case. Office requires event.completed() exactly once per click, so the handler
 * guarantees it — also when the refresh fails or forgets — and never lets a second call through.
 */
import { refreshFromRibbon } from "./refresh";

/** The FunctionName in manifest.xml. */
export const REFRESH_KPIS = "refreshKpis";

type CommandEvent = Office.AddinCommands.Event;

/** Wraps an event so that completed() reaches Office at most once; `finish` completes it if still open. */
export function completeOnce(event: CommandEvent): { event: CommandEvent; finish: () => void } {
  let done = false;
  const completed = (options?: Office.AddinCommands.EventCompletedOptions): void => {
    if (done) return;
    done = true;
    event.completed(options);
  };
  return { event: { source: event.source, completed }, finish: () => completed() };
}

/** ExecuteFunction handler for "Refresh KPIs". */
export async function refreshKpis(event: CommandEvent): Promise<void> {
  const once = completeOnce(event);
  try {
    await refreshFromRibbon(once.event);
  } catch (error) {
    console.error("QuarterDeck: Refresh KPIs failed", error);
  } finally {
    once.finish();
  }
}

/** Registers the ribbon handlers with Office. */
export function registerCommands(office: Pick<typeof Office, "actions">): void {
  office.actions.associate(REFRESH_KPIS, refreshKpis);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => registerCommands(Office));
}
