import { act, render, screen } from "@testing-library/react";
import { luminance, officeHost, Pane, pickTheme, start } from "../../src/taskpane/index";

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  document.body.innerHTML = "";
});

describe("the pane shell", () => {
  it.each(["light", "dark"] as const)(
    "renders the heading and the primary button in the %s theme",
    (theme) => {
      render(<Pane host={null} theme={theme} />);
      expect(screen.getByRole("heading", { name: "QuarterDeck" })).toBeInTheDocument();
      expect(screen.getByRole("button", { name: "Refresh KPIs" })).toBeInTheDocument();
    }
  );

  it("starts in preview mode when office.js did not load", async () => {
    const container = document.body.appendChild(document.createElement("div"));
    const root = await act(async () => start(container));
    expect(screen.getByRole("heading", { name: "QuarterDeck" })).toBeInTheDocument();
    act(() => root.unmount());
  });

  it("starts when Office.onReady reports no host", async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: null, platform: null }),
    };
    const container = document.body.appendChild(document.createElement("div"));
    const root = await act(async () => start(container));
    expect(await screen.findByRole("button", { name: "Refresh KPIs" })).toBeInTheDocument();
    act(() => root.unmount());
  });

  it("starts after the timeout when Office.onReady never settles", async () => {
    jest.useFakeTimers();
    try {
      (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined) };
      const container = document.body.appendChild(document.createElement("div"));
      const root = start(container);
      expect(container.textContent).toBe("");
      await act(async () => {
        jest.advanceTimersByTime(4000);
      });
      expect(screen.getByRole("heading", { name: "QuarterDeck" })).toBeInTheDocument();
      act(() => root.unmount());
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("host and theme choice", () => {
  it.each([
    [{ host: "Excel" }, "excel"],
    [{ host: "Word" }, null],
    [{ host: null }, null],
    [undefined, null],
  ])("officeHost(%j) is %j", (info, expected) => {
    expect(officeHost(info)).toBe(expected);
  });

  it.each([
    // Office's own background wins: Excel's dark grey and black themes, colorful and white.
    [{ officeBackground: "#262626", query: "?theme=light" }, "dark"],
    [{ officeBackground: "#000000" }, "dark"],
    [{ officeBackground: "#E6E6E6", prefersDark: true }, "light"],
    [{ officeBackground: "#ffffff" }, "light"],
    // Outside Office: ?theme= for screenshots, then the browser's preference.
    [{ query: "?theme=dark" }, "dark"],
    [{ query: "?theme=light", prefersDark: true }, "light"],
    [{ query: "?theme=purple", prefersDark: true }, "dark"],
    [{ prefersDark: false }, "light"],
    [{ officeBackground: "not a colour", prefersDark: true }, "dark"],
  ])("pickTheme(%j) is %s", (input, expected) => {
    expect(pickTheme(input)).toBe(expected);
  });

  it.each([
    ["#000000", 0],
    ["#ffffff", 1],
    ["ff0000", 0.2126],
    ["#12345", null],
    [undefined, null],
  ])("luminance(%j) is %j", (hex, expected) => {
    const got = luminance(hex);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 6);
  });
});
