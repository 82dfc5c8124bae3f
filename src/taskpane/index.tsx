/**
 * Task pane bootstrap: waits for Office (when office.js is on the page), picks the Fluent theme that
 * matches Office or, outside Excel, the browser, and renders the app. Outside Excel — office.js not
 * loaded, or Office.onReady reporting no host — the app starts in standalone preview mode.
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import App from "./App";

export type PaneHost = "excel" | null;
export type PaneTheme = "light" | "dark";

/** How long to wait for Office.onReady before starting in preview mode (it may still report Excel later). */
export const OFFICE_READY_TIMEOUT_MS = 4000;

/** Excel when office.js is loaded and reports the Excel host; null otherwise (never rejects). */
export function officeHost(info: { host?: unknown } | undefined): PaneHost {
  return info?.host === "Excel" ? "excel" : null;
}

/** Starts Office.onReady when office.js is present; calls back with the host whenever it is known. */
export function watchOfficeReady(onHost: (host: PaneHost) => void): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  Office.onReady().then(
    (info) => onHost(officeHost(info)),
    () => onHost(null)
  );
}

/** Relative luminance of "#rrggbb" (0 black … 1 white), or null when it is not a hex colour. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => parseInt(c ?? "0", 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's theme (dark when its body background is dark), else ?theme=, else the browser's preference. */
export function pickTheme(input: {
  officeBackground?: string;
  query?: string;
  prefersDark?: boolean;
}): PaneTheme {
  const lum = luminance(input.officeBackground);
  if (lum !== null) return lum < 0.5 ? "dark" : "light";
  const asked = new URLSearchParams(input.query ?? "").get("theme");
  if (asked === "dark" || asked === "light") return asked;
  return input.prefersDark ? "dark" : "light";
}

function officeBackground(): string | undefined {
  try {
    return typeof Office === "undefined"
      ? undefined
      : Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined; // Office.context is not usable before onReady or outside a host.
  }
}

function currentTheme(): PaneTheme {
  const prefersDark =
    typeof window.matchMedia === "function" &&
    window.matchMedia("(prefers-color-scheme: dark)").matches;
  return pickTheme({
    officeBackground: officeBackground(),
    query: window.location.search,
    prefersDark,
  });
}

/** The pane's element tree: the app inside a FluentProvider with the chosen theme. */
export function Pane({ host, theme }: { host: PaneHost; theme: PaneTheme }): React.JSX.Element {
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      style={{ minHeight: "100vh" }}
    >
      <App host={host} />
    </FluentProvider>
  );
}

/** Renders the pane into `container` and re-renders when the host becomes known or the theme changes. */
export function start(container: HTMLElement): Root {
  const root = createRoot(container);
  let host: PaneHost = null;
  let rendered = false;
  const render = (): void => {
    rendered = true;
    root.render(<Pane host={host} theme={currentTheme()} />);
  };
  const officePresent = typeof Office !== "undefined" && typeof Office.onReady === "function";
  if (officePresent) {
    watchOfficeReady((h) => {
      host = h;
      render();
    });
    setTimeout(() => rendered || render(), OFFICE_READY_TIMEOUT_MS);
  } else {
    render();
  }
  if (typeof window.matchMedia === "function") {
    window
      .matchMedia("(prefers-color-scheme: dark)")
      .addEventListener?.("change", () => rendered && render());
  }
  return root;
}

const container = typeof document === "undefined" ? null : document.getElementById("container");
if (container) start(container);
