/**
 * A number typed as text ("1,210") is read as its value, but an Excel formula over that cell would not compute
 * (ISNUMBER is false, arithmetic gives #VALUE!): every KPI that reads it is written as its value, with no formula.
 */
import { computeKpis, type KpiValue } from "../../../src/core/compute";
import { readRange } from "../../../src/core/read";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { Grid } from "../../../src/core/grid/types";

function kpisOf(values: Grid): KpiValue[] {
  const { dataset } = readRange({ sheet: "Figures", topLeft: "A1", values }, DEFAULT_SETTINGS);
  return computeKpis(dataset, DEFAULT_SETTINGS);
}

function find(kpis: KpiValue[], metric: string, period: string, kpi: string): KpiValue {
  const k = kpis.find((x) => x.metric === metric && x.period === period && x.kpi === kpi);
  if (!k) throw new Error(`no ${metric} ${period} ${kpi}`);
  return k;
}

const layouts: [string, Grid][] = [
  [
    "wide range",
    [
      ["id", "label", "unit", "1Q01", "2Q01"],
      ["revenue.total", "Total revenues", "JPY mn", 1000, "1,210"],
      ["operating_income", "Operating income", "JPY mn", 100, 121],
    ],
  ],
  [
    "long table",
    [
      ["Period", "Account", "Amount", "Unit"],
      ["1Q01", "Total revenues", 1000, "JPY mn"],
      ["2Q01", "Total revenues", "1,210", "JPY mn"],
      ["1Q01", "Operating income", 100, "JPY mn"],
      ["2Q01", "Operating income", 121, "JPY mn"],
    ],
  ],
];

describe.each(layouts)("numbers typed as text in a %s", (_name, grid) => {
  const kpis = kpisOf(grid);

  test.each([
    ["revenue.total", "2Q01", "value", 1210],
    ["revenue.total", "2Q01", "qoq", 0.21],
    ["operating_income", "2Q01", "margin", 0.1],
  ])(
    "%s %s %s: value read from the text, written without a formula",
    (metric, period, kpi, value) => {
      const k = find(kpis, metric, period, kpi);
      expect(k.value).toBeCloseTo(value, 12);
      expect(k.formula).toBeUndefined();
    }
  );

  test.each([
    ["revenue.total", "1Q01", "value"],
    ["operating_income", "2Q01", "value"],
    ["operating_income", "2Q01", "qoq"],
  ])("%s %s %s: over number cells only, still a live formula", (metric, period, kpi) => {
    expect(find(kpis, metric, period, kpi).formula).toMatch(/^=.*Figures!/);
  });
});
