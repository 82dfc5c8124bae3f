/**
 * The ribbon's "Refresh KPIs": loads the workbook's settings, runs the refresh use case against the Office.js
 * adapter without opening the pane, and reports success or failure in a notification. Excel has no toast API
 * for add-in commands, so the notification is a small dialog showing the function file page with a `notice`
 * query; this module renders that notice when the page is opened that way.
 */
import { loadStoredSettings } from "../app/settings";
import { appMessages } from "../app/messages";
import { refreshLocked } from "../app/refreshLock";
import type { WorkbookPort } from "../workbook/port";
import { OfficeWorkbook } from "../workbook/office";
import { reasonOf } from "../workbook/reason";

export interface Notice {
  kind: "success" | "error";
  message: string;
  /** Extra lines: degraded output, the settings not saved … */
  details: string[];
}

export type Notifier = (notice: Notice) => Promise<void>;

export interface RibbonDeps {
  port: WorkbookPort;
  notify: Notifier;
  now?: () => Date;
}

const NOTICE_PARAM = "notice";
const KIND_PARAM = "kind";

/** URL of the notice dialog: this page with the message in its query. */
export function noticeUrl(base: string, notice: Notice): string {
  const url = new URL(base);
  url.search = "";
  url.hash = "";
  url.searchParams.set(NOTICE_PARAM, [notice.message, ...notice.details].join("\n"));
  url.searchParams.set(KIND_PARAM, notice.kind);
  return url.toString();
}

/** Dialog event code Office sends when the user closes a dialog. */
const DIALOG_CLOSED = 12006;

/**
 * The default notifier: a small Office dialog (DialogApi 1.1); falls back to the console. It resolves when the
 * user closes the dialog or it could not open — not when it opens: completing the command closes the command's
 * runtime and with it the dialog, so the command waits (within its time budget, see refreshFromRibbon).
 */
export function dialogNotifier(): Notifier {
  return (notice) =>
    new Promise<void>((resolve) => {
      const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
      if (!ui || typeof location === "undefined") {
        (notice.kind === "error" ? console.error : console.info)(`QuarterDeck: ${notice.message}`);
        resolve();
        return;
      }
      ui.displayDialogAsync(
        noticeUrl(location.href, notice),
        { height: 20, width: 30, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
          result.value.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
            if ("error" in arg && arg.error === DIALOG_CLOSED) resolve();
          });
        }
      );
    });
}

/** Render a notice page from its query (`?notice=…&kind=…`); false when the page is not a notice. */
export function renderNotice(doc: Document, search: string): boolean {
  const params = new URLSearchParams(search);
  const text = params.get(NOTICE_PARAM);
  if (text === null) return false;
  const kind = params.get(KIND_PARAM) === "error" ? "error" : "success";
  doc.title = "QuarterDeck";
  const box = doc.createElement("div");
  box.setAttribute("role", kind === "error" ? "alert" : "status");
  box.style.font = "14px 'Segoe UI', sans-serif";
  box.style.padding = "12px";
  box.style.borderLeft = `4px solid ${kind === "error" ? "#c50f1f" : "#107c10"}`;
  for (const line of text.split("\n")) {
    const p = doc.createElement("p");
    p.textContent = line;
    box.appendChild(p);
  }
  doc.body.appendChild(box);
  return true;
}

function defaultDeps(): RibbonDeps {
  return { port: new OfficeWorkbook(), notify: dialogNotifier() };
}

/**
 * Time budget of one click. Office closes a function command's runtime that has not completed within about five
 * minutes; the command completes well before: the refresh gets REFRESH_BUDGET_MS, then the notice is shown for
 * at most NOTICE_BUDGET_MS (the user usually closes it sooner).
 */
export const REFRESH_BUDGET_MS = 4 * 60 * 1000;
export const NOTICE_BUDGET_MS = 30 * 1000;

export interface RibbonTiming {
  refreshMs: number;
  noticeMs: number;
}

const TIMED_OUT = Symbol("timed out");

/** `work`, or TIMED_OUT after `ms`; the timer is cleared either way. */
async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The click's outcome as a notice: settings → refresh under the workbook's lock. Never throws. */
async function refreshNotice(port: WorkbookPort, now?: () => Date): Promise<Notice> {
  try {
    const loaded = await loadStoredSettings(port);
    if (!loaded.ok)
      return { kind: "error", message: appMessages.refreshFailed(loaded.message), details: [] };
    if (!loaded.stored) return { kind: "error", message: appMessages.notSetUp, details: [] };
    const result = await refreshLocked(port, loaded.stored, "ribbon", {
      now: now?.(),
      keepSavedChoices: true,
    });
    if (result.ok)
      return {
        kind: "success",
        message: appMessages.refreshed(result.write.sheet, result.analysis.issues.length),
        details: result.notes,
      };
    return { kind: "error", message: appMessages.refreshFailed(result.message), details: [] };
  } catch (error) {
    return { kind: "error", message: appMessages.refreshFailed(reasonOf(error)), details: [] };
  }
}

export const ribbonMessages = {
  timedOut: (ms: number) =>
    `Refresh KPIs did not finish within ${ms >= 60_000 ? `${Math.round(ms / 60_000)} minutes` : `${Math.round(ms / 1000)} seconds`} and was stopped before Excel closes the command, so whether the summary was written is not known: open QuarterDeck (Home › Show QuarterDeck) to check it and refresh from the pane.`,
} as const;

/**
 * ExecuteFunction body for "Refresh KPIs": settings → refresh → notification → `event.completed()`, exactly once
 * and in time on every path: a refresh that hangs is given up after `timing.refreshMs` with a notice saying so, a
 * notice that never reports back is given up after `timing.noticeMs`. Never throws.
 */
export async function refreshFromRibbon(
  event?: Office.AddinCommands.Event,
  deps?: Partial<RibbonDeps> & { timing?: Partial<RibbonTiming> }
): Promise<void> {
  const { port, notify, now } = { ...defaultDeps(), ...deps };
  const timing: RibbonTiming = {
    refreshMs: REFRESH_BUDGET_MS,
    noticeMs: NOTICE_BUDGET_MS,
    ...deps?.timing,
  };
  try {
    const outcome = await within(refreshNotice(port, now), timing.refreshMs);
    const notice: Notice =
      outcome === TIMED_OUT
        ? {
            kind: "error",
            message: ribbonMessages.timedOut(timing.refreshMs),
            details: [],
          }
        : outcome;
    // The notification is a courtesy; its failure or silence must not keep the command open.
    await within(
      Promise.resolve()
        .then(() => notify(notice))
        .catch(() => undefined),
      timing.noticeMs
    );
  } catch {
    // Nothing above throws; completing the command is what matters.
  } finally {
    event?.completed();
  }
}

// When the function file is opened as the notice dialog, show the notice.
if (typeof document !== "undefined" && typeof location !== "undefined" && document.body) {
  renderNotice(document, location.search);
}
