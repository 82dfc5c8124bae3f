import type { KpiValue } from "../../../src/core/compute/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { orderColumns, summarise } from "../../../src/core/summarise/summarise";
import { cellAt } from "../../../src/core/summarise/cell";
import type { SummaryModel } from "../../../src/core/summarise/types";
import type { Issue } from "../../../src/core/issue";
import { dataset, kpi, series, SEED_PERIODS } from "./fixtures";

const CONTRACTS = { scale: 1, label: "contracts" };

const seedSeries = [
  series("revenue.dedicated_access", "Dedicated access services"),
  series("revenue.si", "Systems integration"),
  series("revenue.data_center", "Data center services"),
  series("revenue.total", "Total revenues"),
  series("cost.si", "Cost of systems integration"),
  series("cost.backbone", "  of which backbone costs"),
  series("operating_income", "Operating income (loss)"),
  series("capex", "Capital expenditures"),
  series("ops.dc_contracts", "Data center contracts (end of period)", [], CONTRACTS),
];

/** One KPI per period of the seed columns with the given values (null = n.m.). */
function row(
  metric: string,
  label: string,
  kind: KpiValue["kpi"],
  vals: (number | null)[]
): KpiValue[] {
  return SEED_PERIODS.map((p, i) => ({ ...kpi(metric, p.label, kind, vals[i] ?? null), label }));
}

const ten = (x: number): number[] => SEED_PERIODS.map((_, i) => x + i);

// Deliberately out of reading order: the summary must sort them.
const kpis: KpiValue[] = [
  ...row("capex", "Capital expenditures", "value", ten(600)),
  ...row("operating_income", "Operating income (loss)", "margin", ten(0.01)),
  ...row(
    "operating_income",
    "Operating income (loss)",
    "value",
    [-420, -310, -150, 394, -486, -210, -73, 151, 186, 54]
  ),
  ...row("operating_income", "Operating income (loss)", "yoy", [
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    -0.528,
    null,
  ]),
  ...row("revenue.si", "Systems integration", "value", ten(1750)),
  ...row("revenue.total", "Total revenues", "qoq", [
    null,
    0.038,
    0.053,
    0.161,
    null,
    -0.055,
    0.057,
    0.081,
    0.219,
    null,
  ]),
  ...row("revenue.total", "Total revenues", "value", ten(7240)),
  ...row("revenue.total", "Total revenues", "yoy", [
    null,
    null,
    null,
    null,
    null,
    0.2,
    0.22,
    0.25,
    0.316,
    0.252,
  ]),
  ...row("revenue.dedicated_access", "Dedicated access services", "value", ten(3800)),
  ...row("revenue.data_center", "Data center services", "value", ten(200)),
  ...row("ebitda", "EBITDA", "value", ten(100)),
  ...row("ops.dc_contracts", "Data center contracts (end of period)", "value", ten(40)),
  ...row("gross_profit.si", "Gross profit — Systems integration", "margin", ten(0.2)),
  ...row("cost.backbone", "  of which backbone costs", "value", ten(1500)),
  ...row("revenue.si", "Systems integration", "share", [
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ]),
  kpi("revenue.total", "1Q02", "guidance", 9250),
].map((k) =>
  k.metric === "revenue.total" && k.period === "4Q01" && k.kpi === "value"
    ? { ...k, formula: "=Figures!L7" }
    : k
);

const issues: Issue[] = [
  {
    severity: "error",
    code: "fy-total-mismatch",
    message: "FY3/02 total revenues is 399,000",
    cell: "Figures!M7",
    metric: "revenue.total",
    period: "FY3/02",
  },
  { severity: "warning", code: "outlier", message: "Others 4Q01 looks high", cell: "Figures!L6" },
];

const settings: Settings = { ...DEFAULT_SETTINGS };
const now = new Date(2026, 10, 25, 14, 5);

function model(overrides: Partial<Settings> = {}, k: KpiValue[] = kpis): SummaryModel {
  return summarise(
    dataset(seedSeries),
    issues,
    k,
    ["Revenues JPY12.1B"],
    { ...settings, ...overrides },
    now
  );
}

const rowKey = (m: SummaryModel, i: number): string =>
  `${m.table.rows[i]?.metric} ${m.table.rows[i]?.kpi}`;

describe("summarise: the KPI × period table", () => {
  const m = model();

  it("has the dataset's periods as columns, in input order", () => {
    expect(m.table.periods).toEqual([
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
    ]);
    expect(m.table.name).toBe("QuarterDeckKPIs");
  });

  it("orders rows for reading: revenues with growth, segments, costs, operating income and margin, EBITDA, CAPEX, stocks", () => {
    expect(m.table.rows.map((_, i) => rowKey(m, i))).toEqual([
      "revenue.total value",
      "revenue.total yoy",
      "revenue.total qoq",
      "revenue.dedicated_access value",
      "revenue.si value",
      "revenue.data_center value",
      "cost.backbone value",
      "gross_profit.si margin",
      "operating_income value",
      "operating_income yoy",
      "operating_income margin",
      "ebitda value",
      "capex value",
      "ops.dc_contracts value",
    ]);
  });

  it("leaves out a row with no number in any period (SI share here)", () => {
    expect(m.table.rows.some((r) => r.metric === "revenue.si" && r.kpi === "share")).toBe(false);
  });

  it("labels rows with the input's label and the measure, and gives their unit", () => {
    const labels = Object.fromEntries(
      m.table.rows.map((r) => [`${r.metric} ${r.kpi}`, [r.label, r.unit]])
    );
    expect(labels["revenue.total yoy"]).toEqual(["Total revenues — YoY", "%"]);
    expect(labels["revenue.total value"]).toEqual(["Total revenues", "JPY mn"]);
    expect(labels["cost.backbone value"]).toEqual(["of which backbone costs", "JPY mn"]);
    expect(labels["operating_income margin"]).toEqual(["Operating income (loss) — margin", "%"]);
    expect(labels["ops.dc_contracts value"]).toEqual([
      "Data center contracts (end of period)",
      "contracts",
    ]);
    expect(labels["ebitda value"]).toEqual(["EBITDA", "JPY mn"]);
  });

  it("fills cells with value, number format and formula; n.m. as text; nothing where no KPI exists", () => {
    const total = m.table.rows[0];
    expect(cellAt(total, 8)).toEqual({
      value: 7248,
      numberFormat: "#,##0",
      formula: "=Figures!L7",
    });
    const yoy = m.table.rows[1];
    expect(cellAt(yoy, 8)).toEqual({ value: 0.316, numberFormat: "0.0%" });
    expect(cellAt(yoy, 0)).toEqual({ value: "n.m.", numberFormat: "0.0%" });
    expect(
      m.table.rows.every(
        (r) => r.values.length === 10 && r.formats.length === 10 && r.formulas.length === 10
      )
    ).toBe(true);
  });

  it("shows only the key measures of each line by default, every measure at full detail", () => {
    const extra: KpiValue[] = [
      ...row("capex", "Capital expenditures", "margin", ten(0.08)),
      ...row("capex", "Capital expenditures", "qoq", ten(0.01)),
    ];
    const key = summarise(dataset(seedSeries), [], [...kpis, ...extra], [], settings, now);
    const full = summarise(
      dataset(seedSeries),
      [],
      [...kpis, ...extra],
      [],
      { ...settings, summaryDetail: "full" },
      now
    );
    const keys = (x: SummaryModel) => x.table.rows.map((r) => `${r.metric} ${r.kpi}`);
    expect(keys(key)).not.toContain("capex margin");
    expect(keys(key)).not.toContain("capex qoq");
    expect(keys(full)).toContain("capex margin");
    expect(keys(full)).toContain("capex qoq");
    // A cost line's ratio to revenues is not called a margin.
    expect(full.table.rows.find((r) => r.metric === "capex" && r.kpi === "margin")?.label).toBe(
      "Capital expenditures — % of revenues"
    );
  });

  it("leaves KPIs of periods outside the table (guidance for 1Q02) out of the table", () => {
    expect(m.table.rows.some((r) => r.kpi === "guidance")).toBe(false);
  });

  it("writes values only when formulas are off", () => {
    const values = model({ formulas: false });
    expect(values.table.rows.flatMap((r) => r.formulas).some((f) => f !== undefined)).toBe(false);
  });

  it("has empty cells for periods a metric lacks", () => {
    const only = summarise(
      dataset(seedSeries),
      [],
      [kpi("revenue.total", "4Q01", "value", 12100)],
      [],
      settings,
      now
    );
    expect(only.table.rows[0]?.values).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      12100,
      null,
    ]);
  });
});

describe("summarise: sheet, subtitle, notes, issues", () => {
  const m = model({ fx: { from: "JPY", to: "USD", rate: 131.04 } });

  it("names the sheet from settings and the latest quarter in the title", () => {
    expect(m.sheetName).toBe("KPI Summary");
    expect(m.title).toContain("4Q01");
  });

  it("names the source range, fiscal calendar and EBITDA definition in the subtitle", () => {
    expect(m.subtitle).toBe(
      "Computed from Figures!A1:M26 on 2026-11-25 14:05 · FY ends March (start-year naming) · EBITDA: net income + income taxes + interest expense + D&A"
    );
    expect(model({ ebitda: "operating" }).subtitle).toContain("EBITDA: operating income + D&A");
  });

  it("lists the settings as notes", () => {
    const notes = Object.fromEntries(m.notes);
    expect(notes["Source"]).toBe("Figures!A1:M26");
    expect(notes["Fiscal year end"]).toBe("March (inferred from the labels)");
    expect(notes["Unit"]).toBe("JPY mn");
    expect(notes["FX rate"]).toBe("JPY131.04 per USD");
    expect(notes["Issues"]).toBe("1 error, 1 warning, 0 notes");
    expect(notes["EBITDA definition"]).toBe("net income + income taxes + interest expense + D&A");
  });

  it("names the FX row's latest rate when settings give none", () => {
    const d = dataset([
      ...seedSeries,
      series("fx.jpy_per_usd", "Yen per US dollar", [
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        131.04,
        null,
      ]),
    ]);
    expect(Object.fromEntries(summarise(d, [], kpis, [], settings, now).notes)["FX rate"]).toBe(
      "Yen per US dollar: 131.04 in 4Q01"
    );
  });

  it("quotes a source sheet name that needs it", () => {
    const d = { ...dataset(seedSeries), source: { sheet: "Q4 pack", range: "B3:N30" } };
    expect(summarise(d, [], kpis, [], settings, now).subtitle).toContain(
      "Computed from 'Q4 pack'!B3:N30"
    );
  });

  it("carries the highlights and issues", () => {
    expect(m.highlights).toEqual(["Revenues JPY12.1B"]);
    expect(m.issues.map((i) => i.code)).toEqual(["fy-total-mismatch", "outlier"]);
  });
});

describe("summarise: charts point at table rows", () => {
  const m = model();
  const chart = (id: string) => m.charts.find((c) => c.id === id);
  const rowsOf = (id: string): string[] => (chart(id)?.series ?? []).map((s) => rowKey(m, s.row));
  const quarterColumns = [0, 1, 2, 3, 5, 6, 7, 8];

  it.each([
    [
      "QD_revenue_breakdown",
      "stackedColumn",
      ["revenue.dedicated_access value", "revenue.si value", "revenue.data_center value"],
    ],
    ["QD_data_center", "combo", ["revenue.data_center value", "ops.dc_contracts value"]],
    ["QD_systems_integration", "combo", ["revenue.si value", "gross_profit.si margin"]],
    ["QD_operating_income", "clusteredColumn", ["operating_income value"]],
    ["QD_ebitda_vs_capex", "clusteredColumn", ["ebitda value", "capex value"]],
    ["QD_backbone_costs", "clusteredColumn", ["cost.backbone value"]],
  ])("%s is a %s chart of %p over the quarters", (id, type, rows) => {
    expect(chart(id)?.type).toBe(type);
    expect(rowsOf(id)).toEqual(rows);
    expect(chart(id)?.periodColumns).toEqual(quarterColumns);
  });

  it("puts the second measure of a combo on the secondary axis as a line", () => {
    const [columns, line] = chart("QD_systems_integration")?.series ?? [];
    expect([columns?.as, columns?.axis, line?.as, line?.axis]).toEqual([
      "column",
      "primary",
      "line",
      "secondary",
    ]);
  });

  it("draws the revenue portfolio as one doughnut per fiscal year, first and latest, side by side", () => {
    const portfolio = m.charts.filter((c) => c.group === "QD_revenue_portfolio");
    expect(portfolio.map((c) => [c.type, c.periodColumns])).toEqual([
      ["doughnut", [4]],
      ["doughnut", [9]],
    ]);
    expect(portfolio.map((c) => c.title)).toEqual([
      "Revenues portfolio FY3/01",
      "Revenues portfolio FY3/02",
    ]);
  });

  it("leaves out charts whose rows do not exist (no ARPU, no gross profit margin here)", () => {
    expect(chart("QD_arpu")).toBeUndefined();
    expect(chart("QD_gross_margin")).toBeUndefined();
  });

  it("includes ARPU and gross margin when their rows exist", () => {
    const more = model({}, [
      ...kpis,
      ...row("arpu.ip_service", "IP service ARPU", "value", ten(180000)),
      ...row("gross_profit", "Gross profit", "margin", ten(0.15)),
    ]);
    expect(more.charts.find((c) => c.id === "QD_arpu")?.type).toBe("line");
    expect(more.charts.find((c) => c.id === "QD_gross_margin")?.numberFormat).toBe("0%");
  });

  it("has no charts at all for a dataset with only a stock", () => {
    const stock = summarise(
      dataset(seedSeries),
      [],
      row("ops.dc_contracts", "DC", "value", ten(40)),
      [],
      settings,
      now
    );
    expect(stock.charts).toEqual([]);
  });

  it("drops EBITDA vs CAPEX without CAPEX, and the data-center combo's line without contracts", () => {
    const less = model(
      {},
      kpis.filter((k) => k.metric !== "capex" && k.metric !== "ops.dc_contracts")
    );
    expect(less.charts.find((c) => c.id === "QD_ebitda_vs_capex")).toBeUndefined();
    expect(less.charts.find((c) => c.id === "QD_data_center")?.series).toHaveLength(1);
  });

  it("points every series at an existing row", () => {
    for (const c of m.charts)
      for (const s of c.series) expect(m.table.rows[s.row]?.label).toBe(s.name);
  });
});

describe("orderColumns: derived fiscal years sit after their quarters", () => {
  const quartersOnly = SEED_PERIODS.filter((p) => p.kind === "quarter");
  const years = SEED_PERIODS.filter((p) => p.kind === "year");

  it("interleaves the engine's fiscal years as a data book does", () => {
    expect(
      orderColumns([...quartersOnly, ...years], quartersOnly.length).map((p) => p.label)
    ).toEqual(SEED_PERIODS.map((p) => p.label));
  });

  it("keeps the input's own order", () => {
    const reversed = [...SEED_PERIODS].reverse();
    expect(orderColumns(reversed, reversed.length)).toEqual(reversed);
  });

  it("gives the summary those columns and charts the quarters among them", () => {
    const m = summarise(dataset([], undefined, quartersOnly), [], kpis, [], settings, now, [
      ...quartersOnly,
      ...years,
    ]);
    expect(m.table.periods).toEqual(SEED_PERIODS.map((p) => p.label));
    expect(m.charts.find((c) => c.id === "QD_operating_income")?.periodColumns).toEqual([
      0, 1, 2, 3, 5, 6, 7, 8,
    ]);
  });
});
