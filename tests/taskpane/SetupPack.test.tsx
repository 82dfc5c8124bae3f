/**
 * The Set up view over a results pack of several sheets, with the product's own use cases (Detect, check,
 * refresh) on the Office adapter over a fake of Excel: Detect lists the blocks of every sheet, three are kept, the
 * lines are named in words grouped by sheet, and a refresh gives the KPIs.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { createDefaultServices } from "../../src/taskpane/services/defaultServices";
import { officePortOn } from "../workbook/office/fake/port";
import { FakeExcel } from "../workbook/office/fake/excel";
import { renderPane } from "./renderPane";

jest.setTimeout(120_000);

const HEADER = ["JPY mn", "1Q24", "2Q24", "3Q24", "4Q24", "FY2024", "1Q25"];

function pack() {
  const x = new FakeExcel();
  x.addSheet("Cover", [["Acme Corp"], ["Results pack, first quarter 2025"], ["Contents"]]);
  x.addSheet("P&L", [
    ["Consolidated statement of income"],
    [],
    HEADER,
    ["Total revenue", 100, 110, 120, 130, 460, 120],
    ["Operating income", 10, 11, 15, 13, 49, 18],
  ]);
  x.addSheet("Segments", [
    HEADER,
    ["Revenue"],
    ["Dedicated access", 60, 66, 70, 80, 276, 72],
    ["Hosting", 40, 44, 50, 50, 184, 48],
  ]);
  x.addSheet("Operating data", [
    HEADER,
    ["Subscribers (end of period)", 1000, 1100, 1200, 1300, 1300, 1400],
  ]);
  x.addSheet("Cloud", [
    ["Cloud business"],
    HEADER,
    ["Total revenue", 60, 66, 70, 80, 276, 72],
    ["Operating income", 6, 7, 9, 8, 30, 11],
  ]);
  return officePortOn(x);
}

describe("Set up: a results pack across sheets", () => {
  it("Detect lists the blocks of every sheet; keeping three and refreshing shows the KPIs; metrics in words", async () => {
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });
    const port = pack();
    renderPane("excel", { ...createDefaultServices(null), excelPort: () => port });
    await user.click(await screen.findByRole("button", { name: "Detect in the whole workbook" }));
    const found = await screen.findByRole("region", { name: "Blocks found in the workbook" });
    expect(within(found).getByText(/^Cover: no figures/)).toBeInTheDocument();
    const boxes = within(found).getAllByRole("checkbox");
    // one block on each sheet with figures, the business sheet marked
    const labels = boxes.map((b) => document.querySelector(`label[for="${b.id}"]`)?.textContent);
    expect(labels).toEqual([
      expect.stringMatching(/^Keep 'P&L'!/),
      expect.stringMatching(/^Keep Segments!/),
      expect.stringMatching(/^Keep 'Operating data'!/),
      expect.stringMatching(/^Keep Cloud!/),
    ]);
    expect(
      within(found)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "Cover: no figures (a cover, an index or notes)",
      "Keep 'P&L'!A3:G52 lines, 1Q24…1Q25, JPY mn",
      "Keep Segments!A1:G42 lines, 1Q24…1Q25, JPY mn",
      "Keep 'Operating data'!A1:G21 line, 1Q24…1Q25, JPY mn",
      "Keep Cloud!A2:G42 lines, 1Q24…1Q25, JPY mn · read as a business of its own (cloud)",
    ]);

    const cloud = boxes[3] as HTMLElement;
    await user.click(cloud);
    await user.click(within(found).getByRole("button", { name: "Use the kept blocks" }));
    const list = screen.getByRole("list", { name: "Sources read, in order" });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole("listitem")
          .map((i) => i.textContent)
      ).toEqual([
        expect.stringContaining("'P&L'!A:XFD"),
        expect.stringContaining("Segments!A:XFD"),
        expect.stringContaining("'Operating data'!A:XFD"),
      ])
    );
    const table = await screen.findByRole("table", {
      name: "Row labels and the metric each one was read as",
    });
    // grouped by sheet, the P&L open
    expect(within(table).getByRole("button", { name: /P&L \(2 lines\)/ })).toHaveAttribute(
      "aria-expanded",
      "true"
    );
    // each metric in words (its id as the title)
    expect(within(table).getByTitle("revenue.total")).toHaveTextContent(/^Total revenues$/);
    expect(within(table).getByTitle("operating_income")).toHaveTextContent(/^Operating income$/);
    await user.click(within(table).getByRole("button", { name: /Segments/ }));
    expect(within(table).getByTitle("revenue.dedicated_access")).toHaveTextContent(
      /^Revenue · segment · Dedicated access services$/
    );
    await user.click(within(table).getByRole("button", { name: /Operating data/ }));
    expect(within(table).getByTitle("ops.subscribers")).toHaveTextContent(
      /^Subscribers \(stock\)$/
    );

    await user.click(screen.getByRole("tab", { name: "Refresh" }));
    await user.click(screen.getByRole("button", { name: "Refresh KPIs" }));
    await screen.findByRole("heading", { name: "Highlights" }, { timeout: 20_000 });
    // 1Q25 from the P&L: revenue 120 (100 a year before: +20.0%), operating income 18 (margin 18 / 120 = 15.0%);
    // the segment driving growth comes from the Segments sheet (72 vs 60: +20.0%)
    const pane = screen.getByRole("main");
    expect(pane).toHaveTextContent("Revenues JPY120M (20.0% up from 1Q24");
    expect(pane).toHaveTextContent("Operating margin 15.0% (10.0% in 1Q24");
    expect(pane).toHaveTextContent("Driven by Dedicated access (20.0% up from 1Q24");
  });
});
