/**
 * A line QuarterDeck does not know is read with its growth, but nothing is divided by revenue for it: a count of
 * stores read as plain numbers would otherwise get a "margin" (2,022 / 2,120 = 95.4%). A known cost line keeps its
 * margin. Whatever the detail of the summary, and through the worksheet functions' KPI list.
 */
import { analyse } from "../../src/core/analyse";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import type { CellValue } from "../../src/core/grid/types";

const grid: CellValue[][] = [
  ["JPY mn", "1Q24", "2Q24", "3Q24", "4Q24", "1Q25"],
  ["Revenue", 2000, 2050, 2100, 2150, 2120],
  ["Operating income", 200, 210, 220, 230, 215],
  ["Stores", 2000, 2005, 2010, 2015, 2022],
  ["Marketing expenses", 50, 55, 60, 65, 70],
  ["SG&A", 300, 310, 320, 330, 340],
];

describe.each(["key", "full"] as const)("lines QuarterDeck does not know (%s detail)", (detail) => {
  const settings: Settings = { ...DEFAULT_SETTINGS, summaryDetail: detail };
  const a = analyse({ sheet: "S", topLeft: "A1", values: grid }, settings, new Date(2026, 10, 29));
  const kpi = (metric: string, kind: string) =>
    [...a.kpiList].find((k) => k.metric === metric && k.kpi === kind && k.period === "1Q25");

  it.each([
    ["stores", "yoy", 2022 / 2000 - 1],
    ["marketing_expenses", "yoy", 70 / 50 - 1],
    ["sga", "margin", 340 / 2120],
    ["operating_income", "margin", 215 / 2120],
  ])("%s %s is computed", (metric, kind, value) => {
    expect(kpi(metric, kind)?.value).toBeCloseTo(value, 12);
  });

  it.each([["stores"], ["marketing_expenses"]])(
    "%s gets no margin, in the KPIs or the summary",
    (m) => {
      expect(kpi(m, "margin")?.value ?? null).toBeNull();
      expect(a.summary.table.rows.some((r) => r.metric === m && r.kpi === "margin")).toBe(false);
    }
  );

  it("says so in the unknown-label note", () => {
    const note = a.issues.find((i) => i.code === "unknown-label" && i.cell === "S!A4");
    expect(note?.message).toMatch(/no margin or total uses it/);
  });
});
