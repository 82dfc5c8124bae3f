jest.setTimeout(240_000);
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakePort, SEED_HIGHLIGHTS, fakeServices } from "./fixtures";
import { captureDownloads, renderPane } from "./renderPane";

describe("preview mode (no Office host)", () => {
  it("opens the sample, lists the FY3/02 slip on its cell, refreshes and shows highlights and cards", async () => {
    const user = userEvent.setup({ delay: null });
    const port = new FakePort();
    const { services, calls } = fakeServices(port);
    renderPane(null, services);

    await user.click(screen.getByRole("button", { name: "Open sample" }));
    expect(await screen.findByText("Opened iij-4q01-sample.xlsx")).toBeInTheDocument();
    expect(calls.open).toEqual(["iij-4q01-sample.xlsx"]);

    // The check view comes up with the issues grouped by severity.
    expect(await screen.findByRole("tab", { name: "Check", selected: true })).toBeInTheDocument();
    const errors = screen.getByRole("heading", { name: /Errors/ });
    expect(errors).toHaveTextContent("(2)");
    const slip = screen.getByRole("button", {
      name: /Figures!O7.*FY3\/02 total revenues is 399,000/,
    });
    await user.click(slip);
    expect(port.calls.selectCell).toEqual(["Figures!O7"]);
    // Errors don't block: the capex #N/A names the KPIs it leaves n.m.
    expect(screen.getByText(/Errors do not block the refresh/)).toBeInTheDocument();
    expect(screen.getByText("Will be n.m.: Capital expenditures 4Q01")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: /Warnings/ })).toHaveTextContent("(1)");

    await user.click(screen.getByRole("button", { name: "Refresh KPIs" }));
    expect(await screen.findByRole("heading", { name: "Highlights" })).toBeInTheDocument();
    for (const h of SEED_HIGHLIGHTS) expect(screen.getByText(h)).toBeInTheDocument();
    expect(calls.progress.map((p) => p.stage)).toEqual(["reading", "computing", "writing"]);
    expect(screen.getByText("Summary written to the sheet “KPI Summary”.")).toBeInTheDocument();

    // Cards for the latest quarter by date (4Q01), whatever the input order.
    expect(screen.getByRole("heading", { name: "Latest period: 4Q01" })).toBeInTheDocument();
    const growth = screen.getByRole("group", { name: "Revenue growth" });
    expect(within(growth).getByText("31.6%")).toBeInTheDocument();
    expect(within(growth).getByText("21.9% vs 3Q01")).toBeInTheDocument();
    expect(
      within(screen.getByRole("group", { name: "Revenue" })).getByText("JPY12.1B")
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("group", { name: "Operating margin" })).getByText("1.5%")
    ).toBeInTheDocument();
    const ebitda = screen.getByRole("group", { name: "EBITDA vs CAPEX" });
    expect(within(ebitda).getByText("JPY968M")).toBeInTheDocument();
    expect(within(ebitda).getByRole("img", { name: "EBITDA vs CAPEX trend" })).toBeInTheDocument();

    // Preview shows the summary sheet as a table and the charts in the page.
    const table = screen.getByRole("table", { name: "KPI summary table" });
    expect(within(table).getByRole("columnheader", { name: "4Q01" })).toBeInTheDocument();
    expect(within(table).getByRole("cell", { name: "12,100" })).toBeInTheDocument();
    expect(within(table).getByRole("cell", { name: "31.6%" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Revenue by quarter" })).toBeInTheDocument();
  });

  it("downloads the summary workbook after a refresh", async () => {
    const user = userEvent.setup({ delay: null });
    const port = new FakePort();
    const { services, calls } = fakeServices(port);
    const downloads = captureDownloads();
    try {
      renderPane(null, services);
      await user.click(screen.getByRole("button", { name: "Open sample" }));
      await screen.findByRole("tab", { name: "Check", selected: true });
      await user.click(screen.getByRole("button", { name: "Refresh KPIs" }));
      await screen.findByRole("heading", { name: "Highlights" });
      await user.click(screen.getByRole("tab", { name: "Export" }));
      await user.click(screen.getByRole("button", { name: "Export summary workbook" }));
      await screen.findByText(/KPI Summary 2026-11-25 1405\.xlsx was offered for download\./);
      expect(calls.export).toHaveLength(1);
      expect(downloads.files.map((f) => f.name)).toEqual(["KPI Summary 2026-11-25 1405.xlsx"]);
      expect(downloads.files[0]?.blob.size).toBe(4);
    } finally {
      downloads.restore();
    }
  });

  it("says what to do when a file cannot be read", async () => {
    const user = userEvent.setup({ delay: null });
    const port = new FakePort();
    const { services } = fakeServices(port, {
      open: { ok: false, message: "broken.xlsx could not be read as an Excel workbook (bad zip)." },
    });
    renderPane(null, services);
    const input = screen.getByLabelText("Workbook or CSV file");
    await user.upload(input, new File([new Uint8Array([1, 2, 3])], "broken.xlsx"));
    const alert = await screen.findByText(/broken\.xlsx could not be read as an Excel workbook/);
    expect(alert).toHaveTextContent("The file could not be opened");
    expect(alert).toHaveTextContent(
      "Save it as an Excel workbook (.xlsx) or a CSV file and try again."
    );
    // Nothing was opened: refresh explains that a workbook is needed.
    await user.click(screen.getByRole("button", { name: "Refresh KPIs" }));
    expect(
      await screen.findByText("Open a workbook first: use “Open sample” or choose a file.")
    ).toBeInTheDocument();
  });

  it("opens a dropped file", async () => {
    const port = new FakePort();
    const { services, calls } = fakeServices(port);
    renderPane(null, services);
    const zone = screen.getByRole("region", { name: "Preview outside Excel" });
    const file = new File(["id,4Q01\nrevenue.total,12100\n"], "figures.csv", { type: "text/csv" });
    const { fireEvent } = await import("@testing-library/react");
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(calls.open).toEqual(["figures.csv"]));
    expect(await screen.findByText("Opened figures.csv")).toBeInTheDocument();
  });
});
