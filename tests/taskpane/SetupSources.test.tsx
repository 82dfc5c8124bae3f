import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SheetDetected } from "../../src/app/detectWorkbook";
import type { MetricNature } from "../../src/core/read/types";
import { LineMapping } from "../../src/taskpane/components/LineMapping/LineMapping";
import { defaultStored } from "../../src/taskpane/model/stored";
import type { MappingRow } from "../../src/taskpane/model/understanding";
import { FakePort, fakeServices } from "./fixtures";
import { renderPane } from "./renderPane";

jest.setTimeout(120_000);

const user = () =>
  // The pointer-events check walks computed styles up the tree at every click: slow over Fluent's styles in jsdom.
  userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

const line = (
  source: string,
  label: string,
  metric: string,
  nature: MetricNature = "flow"
): MappingRow => ({ label, metric, unit: "JPY mn", unknown: false, nature, source });

/** A hundred lines from four sources: a small P&L first, then segments, operating data and a business. */
function hundredLines(): MappingRow[] {
  const rows: MappingRow[] = [
    line("P&L", "Net sales", "revenue.total"),
    line("P&L", "DA", "revenue.dedicated_access"),
    line("P&L", "OP", "operating_income"),
    line("P&L", "Subs", "ops.subscribers", "stock"),
  ];
  for (let k = 1; k <= 6; k++) rows.push(line("Segments", `Segment ${k}`, `revenue.segment_${k}`));
  for (let k = 1; k <= 45; k++)
    rows.push(line("Operating data", `Homes area ${k}`, `ops.homes_area_${k}`, "stock"));
  for (let k = 1; k <= 45; k++) rows.push(line("Cloud", `Cloud · Item ${k}`, `cloud.item_${k}`));
  return rows;
}

describe("Set up: a hundred lines grouped by source", () => {
  function renderLines() {
    const onChange = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <LineMapping rows={hundredLines()} labelMap={undefined} busy={false} onChange={onChange} />
      </FluentProvider>
    );
    return screen.getByRole("table", { name: "Row labels and the metric each one was read as" });
  }

  it("opens the first source only; the others are collapsed until opened", async () => {
    const table = renderLines();
    const group = (name: RegExp) => within(table).getByRole("button", { name });
    expect(group(/P&L \(4 lines\)/)).toHaveAttribute("aria-expanded", "true");
    for (const name of [
      /Segments \(6 lines\)/,
      /Operating data \(45 lines\)/,
      /Cloud \(45 lines\)/,
    ])
      expect(group(name)).toHaveAttribute("aria-expanded", "false");
    // a header row, four group rows, the P&L's four lines
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 4 + 4);
    expect(within(table).queryByText("Segment 1")).toBeNull();

    await user().click(group(/Segments \(6 lines\)/));
    expect(group(/Segments \(6 lines\)/)).toHaveAttribute("aria-expanded", "true");
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 4 + 4 + 6);
    expect(within(table).getByText("Revenue · segment · Segment 6")).toBeInTheDocument();
  });

  it("names each line's metric in words, not by its id", () => {
    const table = renderLines();
    for (const words of [
      "Total revenues",
      "Revenue · segment · Dedicated access services",
      "Operating income",
      "Subscribers (stock)",
    ])
      expect(within(table).getByText(words)).toBeInTheDocument();
    expect(within(table).queryByText("revenue.dedicated_access")).toBeNull();
  });

  it("a search narrows the lines, in every source, collapsed or not", async () => {
    const table = renderLines();
    await user().type(screen.getByRole("searchbox", { name: "Search lines" }), "area 4");
    // every word of the search: "Homes area 4", "… 14", "… 24", "… 34", "… 40" to "… 45"; collapsed a moment ago
    const labels = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => within(r).queryAllByRole("cell")[0]?.textContent);
    expect(labels).toEqual([
      expect.stringMatching(/Operating data \(10 lines\)/),
      ...[4, 14, 24, 34, 40, 41, 42, 43, 44, 45].map((k) => `Homes area ${k}`),
    ]);
    expect(within(table).getAllByText(/^Homes area \d+ \(stock\)$/)).toHaveLength(10);
  });

  it("says so when the search matches no line", async () => {
    const table = renderLines();
    await user().type(screen.getByRole("searchbox", { name: "Search lines" }), "zzz");
    expect(within(table).getAllByRole("row")).toHaveLength(1);
    expect(screen.getByText("No line matches the search.")).toBeInTheDocument();
  });
});

const block = (sheet: string, range: string, lines: number, unit = "JPY mn") => ({
  sheet,
  range,
  first: "1Q24",
  last: "4Q25",
  periods: 8,
  unit,
  lines,
});
const at = (address: string) => ({ kind: "address" as const, address });

const detected: SheetDetected[] = [
  { sheet: "Cover", blocks: [] },
  { sheet: "P&L", blocks: [block("P&L", "'P&L'!A3:J20", 12)], source: at("'P&L'!A:XFD") },
  {
    sheet: "Segments",
    blocks: [block("Segments", "Segments!A3:J12", 7)],
    source: at("Segments!A:XFD"),
  },
  { sheet: "Ops", blocks: [block("Ops", "Ops!B2:I9", 4, "")], source: at("Ops!A:XFD") },
  {
    sheet: "Cloud",
    blocks: [block("Cloud", "Cloud!A3:J9", 5)],
    source: at("Cloud!A:XFD"),
    entity: "cloud",
  },
];

describe("Set up: the sources of a results pack", () => {
  it("lists the blocks Detect finds in the workbook; the kept ones become the sources, saved with the settings", async () => {
    const u = user();
    const port = new FakePort(defaultStored({ kind: "name", name: "Figures_Q" }));
    const { services, calls } = fakeServices(port, {
      excelPort: port,
      detectWorkbook: { ok: true, value: detected },
    });
    renderPane("excel", services);
    await screen.findByRole("tab", { name: "Check", selected: true }, { timeout: 10_000 });
    await u.click(screen.getByRole("tab", { name: "Set up" }));
    const list = screen.getByRole("list", { name: "Sources read, in order" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((i) => i.textContent)
    ).toEqual([expect.stringContaining("named range Figures_Q")]);
    // the only source cannot be removed
    expect(
      within(list).getByRole("button", { name: "Remove the source named range Figures_Q" })
    ).toBeDisabled();

    await u.click(screen.getByRole("button", { name: "Detect in the whole workbook" }));
    const found = await screen.findByRole("region", { name: "Blocks found in the workbook" });
    expect(calls.detectWorkbook).toBe(1);
    expect(within(found).getByText("Cover: no figures (a cover, an index or notes)")).toBeTruthy();
    expect(within(found).getByText("12 lines, 1Q24…4Q25, JPY mn")).toBeTruthy();
    expect(within(found).getByText("4 lines, 1Q24…4Q25")).toBeTruthy();
    expect(within(found).getByText(/read as a business of its own \(cloud\)/)).toBeTruthy();
    const boxes = within(found).getAllByRole("checkbox");
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, true, true]);

    // drop the business sheet, keep three
    await u.click(within(found).getByRole("checkbox", { name: "Keep Cloud!A3:J9" }));
    const checksBefore = calls.check.length;
    await u.click(within(found).getByRole("button", { name: "Use the kept blocks" }));
    await waitFor(() => expect(calls.check.length).toBe(checksBefore + 1));
    expect(calls.check.at(-1)?.source).toEqual(at("'P&L'!A:XFD"));
    expect(calls.check.at(-1)?.moreSources).toEqual([at("Segments!A:XFD"), at("Ops!A:XFD")]);
    expect(screen.queryByRole("region", { name: "Blocks found in the workbook" })).toBeNull();
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);

    // remove one, add the selection
    await u.click(within(list).getByRole("button", { name: "Remove the source Segments!A:XFD" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(2));
    await u.click(screen.getByRole("button", { name: "Add the selection" }));
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(3));
    expect(port.calls.readRanges.at(-1)).toEqual([{ kind: "selection" }]);

    await u.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
    expect(port.calls.saveSettings[0]?.source).toEqual(at("'P&L'!A:XFD"));
    expect(port.calls.saveSettings[0]?.moreSources).toEqual([at("Ops!A:XFD"), at("Figures!A1:B2")]);
  });
});
