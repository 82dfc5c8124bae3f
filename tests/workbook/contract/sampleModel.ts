/**
 * A summary model built by hand from the seed figures (a "Figures" sheet holding iij-figures.csv at A1), for
 * the adapter contract tests: value rows with live formulas over the source cells, a growth row with an n.m.
 * guard, and one chart of every type. Independent of the KPI engine so the adapters can be tested alone.
 */
import type { CellValue } from "../../../src/core/grid/types";
import type { SummaryModel, SummaryRow } from "../../../src/core/summarise/types";
import { rowCells } from "../../../src/core/summarise/cell";

/** Seed figures (JPY mn), periods 1Q00…4Q00, FY3/01, 1Q01…4Q01, FY3/02 — as in iij-figures.csv. */
export const SAMPLE_PERIODS = [
  "1Q00",
  "2Q00",
  "3Q00",
  "4Q00",
  "FY3/01",
  "1Q01",
  "2Q01",
  "3Q01",
  "4Q01",
  "FY3/02",
];

/** Rows of the source sheet: id, label, unit, then one figure per period (row 1 is the header). */
export const SAMPLE_SOURCE: CellValue[][] = [
  ["id", "label", "unit", ...SAMPLE_PERIODS],
  [
    "revenue.dedicated_access",
    "Dedicated access services",
    "JPY mn",
    3800,
    3950,
    4100,
    4300,
    16150,
    4600,
    4750,
    4900,
    5100,
    19350,
  ],
  [
    "revenue.dialup",
    "Dial-up access services",
    "JPY mn",
    1300,
    1290,
    1270,
    1250,
    5110,
    1220,
    1200,
    1180,
    1150,
    4750,
  ],
  [
    "revenue.si",
    "Systems integration",
    "JPY mn",
    1750,
    1900,
    2050,
    2521,
    8221,
    2200,
    2600,
    2735,
    4300,
    11835,
  ],
  [
    "revenue.data_center",
    "Data center services",
    "JPY mn",
    200,
    250,
    330,
    424,
    1204,
    470,
    505,
    561,
    650,
    2186,
  ],
  ["revenue.others", "Others", "JPY mn", 190, 128, 167, 700, 1185, 199, 130, 550, 900, 1779],
  [
    "revenue.total",
    "Total revenues",
    "JPY mn",
    7240,
    7518,
    7917,
    9195,
    31870,
    8689,
    9185,
    9926,
    12100,
    399000,
  ],
  [
    "operating_income",
    "Operating income (loss)",
    "JPY mn",
    -420,
    -310,
    -150,
    394,
    -486,
    -210,
    -73,
    151,
    186,
    54,
  ],
  ["capex", "Capital expenditures", "JPY mn", 600, 650, 800, 1100, 3150, 700, 820, 870, 913, 3303],
];
export const SAMPLE_SOURCE_SHEET = "Figures";

const FIRST_PERIOD_COL = "D".charCodeAt(0);
const col = (p: number): string => String.fromCharCode(FIRST_PERIOD_COL + p);
const src = (row: number, p: number): string => `${SAMPLE_SOURCE_SHEET}!${col(p)}${row + 1}`;
const fig = (row: number, p: number): number => {
  const v = SAMPLE_SOURCE[row]?.[3 + p];
  return typeof v === "number" ? v : 0;
};

function valueRow(row: number): SummaryRow {
  return {
    label: String(SAMPLE_SOURCE[row]?.[1] ?? ""),
    metric: String(SAMPLE_SOURCE[row]?.[0] ?? ""),
    kpi: "value",
    unit: "JPY mn",
    ...rowCells(
      SAMPLE_PERIODS.map((_, p) => ({
        value: fig(row, p),
        formula: `=${src(row, p)}`,
        numberFormat: "#,##0",
      }))
    ),
  };
}

/** YoY growth of a row: current / same period a year earlier − 1; n.m. without a positive base. */
function yoyRow(row: number): SummaryRow {
  return {
    label: `${String(SAMPLE_SOURCE[row]?.[1] ?? "")} — YoY`,
    metric: String(SAMPLE_SOURCE[row]?.[0] ?? ""),
    kpi: "yoy",
    unit: "%",
    ...rowCells(
      SAMPLE_PERIODS.map((_, p) => {
        if (p < 5) return { value: "n.m.", numberFormat: "0.0%" };
        const base = fig(row, p - 5);
        const cur = fig(row, p);
        const formula = `=IF(${src(row, p - 5)}>0,${src(row, p)}/${src(row, p - 5)}-1,"n.m.")`;
        return { value: base > 0 ? cur / base - 1 : "n.m.", formula, numberFormat: "0.0%" };
      })
    ),
  };
}

/** Operating margin: operating income / total revenues. */
function marginRow(): SummaryRow {
  return {
    label: "Operating margin",
    metric: "operating_income",
    kpi: "margin",
    unit: "%",
    ...rowCells(
      SAMPLE_PERIODS.map((_, p) => ({
        value: fig(7, p) / fig(6, p),
        formula: `=${src(7, p)}/${src(6, p)}`,
        numberFormat: "0.0%",
      }))
    ),
  };
}

const QUARTERS = [0, 1, 2, 3, 5, 6, 7, 8];

/** The sample summary: 11 rows, 6 charts (one of each type). */
export function sampleModel(overrides: Partial<SummaryModel> = {}): SummaryModel {
  const rows = [1, 2, 3, 4, 5, 6, 7, 8].map(valueRow);
  rows.push(yoyRow(6), marginRow(), yoyRow(7));
  return {
    sheetName: "KPI Summary",
    title: "IIJ — 4Q01 KPIs",
    subtitle: "Computed from Figures!A1:M9 · FY ends March (start-year naming) · JPY in millions",
    highlights: [
      "Revenues JPY12.1B (31.6% up from 4Q00, 21.9% up from 3Q01)",
      "Operating income JPY186M (JPY394M in 4Q00, JPY151M in 3Q01)",
    ],
    table: { name: "QuarterDeckKPIs", periods: [...SAMPLE_PERIODS], rows },
    charts: [
      {
        id: "QD_revenue_breakdown",
        title: "Revenue breakdown by segment",
        type: "stackedColumn",
        periodColumns: QUARTERS,
        series: [0, 1, 2, 3, 4].map((r) => ({
          name: String(SAMPLE_SOURCE[r + 1]?.[1] ?? ""),
          row: r,
        })),
        yAxisTitle: "JPY mn",
        numberFormat: "#,##0",
      },
      {
        id: "QD_operating_margin",
        title: "Operating margin",
        type: "line",
        periodColumns: QUARTERS,
        series: [{ name: "Operating margin", row: 9 }],
        numberFormat: "0%",
      },
      {
        id: "QD_si_revenue",
        title: "Revenues with YoY growth",
        type: "combo",
        periodColumns: [5, 6, 7, 8],
        series: [
          { name: "Total revenues", row: 5, as: "column", axis: "primary" },
          { name: "YoY", row: 8, as: "line", axis: "secondary" },
        ],
        yAxisTitle: "JPY mn",
        y2AxisTitle: "YoY growth",
        numberFormat: "#,##0",
      },
      {
        id: "QD_oi_vs_capex",
        title: "Operating income vs CAPEX",
        type: "clusteredColumn",
        periodColumns: [4, 9],
        series: [
          { name: "Operating income", row: 6 },
          { name: "CAPEX", row: 7 },
        ],
        numberFormat: "#,##0",
      },
      {
        id: "QD_portfolio_fy01",
        title: "Revenue portfolio FY3/01",
        type: "pie",
        periodColumns: [4],
        series: [0, 1, 2, 3, 4].map((r) => ({
          name: String(SAMPLE_SOURCE[r + 1]?.[1] ?? ""),
          row: r,
        })),
      },
      {
        id: "QD_portfolio_fy02",
        title: "Revenue portfolio FY3/02",
        type: "doughnut",
        periodColumns: [9],
        series: [0, 1, 2, 3, 4].map((r) => ({
          name: String(SAMPLE_SOURCE[r + 1]?.[1] ?? ""),
          row: r,
        })),
      },
    ],
    notes: [
      ["Source", "Figures!A1:M9"],
      ["Fiscal year", "Ends March (start-year naming)"],
      ["EBITDA", "Net income + income taxes + interest expense + D&A"],
    ],
    issues: [
      {
        severity: "error",
        code: "fy-total-mismatch",
        message:
          "FY3/02 total revenues is 399,000 but its quarters add up to 39,900 — ten times too large; check the unit",
        cell: "Figures!M7",
        metric: "revenue.total",
        period: "FY3/02",
      },
    ],
    ...overrides,
  };
}
