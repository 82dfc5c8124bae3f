/*
 * Host check for the task pane, loaded before the bundles. Deliberately plain ES5 (no let, arrow, template or
 * Promise), so that it runs in every webview Office has used, including Internet Explorer 11 (Trident), which
 * Office 2016 and 2019 and older Microsoft 365 builds on Windows use for add-ins.
 *
 * The pane's bundles are ES2020 and Fluent UI v9 does not support Internet Explorer: in a webview that cannot
 * run them the pane would stay blank. There this script replaces the page with a short note in words. On a
 * modern webview it does nothing at all.
 */
/* global window, document, navigator */
(function (win, doc, nav) {
  "use strict";

  var MESSAGE =
    "QuarterDeck needs Microsoft 365, Excel 2021 or later, Excel on the web or Excel for Mac. " +
    "This version of Excel shows add-ins in an older browser engine (Internet Explorer or the original Edge) " +
    "that cannot run it. Update Office, or open the workbook in Excel on the web.";

  /** True when this webview cannot run the pane's ES2020 bundles. */
  function tooOld() {
    var agent = String((nav && nav.userAgent) || "");
    // Internet Explorer (Trident) and the original Edge (EdgeHTML, "Edge/18"; Chromium Edge says "Edg/").
    if (/Trident\/|MSIE |Edge\/\d/.test(agent)) return true;
    var P = win.Promise;
    if (typeof P !== "function" || typeof P.allSettled !== "function") return true;
    if (typeof win.globalThis !== "object") return true;
    if (!("noModule" in doc.createElement("script"))) return true;
    return false;
  }

  function show() {
    var body = doc.body;
    if (!body) return;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = doc.createElement("div");
    box.setAttribute("role", "alert");
    box.setAttribute("id", "unsupported-host");
    box.style.font = "14px 'Segoe UI', sans-serif";
    box.style.padding = "12px";
    var title = doc.createElement("h1");
    title.style.fontSize = "16px";
    title.appendChild(doc.createTextNode("QuarterDeck cannot run in this version of Excel"));
    var text = doc.createElement("p");
    text.appendChild(doc.createTextNode(MESSAGE));
    box.appendChild(title);
    box.appendChild(text);
    body.appendChild(box);
  }

  if (!tooOld()) return;
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", show, false);
  else show();
})(window, document, navigator);
