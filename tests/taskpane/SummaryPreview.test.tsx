import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SummaryPreview } from "../../src/taskpane/components/SummaryPreview/SummaryPreview";
import { rowCells } from "../../src/core/summarise/cell";
import type { SummaryModel } from "../../src/core/summarise/types";
import { summary as seedSummary } from "./fixtures";

const PERIODS = ["1Q24", "2Q24", "3Q24", "4Q24", "FY2024", "1Q25"];

const summary: SummaryModel = {
  ...seedSummary,
  table: {
    name: "QuarterDeckKPIs",
    periods: PERIODS,
    rows: [
      {
        label: "Total revenues",
        metric: "revenue.total",
        kpi: "value",
        unit: "JPY mn",
        ...rowCells(
          [100_000, 110_500, 120_000, 130_000, 460_500, 1_234_567].map((value) => ({
            value,
            numberFormat: "#,##0",
          }))
        ),
      },
      {
        label: "Revenue · segment · Dedicated access services — YoY",
        metric: "revenue.dedicated_access",
        kpi: "yoy",
        unit: "%",
        ...rowCells([
          { value: "n.m." },
          { value: "n.m." },
          { value: "n.m." },
          { value: "n.m." },
          { value: "n.m." },
          { value: 0.2, numberFormat: "0.0%" },
        ]),
      },
    ],
  },
};

function show(model: SummaryModel) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SummaryPreview summary={model} />
    </FluentProvider>
  );
}

/** A layout jsdom does not have: the table 900 px wide in a 300 px region. */
function wideTableLayout() {
  const width = jest.spyOn(HTMLElement.prototype, "scrollWidth", "get").mockReturnValue(900);
  const client = jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(300);
  return () => {
    width.mockRestore();
    client.mockRestore();
  };
}

describe("the KPI table in the pane", () => {
  it("names the table, its KPI column and period columns in order, and each row by its KPI and unit (a percentage's in its figures)", () => {
    show(summary);
    const table = screen.getByRole("table", { name: "KPI summary table" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent)
    ).toEqual(["KPI", ...PERIODS]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent)
    ).toEqual(["Total revenues JPY mn", "Revenue · segment · Dedicated access services — YoY"]);
    const latest = within(table).getByRole("columnheader", { name: "1Q25" });
    expect(latest.className).not.toBe(
      within(table).getByRole("columnheader", { name: "4Q24" }).className
    );
  });

  it("scrolls sideways in a focusable region with its own name, which holds the table", async () => {
    const user = userEvent.setup({ delay: null });
    show(summary);
    const region = screen.getByRole("region", {
      name: "KPI summary table, periods scroll sideways",
    });
    expect(within(region).getByRole("table", { name: "KPI summary table" })).toBeInTheDocument();
    await user.tab();
    expect(region).toHaveFocus();
  });

  it("opens on the latest periods, leaves the reader's scrolling alone and opens on the latest again for new periods", () => {
    const restore = wideTableLayout();
    try {
      const { rerender } = show(summary);
      const region = screen.getByRole("region", { name: /KPI summary table/ });
      expect(region.scrollLeft).toBe(600);

      region.scrollLeft = 120;
      const again = (model: SummaryModel) =>
        rerender(
          <FluentProvider theme={webLightTheme}>
            <SummaryPreview summary={model} />
          </FluentProvider>
        );
      again({ ...summary, subtitle: "Computed again" });
      expect(region.scrollLeft).toBe(120);

      const next = {
        ...summary,
        table: { ...summary.table, periods: [...PERIODS.slice(1), "2Q25"] },
      };
      again(next);
      expect(region.scrollLeft).toBe(600);
    } finally {
      restore();
    }
  });

  it("shows six-digit figures compactly with the full figure beside, and n.m. cells apart from figures", () => {
    show(summary);
    const table = screen.getByRole("table", { name: "KPI summary table" });
    const [revenue, growth] = within(table).getAllByRole("row").slice(1);
    const cells = within(revenue!).getAllByRole("cell");
    expect(cells.map((c) => c.textContent)).toEqual([
      "100K",
      "111K",
      "120K",
      "130K",
      "461K",
      "1.23M",
    ]);
    expect(within(cells[5]!).getByTitle("1,234,567")).toHaveTextContent("1.23M");
    const growthCells = within(growth!).getAllByRole("cell");
    expect(growthCells.map((c) => c.textContent)).toEqual([
      "n.m.",
      "n.m.",
      "n.m.",
      "n.m.",
      "n.m.",
      "20.0%",
    ]);
    expect(growthCells[0]!.className).not.toBe(growthCells[5]!.className);
  });
});
