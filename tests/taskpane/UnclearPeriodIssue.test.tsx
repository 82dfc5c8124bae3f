import { render, screen } from "@testing-library/react";
import { analyse } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { CheckView } from "../../src/taskpane/components/CheckView/CheckView";
import "./renderPane";

jest.setTimeout(120_000);

const noop = () => undefined;

describe("CheckView and a period column marked P", () => {
  it("shows the reader's warning as written, under Warnings, naming the header cell", () => {
    const a = analyse(
      {
        sheet: "Figures",
        topLeft: "A1",
        values: [
          ["(USD mn)", "FY2023", "FY2024", "FY2025P"],
          ["Revenue", 1000, 1100, 1210],
        ],
      },
      DEFAULT_SETTINGS,
      new Date("2026-11-29T00:00:00Z")
    );
    const issue = a.issues.find((i) => i.cell === "Figures!D1");
    expect(issue?.severity).toBe("warning");
    render(
      <CheckView
        issues={a.issues}
        kpis={a.kpis}
        busy={false}
        hasWorkbook
        message={undefined}
        onSelectCell={noop}
        onRecheck={noop}
        onDismiss={noop}
      />
    );
    expect(screen.getByRole("heading", { level: 3, name: /Warnings/ })).toBeInTheDocument();
    expect(screen.getByText(issue?.message ?? "(none)")).toBeInTheDocument();
    expect(issue?.message).toMatch(/Rename it FY2025 if the figures are actuals or FY2025E/);
  });
});
