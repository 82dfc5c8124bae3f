/**
 * src/taskpane/host-check.js, the ES5 script the pane loads before its bundles: on a webview too old for them
 * (Internet Explorer, the original Edge, no Promise) it replaces the page with a note in words; on a modern
 * webview it leaves the page alone. Run in jsdom with the user agent and globals of each host.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import ts from "typescript";

const SOURCE = readFileSync(path.resolve(__dirname, "../../src/taskpane/host-check.js"), "utf8");
const PAGE = '<!doctype html><html><head></head><body><div id="container"></div></body></html>';

const CHROMIUM_EDGE =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";
const MAC_WEBKIT =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";
const TRIDENT =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16)";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

interface Host {
  userAgent: string;
  /** What the host's window lacks. */
  without?: Array<"Promise" | "Promise.allSettled" | "globalThis" | "noModule">;
}

/** Load PAGE as the given host would, run the script, and return the page's body afterwards. */
function runIn(host: Host, readyState: "loading" | "complete" = "complete"): HTMLElement {
  const dom = new JSDOM(PAGE);
  const win = dom.window;
  const without = new Set(host.without ?? []);
  // jsdom has no noModule; a modern webview has it.
  if (!without.has("noModule"))
    Object.defineProperty(win.HTMLScriptElement.prototype, "noModule", {
      value: false,
      configurable: true,
    });
  const fakeWindow: Record<string, unknown> = {
    Promise: without.has("Promise")
      ? undefined
      : without.has("Promise.allSettled")
        ? function LegacyPromise() {}
        : Promise,
    globalThis: without.has("globalThis") ? undefined : win,
  };
  const doc = win.document;
  // jsdom finishes loading on a later tick: set the state the case is about.
  Object.defineProperty(doc, "readyState", { value: readyState, configurable: true });
  new Function("window", "document", "navigator", SOURCE)(fakeWindow, doc, {
    userAgent: host.userAgent,
  });
  if (readyState === "loading") {
    Object.defineProperty(doc, "readyState", { value: "interactive", configurable: true });
    doc.dispatchEvent(new win.Event("DOMContentLoaded"));
  }
  return doc.body;
}

const NOTE =
  /QuarterDeck needs Microsoft 365, Excel 2021 or later, Excel on the web or Excel for Mac/;

describe("host check before the pane's bundles", () => {
  it.each<[string, Host]>([
    ["Office 2019 volume-licensed (Internet Explorer 11)", { userAgent: TRIDENT }],
    ["the original Edge webview (EdgeHTML 18)", { userAgent: EDGE_HTML }],
    ["a webview without Promise", { userAgent: MAC_WEBKIT, without: ["Promise"] }],
    [
      "a webview without Promise.allSettled",
      { userAgent: MAC_WEBKIT, without: ["Promise.allSettled"] },
    ],
    ["a webview without globalThis", { userAgent: MAC_WEBKIT, without: ["globalThis"] }],
    ["a webview without module scripts", { userAgent: MAC_WEBKIT, without: ["noModule"] }],
  ])("%s: the page says in words which Excel it needs", (_name, host) => {
    const body = runIn(host);
    const alert = body.querySelector("[role=alert]");
    expect(alert?.textContent).toMatch(NOTE);
    expect(alert?.querySelector("h1")?.textContent).toBe(
      "QuarterDeck cannot run in this version of Excel"
    );
    // The pane's mount point is gone, so nothing half-renders over the note.
    expect(body.querySelector("#container")).toBeNull();
  });

  it("waits for the body when it runs while the page is still loading", () => {
    const body = runIn({ userAgent: TRIDENT }, "loading");
    expect(body.textContent).toMatch(NOTE);
  });

  it.each<[string, Host]>([
    ["WebView2 (Chromium Edge)", { userAgent: CHROMIUM_EDGE }],
    ["Excel for Mac (WebKit)", { userAgent: MAC_WEBKIT }],
  ])("%s: writes nothing and leaves the pane's mount point", (_name, host) => {
    const body = runIn(host);
    expect(body.innerHTML).toBe('<div id="container"></div>');
  });

  it("is ES5: it parses as ES5 script with no syntax newer than that", () => {
    const file = ts.createSourceFile("host-check.js", SOURCE, ts.ScriptTarget.ES5, true);
    const newer: string[] = [];
    const visit = (node: ts.Node): void => {
      if (
        ts.isArrowFunction(node) ||
        ts.isTemplateExpression(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isClassDeclaration(node) ||
        ts.isSpreadElement(node) ||
        ts.isOptionalChain(node) ||
        (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.BlockScoped)
      )
        newer.push(node.getText(file).slice(0, 40));
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(newer).toEqual([]);
    expect(
      (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics
    ).toHaveLength(0);
  });
});
