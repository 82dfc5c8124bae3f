import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultStored } from "../../src/taskpane/model/stored";
import { FakePort, fakeServices } from "./fixtures";
import { blobText, captureDownloads, renderPane } from "./renderPane";

jest.setTimeout(240_000);

describe("inside Excel", () => {
  it("checks the stored source on start, saves the set-up options, and reports a selection with no figures", async () => {
    const user = userEvent.setup({ delay: null });
    const port = new FakePort(defaultStored({ kind: "name", name: "Figures_Q" }));
    const options: Parameters<typeof fakeServices>[1] = { excelPort: port };
    const { services, calls } = fakeServices(port, options);
    renderPane("excel", services);

    // The stored source is checked at once and the check view opens.
    expect(await screen.findByRole("tab", { name: "Check", selected: true })).toBeInTheDocument();
    expect(calls.check[0]?.source).toEqual({ kind: "name", name: "Figures_Q" });

    await user.click(screen.getByRole("tab", { name: "Set up" }));
    // What was understood, from the dataset.
    expect(screen.getByText("Wide (metrics in rows, periods in columns)")).toBeInTheDocument();
    expect(screen.getByText("3Q01 … FY3/02 (4 periods)")).toBeInTheDocument();
    expect(
      screen.getByText(/Ends in March, named by start year.*\(read from the labels\)/)
    ).toBeInTheDocument();
    const mapping = screen.getByRole("table", {
      name: "Row labels and the metric each one was read as",
    });
    expect(
      within(mapping).getByRole("combobox", { name: "Metric for Total revenues" })
    ).toHaveValue("revenue.total");
    expect(within(mapping).getByRole("combobox", { name: "Metric for Broadband TV" })).toHaveValue(
      "broadband_tv"
    );
    expect(within(mapping).getByRole("row", { name: /Broadband TV/ })).toHaveTextContent(
      "Unknown label"
    );

    // Options, then Save writes them to the workbook.
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Fiscal year ends in" }),
      "September"
    );
    await user.click(
      screen.getByRole("radio", { name: "Operating income + D&A (operating EBITDA)" })
    );
    const sheet = screen.getByRole("textbox", { name: "Output sheet name" });
    await user.clear(sheet);
    await user.type(sheet, "Q4 KPIs");
    const fx = screen.getByRole("textbox", { name: /FX rate/ });
    await user.type(fx, "131.04");
    await user.tab();
    await user.click(
      screen.getByRole("switch", { name: "Write live formulas (off: values only)" })
    );
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
    expect(port.calls.saveSettings).toHaveLength(1);
    const saved = port.calls.saveSettings[0];
    expect(saved?.source).toEqual({ kind: "name", name: "Figures_Q" });
    expect(saved?.settings).toMatchObject({
      fyEndMonth: 9,
      ebitda: "operating",
      outputSheet: "Q4 KPIs",
      formulas: false,
      fx: { to: "USD", rate: 131.04 },
    });

    // A rate that is neither a number nor a cell is refused with a message naming it.
    await user.clear(fx);
    await user.type(fx, "about 130");
    await user.tab();
    expect(screen.getByText(/“about 130” is not a rate or a cell address/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save settings" })).toBeDisabled();
    await user.clear(fx);
    await user.tab();

    // No figures in the selection: the check says so and what to do.
    options.check = {
      ok: false,
      message:
        "No figures were found in Sheet1!B2:D4: it holds no row of numbers with period labels.",
    };
    await user.click(screen.getByRole("button", { name: "Use selected range" }));
    await waitFor(() => expect(calls.check.at(-1)?.source).toEqual({ kind: "selection" }));
    await user.click(screen.getByRole("tab", { name: "Check" }));
    const bar = await screen.findByText(/No figures were found in Sheet1!B2:D4/);
    expect(bar).toHaveTextContent("The figures could not be checked");
    expect(bar).toHaveTextContent("Check the source range in Set up, then press Recheck.");
  });

  it("keeps the pane usable when a refresh fails, and says what happened", async () => {
    const user = userEvent.setup({ delay: null });
    const port = new FakePort(defaultStored({ kind: "address", address: "Figures!A3:N30" }));
    const { services, calls } = fakeServices(port, {
      excelPort: port,
      refresh: {
        ok: false,
        message:
          "The summary could not be written (the workbook is protected); the previous summary was left in place.",
      },
    });
    renderPane("excel", services);
    await screen.findByRole("tab", { name: "Check", selected: true });
    await user.click(screen.getByRole("button", { name: "Refresh KPIs" }));
    const bar = await screen.findByText(/the workbook is protected/);
    expect(bar).toHaveTextContent("The refresh failed");
    expect(calls.refresh).toHaveLength(1);
    expect(screen.queryByRole("heading", { name: "Highlights" })).not.toBeInTheDocument();
    expect(screen.getByText("Not refreshed yet. Press Refresh KPIs.")).toBeInTheDocument();
    // The button is ready again for another try.
    expect(screen.getByRole("button", { name: "Refresh KPIs" })).toBeEnabled();
    // Export waits for a summary.
    await user.click(screen.getByRole("tab", { name: "Export" }));
    expect(screen.getByRole("button", { name: "Export summary workbook" })).toBeDisabled();
  });

  it("opens the exported summary in a new Excel window, and downloads the KPI table as escaped CSV", async () => {
    const user = userEvent.setup({ delay: null });
    const createWorkbook = jest.fn(async (_base64: string) => undefined);
    (globalThis as { Excel?: unknown }).Excel = { createWorkbook };
    const downloads = captureDownloads();
    try {
      const port = new FakePort(defaultStored({ kind: "address", address: "Figures!A3:N30" }), {
        host: "excel",
        createWorkbook: true,
      });
      const { services } = fakeServices(port, { excelPort: port });
      renderPane("excel", services);
      await screen.findByRole("tab", { name: "Check", selected: true });
      await user.click(screen.getByRole("button", { name: "Refresh KPIs" }));
      await screen.findByRole("heading", { name: "Highlights" });
      await user.click(screen.getByRole("tab", { name: "Export" }));
      await user.click(screen.getByRole("button", { name: "Export summary workbook" }));
      expect(
        await screen.findByText("The summary opened in a new Excel window.")
      ).toBeInTheDocument();
      // The fake export's bytes 50 4B 03 04 ("PK\x03\x04") in base64.
      expect(createWorkbook.mock.calls).toEqual([["UEsDBA=="]]);
      expect(downloads.files).toEqual([]);

      await user.click(screen.getByRole("button", { name: "Export CSV" }));
      expect(downloads.files.map((f) => f.name)).toEqual(["QuarterDeck KPIs 20261125-1405.csv"]);
      const csv = await blobText(downloads.files[0]!.blob);
      expect(csv.replace(/^\uFEFF/, "").split("\r\n")).toEqual([
        "KPI,Metric,Measure,Unit,4Q00,3Q01,4Q01",
        "Total revenues,revenue.total,value,JPY mn,9195,9926,12100",
        "'=Total revenues — YoY,revenue.total,yoy,%,n.m.,n.m.,0.31593",
        "",
      ]);
    } finally {
      downloads.restore();
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });

  it("on Mac reports an export that did not happen, never downloads, and copies the CSV instead", async () => {
    const user = userEvent.setup({ delay: null });
    const createWorkbook = jest.fn(async (_base64: string) => {
      throw new Error("InvalidOperation");
    });
    (globalThis as { Excel?: unknown }).Excel = { createWorkbook };
    const downloads = captureDownloads();
    try {
      const port = new FakePort(defaultStored({ kind: "address", address: "Figures!A3:N30" }), {
        host: "excel",
        createWorkbook: true,
      });
      const { services } = fakeServices(port, { excelPort: port });
      services.environment = () => ({
        office: { host: "Excel", platform: "Mac", version: "16.91" },
        apiSets: [],
        userAgent: "test",
      });
      renderPane("excel", services);
      await screen.findByRole("tab", { name: "Check", selected: true });
      await user.click(screen.getByRole("button", { name: "Refresh KPIs" }));
      await screen.findByRole("heading", { name: "Highlights" });
      await user.click(screen.getByRole("tab", { name: "Export" }));
      await user.click(screen.getByRole("button", { name: "Export summary workbook" }));
      expect(
        await screen.findByText(/^The export did not happen: .*InvalidOperation/)
      ).toBeInTheDocument();
      expect(createWorkbook).toHaveBeenCalledTimes(1);
      expect(screen.queryByText(/offered for download|opened in a new Excel window/)).toBeNull();

      await user.click(screen.getByRole("button", { name: "Export CSV" }));
      expect(
        await screen.findByText(/the CSV table was copied to the clipboard instead/)
      ).toBeInTheDocument();
      expect(await navigator.clipboard.readText()).toMatch(/^KPI,Metric,Measure,Unit/);
      expect(downloads.files).toEqual([]);
    } finally {
      downloads.restore();
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });
});
