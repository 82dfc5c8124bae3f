/**
 * Adding a KPI is one catalog entry: declared once (label, inputs, family, measures, formula), it is computed,
 * placed with its family in the summary table, formatted, and written as a live formula.
 */
import { analyse } from "../../../src/core/analyse";
import { cellAt } from "../../../src/core/summarise/cell";
import { catalog, type CatalogEntry } from "../../../src/core/compute";
import { sub, type Expr } from "../../../src/core/compute/expr";
import type { SourceRange } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { layoutSummary } from "../../../src/workbook/layout";

/** Contribution profit = gross profit − SG&A: a KPI the built-in catalog does not have. */
const contribution: CatalogEntry = {
  id: "contribution_profit",
  label: { en: "Contribution profit", ja: "貢献利益" },
  inputs: ["gross_profit", "sga"],
  summary: { family: "gross-profit", measures: ["value", "yoy", "margin"], profit: true },
  formula: ([grossProfit, sga]) => sub(grossProfit as Expr, sga as Expr),
};

// Figures!A1:F7 — revenues, cost and SG&A over five quarters, an FX rate row last.
const grid = [
  ["", "1Q23", "2Q23", "3Q23", "4Q23", "1Q24"],
  ["Total revenues", 100, 110, 120, 130, 150],
  ["Cost of revenues", 60, 64, 70, 75, 84],
  ["SG&A", 20, 22, 23, 25, 30],
  ["Operating income", 20, 24, 27, 30, 36],
  ["Capital expenditures", 5, 6, 7, 8, 9],
  ["Yen per US dollar", 130, 135, 140, 145, 150],
];
const range: SourceRange = { sheet: "Figures", topLeft: "A1", values: grid };
const settings: Settings = { ...DEFAULT_SETTINGS, reportingCurrency: "JPY", formulas: true };
const now = new Date("2024-05-01T00:00:00Z");

describe("a KPI added as one catalog entry", () => {
  const with_ = analyse(range, settings, now, { extraKpis: [contribution] });
  const without = analyse(range, settings, now);
  const rows = with_.summary.table.rows;
  const periods = with_.summary.table.periods;
  const at = (metric: string, kpi: string): number =>
    rows.findIndex((r) => r.metric === metric && r.kpi === kpi);
  const cell = (metric: string, kpi: string, period: string) =>
    cellAt(rows[at(metric, kpi)], periods.indexOf(period));

  it("is in the catalog after the built-in entries when passed as extra", () => {
    const ids = catalog([], [contribution]).map((e) => e.id);
    expect(ids).toContain("contribution_profit");
    expect(ids.indexOf("contribution_profit")).toBeGreaterThan(ids.indexOf("free_cash_flow"));
    expect(catalog().map((e) => e.id)).not.toContain("contribution_profit");
  });

  it.each([
    // 1Q24: gross profit 150 − 84 = 66, less SG&A 30 = 36; 1Q23: 100 − 60 − 20 = 20
    ["1Q24", "value", 36],
    ["1Q23", "value", 20],
    // yoy 36 / 20 − 1; margin 36 / 150
    ["1Q24", "yoy", 0.8],
    ["1Q24", "margin", 0.24],
  ])("is computed: %s %s = %s", (period, kind, expected) => {
    const k = with_.kpis.find(
      (x) => x.metric === "contribution_profit" && x.period === period && x.kpi === kind
    );
    expect(k?.value).toBeCloseTo(expected, 10);
    expect(without.kpis.some((x) => x.metric === "contribution_profit")).toBe(false);
  });

  it("is formatted like the money figures, its growth and margin as percentages", () => {
    const value = with_.kpis.find(
      (x) => x.metric === "contribution_profit" && x.period === "1Q24" && x.kpi === "value"
    );
    expect(value?.display).toBe("36");
    expect(value?.numberFormat).toBe("#,##0");
    expect(value?.label).toBe("Contribution profit");
    expect(cell("contribution_profit", "margin", "1Q24")?.numberFormat).toContain("%");
    expect(rows[at("contribution_profit", "margin")]?.label).toMatch(/margin/i);
  });

  it("sits with its family (after gross profit, before SG&A), not after the FX rows", () => {
    for (const anchor of [
      at("gross_profit", "margin"),
      at("sga", "value"),
      at("fx.jpy_per_usd", "value"),
    ])
      expect(anchor).toBeGreaterThanOrEqual(0);
    const kinds = rows.filter((r) => r.metric === "contribution_profit").map((r) => r.kpi);
    expect(kinds).toEqual(["value", "yoy", "margin"]);
    expect(at("contribution_profit", "value")).toBeGreaterThan(at("gross_profit", "margin"));
    expect(at("contribution_profit", "margin")).toBeLessThan(at("sga", "value"));
    expect(at("contribution_profit", "margin")).toBeLessThan(at("fx.jpy_per_usd", "value"));
  });

  it("is written as a formula over the source cells", () => {
    // gross profit is derived (B2 − B3), so contribution profit in 1Q24 (column F) is F2 − F3 − F4
    const formula = cell("contribution_profit", "value", "1Q24")?.formula ?? "";
    expect(formula.replace(/^=/, "")).toBe("Figures!F2-Figures!F3-Figures!F4");
    const layout = layoutSummary(with_.summary);
    const written = layout.formulas
      .flat()
      .filter((f) => typeof f === "string" && f.startsWith("="));
    expect(written).toContain(`=${formula.replace(/^=/, "")}`);
  });
});
