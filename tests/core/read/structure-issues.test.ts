/**
 * An issue names the line it was reported for. The structure step renames the lines it reads as parts of a total
 * ("Widgets" under "Total revenue" → `revenue.widgets`) and the issues of those lines follow them; the same label in
 * another block of the range, or on another sheet of the pack, is another line: its issues keep naming it.
 */
import { analyse, type Analysis } from "../../../src/core/analyse";
import { parseCellAddress } from "../../../src/core/grid";
import { splitSheetPrefix } from "../../../src/core/grid/sheet-name";
import type { Grid, SourceRange } from "../../../src/core/grid/types";
import type { Issue } from "../../../src/core/issue";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { beside, blockRows, stack, type PackBlock } from "./packs";

const MARCH: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 3 };
const NOW = new Date("2026-11-29T00:00:00Z");

/** Widgets + Gadgets (80) are not Total revenue (100) in FY23: the annual block leaves them unknown lines. */
const annual: PackBlock = {
  title: "Annual (JPY mn)",
  periods: ["FY23", "FY24"],
  lines: [
    { label: "Total revenue", values: [100, 120] },
    { label: "Widgets", values: [50, "tbc"] },
    { label: "Gadgets", values: [30, 40] },
  ],
};
/** They add up in every quarter: the quarterly block reads them as segments. */
const quarterly: PackBlock = {
  title: "Quarterly (JPY mn)",
  periods: ["1Q25", "2Q25", "3Q25"],
  lines: [
    { label: "Total revenue", values: [30, 32, 35] },
    { label: "Widgets", values: [20, 21, 22] },
    { label: "Gadgets", values: [10, 11, 13] },
  ],
};

function kpi(a: Analysis, metric: string, period: string, kind: string): number | null | undefined {
  return a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind)?.value;
}

/** True when the line named by the issue's metric has a figure cell on the issue cell's row of its sheet. */
function namesItsOwnLine(a: Analysis, issue: Issue): boolean {
  const split = splitSheetPrefix(issue.cell ?? "");
  const at = split ? parseCellAddress(split.rest) : null;
  const line = a.dataset.series.find((s) => s.metric === issue.metric);
  if (!split || !at || !line) return false;
  return line.cells.some((c) => c !== null && c.sheet === split.sheet && c.row === at.row);
}

describe("issues follow their own line through the structure step", () => {
  const stacked = stack(blockRows(annual), blockRows(quarterly), 1);
  const sideBySide = beside(blockRows(annual), blockRows(quarterly), 1);

  it.each<[string, Grid, string, string]>([
    // the annual block's rows: title 1, header 2, Total revenue 3, Widgets 4, Gadgets 5; FY24 in column C
    ["stacked", stacked, "Book!C4", "Book!A4"],
    ["side by side", sideBySide, "Book!C4", "Book!A4"],
  ])(
    "%s: the text in the annual block names the annual Widgets line",
    (_, grid, textCell, labelCell) => {
      const a = analyse({ sheet: "Book", topLeft: "A1", values: grid }, MARCH, NOW);
      const text = a.issues.find((i) => i.code === "not-a-number");
      expect(text).toMatchObject({ cell: textCell, metric: "widgets", period: "FY24" });
      // that line is the annual block's: its KPI in FY24 is n.m., its FY23 figure is there
      expect(kpi(a, "widgets", "FY24", "value")).toBeNull();
      expect(kpi(a, "widgets", "FY23", "value")).toBe(50);
      // the quarterly block's Widgets are segments, their figures untouched by the annual cell
      expect(kpi(a, "revenue.widgets", "3Q25", "value")).toBe(22);
      expect(kpi(a, "revenue.widgets", "3Q25", "share")).toBeCloseTo(22 / 35, 12);
      // the annual block's lines are still unknown, and still said so, on their own cells
      const unknown = a.issues.filter((i) => i.code === "unknown-label");
      expect(unknown.map((i) => [i.cell, i.metric])).toEqual([
        [labelCell, "widgets"],
        ["Book!A5", "gadgets"],
      ]);
      // every issue naming a cell and a line names a line with a figure on that cell's row
      for (const issue of a.issues)
        if (issue.cell !== undefined && issue.metric !== undefined && issue.code !== "structure")
          expect([issue.cell, namesItsOwnLine(a, issue)]).toEqual([issue.cell, true]);
    }
  );
});

describe("issues of a business of its own name its lines", () => {
  const H = ["", "1Q24", "2Q24", "3Q24", "4Q24"];
  const group: SourceRange = {
    sheet: "Group",
    topLeft: "A1",
    values: [
      ["(JPY mn)"],
      H,
      ["Total revenue", 100, 110, 120, 130],
      ["Operating income", 10, 11, 12, 13],
    ],
  };
  const cloud: SourceRange = {
    sheet: "Cloud",
    topLeft: "A1",
    values: [
      ["(JPY mn)"],
      H,
      ["Total revenue", 50, 55, "tbc", 65],
      ["Operating income", 5, 6, 7, 8],
    ],
  };

  it.each([
    ["group first", [group, cloud]],
    ["business first", [cloud, group]],
  ])("%s: the text on the Cloud sheet names Cloud's revenue, not the group's", (_, sources) => {
    const a = analyse(sources, MARCH, NOW);
    expect(a.issues.find((i) => i.code === "not-a-number")).toMatchObject({
      cell: "Cloud!D3",
      metric: "cloud.revenue.total",
      period: "3Q24",
    });
    expect(kpi(a, "cloud.revenue.total", "3Q24", "value")).toBeNull();
    expect(kpi(a, "revenue.total", "3Q24", "value")).toBe(120);
    expect(kpi(a, "revenue.total", "4Q24", "qoq")).toBeCloseTo(130 / 120 - 1, 12);
    // Cloud's operating income has its own line: 8 / 7 − 1
    expect(kpi(a, "cloud.operating_income", "4Q24", "qoq")).toBeCloseTo(8 / 7 - 1, 12);
  });
});
