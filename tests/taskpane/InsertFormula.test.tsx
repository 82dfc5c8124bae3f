/** "Insert formula": a KPI card's and a Check view figure's QUARTERDECK.KPI call, placed through the workbook port. */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultStored } from "../../src/taskpane/model/stored";
import { FakePort, fakeServices } from "./fixtures";
import { renderPane } from "./renderPane";

jest.setTimeout(120_000);

function excelPane() {
  const port = new FakePort(defaultStored({ kind: "address", address: "Figures!A3:N30" }));
  const { services } = fakeServices(port, { excelPort: port });
  renderPane("excel", services);
  return port;
}

describe("Insert formula", () => {
  it("a card's button places the figure's formula and the message says where it went", async () => {
    const user = userEvent.setup({ delay: null });
    const port = excelPane();
    await screen.findByRole("tab", { name: "Check", selected: true });
    await user.click(screen.getByRole("button", { name: "Refresh KPIs" }));
    const insert = await screen.findByRole("button", {
      name: "Insert the formula for Revenue growth into the selected cell",
    });
    expect(screen.getAllByRole("button", { name: /^Insert the formula for / })).toHaveLength(4);

    await user.click(insert);
    expect(await screen.findByText(/^Formula written to Sheet1!H2/)).toBeInTheDocument();
    expect(port.calls.writeFormulaToSelection).toEqual([
      '=QUARTERDECK.KPI(Figures!A3:N30, "Total revenues", "yoy", "4Q01")',
    ]);

    // A cell that holds something is named, and left alone.
    port.placement = { kind: "refused", reason: "not-empty", cell: "Deck!C4" };
    await user.click(
      screen.getByRole("button", { name: "Insert the formula for Revenue into the selected cell" })
    );
    expect(
      await screen.findByText(/^Deck!C4 is not empty and was left as it is/)
    ).toBeInTheDocument();
    expect(port.calls.writeFormulaToSelection[1]).toBe(
      '=QUARTERDECK.KPI(Figures!A3:N30, "Total revenues", "value", "4Q01")'
    );
  });

  it("the Check view offers the formula of a KPI an issue makes n.m.", async () => {
    const user = userEvent.setup({ delay: null });
    const port = excelPane();
    await screen.findByRole("tab", { name: "Check", selected: true });
    const insert = await screen.findByRole("button", {
      name: "Insert the formula for Capital expenditures 4Q01 into the selected cell",
    });
    port.placement = { kind: "refused", reason: "summary-sheet", cell: "'KPI Summary'!B2" };
    await user.click(insert);
    expect(
      await screen.findByText(/^'KPI Summary'!B2 is on QuarterDeck's summary sheet/)
    ).toBeInTheDocument();
    expect(port.calls.writeFormulaToSelection).toEqual([
      '=QUARTERDECK.KPI(Figures!A3:N30, "Capital expenditures", "value", "4Q01")',
    ]);
  });
});
