/**
 * The Set up view over two ranges of one sheet (and a third on a sheet of its own), with the product's own use
 * cases on the Office adapter over a fake of Excel: the lines are grouped by the range they were read from, and
 * a stock's line with a period-end note is read as the known metric, not marked as an unknown label.
 */
import { screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { defaultStored } from "../../src/taskpane/model/stored";
import { createDefaultServices } from "../../src/taskpane/services/defaultServices";
import { SETTINGS_KEY, serialiseStoredSettings } from "../../src/workbook/office";
import { officePortOn } from "../workbook/office/fake/port";
import { FakeExcel } from "../workbook/office/fake/excel";
import { renderPane } from "./renderPane";

jest.setTimeout(120_000);

const HEADER = ["JPY mn", "1Q24", "2Q24", "3Q24", "4Q24", "FY2024"];

/** A sheet holding a P&L (A1:F3) and, lower down, operating data (A10:F11); segments on a sheet of their own. */
function workbook() {
  const x = new FakeExcel();
  x.addSheet("Figures", [
    HEADER,
    ["Total revenue", 100, 110, 120, 130, 460],
    ["Operating income", 10, 11, 15, 13, 49],
    [],
    [],
    [],
    [],
    [],
    [],
    HEADER,
    ["Subscribers (end of period)", 1000, 1100, 1200, 1300, 1300],
  ]);
  x.addSheet("Segments", [
    HEADER,
    ["Dedicated access", 60, 66, 70, 80, 276],
    ["Hosting", 40, 44, 50, 50, 184],
  ]);
  x.model.settings.set(
    SETTINGS_KEY,
    serialiseStoredSettings({
      ...defaultStored({ kind: "address", address: "Figures!A1:F3" }),
      moreSources: [
        { kind: "address", address: "Figures!A10:F11" },
        { kind: "address", address: "Segments!A1:F3" },
      ],
    })
  );
  return officePortOn(x);
}

describe("Set up: lines grouped by source range", () => {
  it("shows a group per range of a sheet, each with its own lines; a stock's period-end note is no unknown label", async () => {
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });
    const port = workbook();
    renderPane("excel", { ...createDefaultServices(null), excelPort: () => port });
    expect(
      await screen.findByRole("tab", { name: "Check", selected: true }, { timeout: 20_000 })
    ).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Set up" }));
    const table = await screen.findByRole("table", {
      name: "Row labels and the metric each one was read as",
    });
    const groups = within(table)
      .getAllByRole("button", { name: /\(\d+ lines?\)$/ })
      .map((b) => b.textContent);
    expect(groups).toEqual([
      "▾ Figures!A1:F3 (2 lines)",
      "▸ Figures!A10:F11 (1 line)",
      "▸ Segments (2 lines)",
    ]);
    const labels = () =>
      within(table)
        .getAllByRole("row")
        .map((r) => r.querySelector("td")?.textContent ?? "")
        .filter((text) => !/\(\d+ lines?\)$/.test(text) && text !== "");
    expect(labels()).toEqual(["Total revenue", "Operating income"]);

    await user.click(within(table).getByRole("button", { name: /Figures!A10:F11/ }));
    expect(labels()).toEqual(["Total revenue", "Operating income", "Subscribers (end of period)"]);
    const subscribers = within(table)
      .getByRole("combobox", { name: "Metric for Subscribers (end of period)" })
      .closest("tr") as HTMLElement;
    expect(within(subscribers).getByTitle("ops.subscribers")).toHaveTextContent(
      /^Subscribers \(stock\)$/
    );
    expect(subscribers).not.toHaveTextContent("Unknown label");
    expect(within(table).queryByText("Unknown label")).toBeNull();
  });
});
