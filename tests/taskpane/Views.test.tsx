import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CheckView } from "../../src/taskpane/components/CheckView/CheckView";
import { ExportView } from "../../src/taskpane/components/ExportView/ExportView";
import { RefreshView } from "../../src/taskpane/components/RefreshView/RefreshView";
import { analysis, capexIssue, kpis, labelIssue, slipIssue } from "./fixtures";
import "./renderPane";

jest.setTimeout(120_000);

const noop = () => undefined;

describe("CheckView", () => {
  it("groups issues by severity with counts; each names its cell and selects it", async () => {
    const user = userEvent.setup({ delay: null });
    const onSelectCell = jest.fn();
    const onRecheck = jest.fn();
    render(
      <CheckView
        issues={[labelIssue, slipIssue, capexIssue]}
        kpis={kpis}
        busy={false}
        hasWorkbook
        message={undefined}
        onSelectCell={onSelectCell}
        onRecheck={onRecheck}
        onDismiss={noop}
      />
    );
    const headings = screen.getAllByRole("heading", { level: 3 });
    expect(headings).toHaveLength(2);
    expect(headings[0]).toHaveTextContent(/^Errors.*\(2\)$/);
    expect(headings[1]).toHaveTextContent(/^Warnings.*\(1\)$/);
    await user.click(screen.getByRole("button", { name: /^Figures!M20/ }));
    await user.click(screen.getByRole("button", { name: /^Figures!A27/ }));
    expect(onSelectCell.mock.calls).toEqual([["Figures!M20"], ["Figures!A27"]]);
    expect(screen.getByText("Will be n.m.: Capital expenditures 4Q01")).toBeInTheDocument();
    expect(screen.getByText("No KPI becomes n.m. because of this.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Recheck" }));
    expect(onRecheck).toHaveBeenCalledTimes(1);
  });

  it("says when the figures are clean", () => {
    render(
      <CheckView
        issues={[]}
        kpis={[]}
        busy={false}
        hasWorkbook
        message={undefined}
        onSelectCell={noop}
        onRecheck={noop}
        onDismiss={noop}
      />
    );
    expect(screen.getByText("No problems found in the figures.")).toBeInTheDocument();
    expect(screen.queryByText(/Errors do not block/)).not.toBeInTheDocument();
  });
});

describe("RefreshView", () => {
  it("shows the stage of a running refresh on a progress bar", () => {
    render(
      <RefreshView
        analysis={null}
        refreshed={false}
        busy
        progress={{ stage: "writing", fraction: 0.6 }}
        lastRefreshed={null}
        showSummary={false}
        message={undefined}
        onCopyHighlights={noop}
        onDismiss={noop}
      />
    );
    const bar = screen.getByRole("progressbar", { name: "Refresh progress" });
    expect(bar).toHaveAttribute("aria-valuenow", "0.6");
    expect(screen.getByText("Writing the summary sheet")).toBeInTheDocument();
  });

  it("offers Copy for the highlights; inside Excel the summary table is not repeated in the pane", async () => {
    const user = userEvent.setup({ delay: null });
    const onCopy = jest.fn();
    render(
      <RefreshView
        analysis={analysis()}
        refreshed
        busy={false}
        progress={null}
        lastRefreshed="2026-11-25T14:05:00.000Z"
        showSummary={false}
        message={undefined}
        onCopyHighlights={onCopy}
        onDismiss={noop}
      />
    );
    expect(screen.getByText(/^Last refreshed /)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Copy highlights" }));
    expect(onCopy).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.getAllByRole("img", { name: /trend$/ })).toHaveLength(4);
  });
});

describe("ExportView", () => {
  it("waits for a summary, then offers the workbook, the CSV and the highlights", async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender } = render(
      <ExportView
        ready={false}
        busy={false}
        message={undefined}
        onExportWorkbook={noop}
        onExportCsv={noop}
        onCopyHighlights={noop}
        onDismiss={noop}
      />
    );
    expect(
      screen.getByText("Refresh first: the export uses the latest summary.")
    ).toBeInTheDocument();
    for (const name of ["Export summary workbook", "Export CSV", "Copy highlights"])
      expect(screen.getByRole("button", { name })).toBeDisabled();
    const onWb = jest.fn();
    const onCsv = jest.fn();
    const onCopy = jest.fn();
    rerender(
      <ExportView
        ready
        busy={false}
        message={{ intent: "error", title: "The export failed", body: "disk full" }}
        onExportWorkbook={onWb}
        onExportCsv={onCsv}
        onCopyHighlights={onCopy}
        onDismiss={noop}
      />
    );
    expect(screen.getByText(/disk full/)).toHaveTextContent("The export failed");
    await user.click(screen.getByRole("button", { name: "Export summary workbook" }));
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    await user.click(screen.getByRole("button", { name: "Copy highlights" }));
    expect([onWb.mock.calls.length, onCsv.mock.calls.length, onCopy.mock.calls.length]).toEqual([
      1, 1, 1,
    ]);
  });
});
