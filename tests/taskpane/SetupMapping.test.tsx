import { screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { defaultStored } from "../../src/taskpane/model/stored";
import { FakePort, fakeServices } from "./fixtures";
import { renderPane } from "./renderPane";

jest.setTimeout(120_000);

/** Type a search at once (one change event, as a paste), after clearing the field. */
async function typeInto(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string
) {
  await user.clear(field);
  await user.paste(text);
}

async function openSetup() {
  // The pointer-events check walks computed styles up the tree at every click: slow over Fluent's styles in jsdom.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const port = new FakePort(defaultStored({ kind: "name", name: "Figures_Q" }));
  const { services, calls } = fakeServices(port, { excelPort: port });
  renderPane("excel", services);
  expect(
    await screen.findByRole("tab", { name: "Check", selected: true }, { timeout: 10_000 })
  ).toBeInTheDocument();
  await user.click(screen.getByRole("tab", { name: "Set up" }));
  const mapping = screen.getByRole("table", {
    name: "Row labels and the metric each one was read as",
  });
  return { user, port, calls, mapping };
}

describe("Set up: correcting the metric of a label", () => {
  it("maps an unknown label to a known metric by search; Save stores it and the next check uses it", async () => {
    const { user, port, calls, mapping } = await openSetup();
    expect(screen.getByText(/Choose a metric to correct how a line is read/)).toBeInTheDocument();
    const picker = within(mapping).getByRole("combobox", { name: "Metric for Broadband TV" });
    const row = picker.closest("tr") as HTMLElement;
    expect(row).toHaveTextContent("Unknown label");
    expect(picker).toHaveValue("broadband_tv");
    await user.click(picker);
    await typeInto(user, picker, "systems");
    // The search filters the vocabulary by id and label.
    const options = within(screen.getByRole("listbox"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(options).toEqual([
      "revenue.siSystems integration",
      "cost.siCost of systems integration",
    ]);
    await user.click(screen.getByRole("option", { name: /^revenue\.si\b/ }));

    expect(picker).toHaveValue("revenue.si");
    expect(row).not.toHaveTextContent("Unknown label");

    const checksBefore = calls.check.length;
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
    expect(port.calls.saveSettings).toHaveLength(1);
    expect(port.calls.saveSettings[0]?.settings.labelMap).toEqual({ "Broadband TV": "revenue.si" });
    await waitFor(() => expect(calls.check.length).toBe(checksBefore + 1));
    expect(calls.check.at(-1)?.settings.labelMap).toEqual({ "Broadband TV": "revenue.si" });
  });

  it("puts a corrected label back to automatic reading", async () => {
    const { user, port, mapping } = await openSetup();
    const picker = within(mapping).getByRole("combobox", { name: "Metric for Broadband TV" });
    const row = picker.closest("tr") as HTMLElement;
    // nothing to reset before a choice
    expect(
      within(row).queryByRole("button", { name: "Read Broadband TV automatically again" })
    ).toBeNull();
    await user.click(picker);
    await typeInto(user, picker, "systems");
    await user.click(screen.getByRole("option", { name: /^revenue\.si\b/ }));
    expect(picker).toHaveValue("revenue.si");

    await user.click(
      within(row).getByRole("button", { name: "Read Broadband TV automatically again" })
    );
    expect(picker).toHaveValue("broadband_tv");
    expect(row).toHaveTextContent("Unknown label");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
    expect(port.calls.saveSettings[0]?.settings.labelMap).toBeUndefined();
  });

  it("offers a typed id as a new metric, and remaps a known label", async () => {
    const { user, port, mapping } = await openSetup();
    const unknown = within(mapping).getByRole("combobox", { name: "Metric for Broadband TV" });
    await user.click(unknown);
    await typeInto(user, unknown, "Revenue.TV");
    await user.click(screen.getByRole("option", { name: /New metric id/ }));
    expect(unknown).toHaveValue("revenue.tv");

    const known = within(mapping).getByRole("combobox", {
      name: "Metric for Capital expenditures",
    });
    await user.click(known);
    await typeInto(user, known, "zzz nothing");
    expect(screen.getByRole("option", { name: /No metric matches/ })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
    await typeInto(user, known, "cash invest");
    await user.click(screen.getByRole("option", { name: /^cf\.investing/ }));
    expect(known).toHaveValue("cf.investing");

    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
    expect(port.calls.saveSettings[0]?.settings.labelMap).toEqual({
      "Broadband TV": "revenue.tv",
      "Capital expenditures": "cf.investing",
    });
  });
});
