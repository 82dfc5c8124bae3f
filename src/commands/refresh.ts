/**
 * The ribbon's "Refresh KPIs": loads the workbook's settings, runs the refresh use case against the Office.js
 * adapter without opening the pane, and reports success or failure in a notification. Excel has no toast API
 * for add-in commands, so the notification is a small dialog showing the function file page with a `notice`
 * query; this module renders that notice when the page is opened that way.
 */
import { loadStoredSettings } from "../app/settings";
import { appMessages } from "../app/messages";
import { refresh } from "../app/refresh";
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

/** The default notifier: a small Office dialog (DialogApi 1.1); falls back to the console. */
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
        () => resolve()
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
 * ExecuteFunction body for "Refresh KPIs": settings → refresh → notification. Never throws; calls
 * `event.completed()` when done (commands.ts also guarantees it exactly once).
 */
export async function refreshFromRibbon(
  event?: Office.AddinCommands.Event,
  deps?: Partial<RibbonDeps>
): Promise<void> {
  const { port, notify, now } = { ...defaultDeps(), ...deps };
  const say = async (notice: Notice): Promise<void> => {
    try {
      await notify(notice);
    } catch {
      // The notification is a courtesy; its failure must not turn a refresh into an error.
    }
  };
  try {
    const loaded = await loadStoredSettings(port);
    if (!loaded.ok)
      await say({ kind: "error", message: appMessages.refreshFailed(loaded.message), details: [] });
    else if (!loaded.stored)
      await say({ kind: "error", message: appMessages.notSetUp, details: [] });
    else {
      const result = await refresh(port, loaded.stored, { now: now?.() });
      if (result.ok) {
        await say({
          kind: "success",
          message: appMessages.refreshed(result.write.sheet, result.analysis.issues.length),
          details: result.notes,
        });
      } else
        await say({
          kind: "error",
          message: appMessages.refreshFailed(result.message),
          details: [],
        });
    }
  } catch (error) {
    await say({
      kind: "error",
      message: appMessages.refreshFailed(reasonOf(error)),
      details: [],
    });
  } finally {
    event?.completed();
  }
}

// When the function file is opened as the notice dialog, show the notice.
if (typeof document !== "undefined" && typeof location !== "undefined" && document.body) {
  renderNotice(document, location.search);
}
