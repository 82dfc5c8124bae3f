import fc from "fast-check";
import { analyse, sortIssues, toHeadlessJson, type Analysis } from "../../src/core/analyse";
import type { CellValue, Grid } from "../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import type { Issue } from "../../src/core/issue";
import { dataset, kpi, SEED_PERIODS } from "./summarise/fixtures";

const now = new Date(2026, 10, 25, 14, 5);
const usd: Settings = {
  ...DEFAULT_SETTINGS,
  fyEndMonth: 12,
  reportingCurrency: "USD",
  unitScale: 1e6,
};
const quarters = ["1Q23", "2Q23", "3Q23", "4Q23", "1Q24", "2Q24", "3Q24", "4Q24"];

function grid(revenue: CellValue[], operating: CellValue[]): Grid {
  return [
    ["", ...quarters],
    ["Total revenues", ...revenue],
    ["Operating income", ...operating],
  ];
}

const revenue = [900, 950, 980, 1000, 1020, 1050, 1100, 1210];
const operating = [10, 15, 20, 30, 5, -10, -20, -50];

describe("analyse: a December-year company in USD millions", () => {
  const a = analyse({ sheet: "P&L", topLeft: "B2", values: grid(revenue, operating) }, usd, now);

  it.each([
    // 1210 / 1000 − 1 = 21.0%; 1210 / 1100 − 1 = 10.0%
    "Revenues $1.2B (21.0% up from 4Q23, 10.0% up from 3Q24)",
    "Operating loss $50M ($30M in 4Q23, a loss of $20M in 3Q24)",
    // −50 / 1210 = −4.1%; 30 / 1000 = 3.0%; −20 / 1100 = −1.8%
    "Operating margin -4.1% (3.0% in 4Q23, -1.8% in 3Q24)",
  ])("highlights: %s", (sentence) => {
    expect(a.highlights).toContain(sentence);
  });

  it("builds the summary from the same figures, naming the source range", () => {
    expect(a.summary.subtitle).toMatch(
      /^Computed from 'P&L'!B2:J4 on 2026-11-25 14:05 · FY ends December/
    );
    const total = a.summary.table.rows.find(
      (r) => r.metric === "revenue.total" && r.kpi === "value"
    );
    expect(total?.values[a.summary.table.periods.indexOf("4Q24")]).toBe(1210);
    expect(a.summary.highlights).toEqual(a.highlights);
  });

  it("writes the headless JSON of docs/DESIGN.md", () => {
    const json = toHeadlessJson(a);
    expect(Object.keys(json)).toEqual(["periods", "values", "issues", "highlights"]);
    expect(json.periods.find((p) => p.label === "4Q24")).toEqual({
      label: "4Q24",
      kind: "quarter",
      fiscalYear: 2024,
      quarter: 4,
      start: "2024-10-01",
      end: "2024-12-31",
    });
    const yoy = json.values.find(
      (v) => v.metric === "revenue.total" && v.period === "4Q24" && v.kpi === "yoy"
    );
    expect(yoy).toEqual({
      metric: "revenue.total",
      label: "Total revenues",
      period: "4Q24",
      kpi: "yoy",
      value: expect.closeTo(0.21, 9),
      display: "21.0%",
    });
  });
});

describe("analyse: a bad cell makes only what needs it n.m.", () => {
  const a = analyse(
    { sheet: "P&L", topLeft: "A1", values: grid(revenue, [...operating.slice(0, 7), "#N/A"]) },
    usd,
    now
  );

  it("reports the Excel error on its cell", () => {
    expect(a.issues.find((i) => i.code === "excel-error")?.cell).toBe("'P&L'!I3");
  });

  it("still says the revenues, and no operating income sentence", () => {
    expect(a.highlights).toContain("Revenues $1.2B (21.0% up from 4Q23, 10.0% up from 3Q24)");
    expect(
      a.highlights.some((h) => h.startsWith("Operating income") || h.startsWith("Operating loss"))
    ).toBe(false);
  });
});

describe("sortIssues", () => {
  const issue = (severity: Issue["severity"], code: Issue["code"]): Issue => ({
    severity,
    code,
    message: code,
  });
  it.each([
    [
      ["info", "warning", "error"],
      ["error", "warning", "info"],
    ],
    [
      ["warning", "error", "warning", "error"],
      ["error", "error", "warning", "warning"],
    ],
    [[], []],
  ] as const)("%p → %p", (input, sorted) => {
    expect(sortIssues(input.map((s) => issue(s, "outlier"))).map((i) => i.severity)).toEqual(
      sorted
    );
  });
  it("keeps the order within a severity", () => {
    const out = sortIssues([
      issue("warning", "outlier"),
      issue("error", "not-a-number"),
      issue("warning", "impossible-sign"),
      issue("error", "excel-error"),
    ]);
    expect(out.map((i) => i.code)).toEqual([
      "not-a-number",
      "excel-error",
      "outlier",
      "impossible-sign",
    ]);
  });
});

describe("toHeadlessJson", () => {
  const d = dataset([]);
  const kpis = [
    kpi("revenue.total", "4Q01", "yoy", 0.31593, "4Q00"),
    kpi("revenue.total", "FY3/02", "yoy", null, "FY3/01"),
  ];
  const base: Analysis = {
    dataset: d,
    issues: [],
    kpis,
    kpiList: kpis,
    highlights: ["Revenues JPY12.1B"],
    summary: {
      sheetName: "",
      title: "",
      subtitle: "",
      highlights: [],
      table: { name: "", periods: [], rows: [] },
      charts: [],
      notes: [],
      issues: [],
    },
  };

  it("gives quarters their quarter and years none", () => {
    const json = toHeadlessJson(base);
    expect(json.periods[4]).toEqual({
      label: "FY3/01",
      kind: "year",
      fiscalYear: 2000,
      start: "2000-04-01",
      end: "2001-03-31",
    });
    expect(json.periods[8]).toEqual({
      label: "4Q01",
      kind: "quarter",
      fiscalYear: 2001,
      quarter: 4,
      start: "2002-01-01",
      end: "2002-03-31",
    });
  });

  it("keeps only the contract's fields of each value, null where n.m.", () => {
    expect(toHeadlessJson(base).values).toEqual([
      {
        metric: "revenue.total",
        label: "revenue.total",
        period: "4Q01",
        kpi: "yoy",
        value: 0.31593,
        display: "0.31593",
      },
      {
        metric: "revenue.total",
        label: "revenue.total",
        period: "FY3/02",
        kpi: "yoy",
        value: null,
        display: "n.m.",
      },
    ]);
  });

  it("uses the engine's periods when it derived some", () => {
    const derived = { ...SEED_PERIODS[4]!, label: "FY2000" };
    expect(toHeadlessJson({ ...base, periods: [derived] }).periods.map((p) => p.label)).toEqual([
      "FY2000",
    ]);
  });

  it("never lets a non-finite value through", () => {
    const bad = { ...base, kpis: [{ ...kpi("x", "4Q01", "value", 1), value: Number.NaN }] };
    expect(toHeadlessJson(bad).values[0]?.value).toBeNull();
  });
});

describe("analyse on any grid", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.double(),
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.constantFrom(
      "",
      "#N/A",
      "#DIV/0!",
      "(394)",
      "1,234",
      "—",
      "12.1%",
      "Total revenues",
      "Operating income",
      "EBITDA",
      "revenue.si",
      "4Q01",
      "FY3/02",
      "1Q-3Q19",
      "JPY in millions"
    ),
    fc.string({ maxLength: 6 }),
    fc.boolean()
  );
  const grids = fc
    .integer({ min: 1, max: 6 })
    .chain((w) =>
      fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })
    );

  it("never throws, never yields NaN or Infinity, and keeps the summary consistent", () => {
    fc.assert(
      fc.property(grids, (values) => {
        const a = analyse({ sheet: "Figures", topLeft: "A1", values }, DEFAULT_SETTINGS, now);
        const json = toHeadlessJson(a);
        for (const v of [...a.kpis, ...json.values])
          expect(v.value === null || Number.isFinite(v.value)).toBe(true);
        const { table, charts } = a.summary;
        for (const r of table.rows) {
          expect(r.values).toHaveLength(table.periods.length);
          expect(r.formats).toHaveLength(table.periods.length);
          expect(r.formulas).toHaveLength(table.periods.length);
          for (const v of r.values) expect(typeof v !== "number" || Number.isFinite(v)).toBe(true);
        }
        for (const c of charts) for (const s of c.series) expect(table.rows[s.row]).toBeDefined();
        // No amount or percentage in a sentence may be NaN/Infinity (a label may be any text).
        for (const h of a.highlights)
          expect(h).not.toMatch(/(?:NaN|Infinity)(?:%|[BMK](?:\W|$))|n\.m\.%/);
      }),
      { numRuns: 200 }
    );
  });
});
