/**
 * KPI values are computed as numbers; their formulas (and display texts) are rendered from the expression
 * tree only when read. These checks hold the two paths together: every value equals its own tree's value,
 * and a computed KPI reads (and serialises) like a plain KpiValue.
 */
import fc from "fast-check";
import { computeKpis } from "../../../src/core/compute";
import { evaluate, type Expr } from "../../../src/core/compute/expr";
import type { KpiValue } from "../../../src/core/compute/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import type { Period } from "../../../src/core/periods/types";
import { makeDataset, quarter, SEED_CALENDAR, seedDataset, year } from "../../helpers/dataset";

const METRICS = [
  "revenue.total",
  "revenue.a",
  "revenue.b",
  "cost.total",
  "cost.a",
  "cost.b",
  "operating_income",
  "net_income",
  "income_taxes",
  "interest_expense",
  "da",
  "capex",
  "ops.ip_contracts",
  "revenue.dedicated_access",
  "fx.jpy_per_usd",
];

const value = fc.oneof(
  fc.constant(null),
  fc.constant(0),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(1e300, -1e300, 1e-300, Number.MAX_VALUE)
);

const periods: fc.Arbitrary<Period[]> = fc
  .subarray(
    [2000, 2001, 2002].flatMap((fy) => [
      ...[1, 2, 3, 4].map((q) => quarter(fy, q, SEED_CALENDAR)),
      year(fy, SEED_CALENDAR),
    ]),
    { minLength: 1 }
  )
  .chain((ps) => fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }));

const dataset = periods.chain((ps) =>
  fc
    .uniqueArray(fc.constantFrom(...METRICS), { minLength: 1, maxLength: METRICS.length })
    .chain((ms) =>
      fc.tuple(
        ...ms.map((m) =>
          fc
            .array(value, { minLength: ps.length, maxLength: ps.length })
            .map((values) => ({ metric: m, values }))
        )
      )
    )
    .map((rows) => makeDataset({ periods: ps, rows }))
);

const settings: fc.Arbitrary<Settings> = fc
  .option(fc.double({ min: -10, max: 500, noNaN: true }), { nil: undefined })
  .map((rate) =>
    rate === undefined
      ? DEFAULT_SETTINGS
      : { ...DEFAULT_SETTINGS, fx: { from: "JPY", to: "USD", rate } }
  );

function treeOf(k: KpiValue): Expr | null {
  return (k as unknown as { expr(): Expr | null }).expr();
}

/** The n.m. rule (docs/DESIGN.md "KPIs"): null unless finite; a percentage must stay finite × 100 as well. */
function meaningful(v: number | null, numberFormat: string): number | null {
  if (v === null || !Number.isFinite(v)) return null;
  if (numberFormat.endsWith("%") && !Number.isFinite(v * 100)) return null;
  return v;
}

describe("values computed as numbers agree with their expression trees", () => {
  test("every KPI's value is its tree's value (null where the tree is n.m. or absent)", () => {
    fc.assert(
      fc.property(dataset, settings, (ds, st) => {
        for (const k of computeKpis(ds, st)) {
          const tree = treeOf(k);
          const expected = meaningful(tree ? evaluate(tree) : null, k.numberFormat);
          if (!Object.is(k.value, expected))
            throw new Error(`${k.metric} ${k.period} ${k.kpi}: ${k.value} vs tree ${expected}`);
        }
      }),
      { numRuns: 200 }
    );
  });

  test("a formula exists exactly where the tree reads source cells; reading twice gives the same text", () => {
    fc.assert(
      fc.property(dataset, settings, (ds, st) => {
        for (const k of computeKpis(ds, st)) {
          const first = k.formula;
          expect(k.formula).toBe(first);
          if (treeOf(k) === null) expect(first).toBeUndefined();
          if (first !== undefined) expect(first).toMatch(/^=.*Figures!/);
        }
      }),
      { numRuns: 100 }
    );
  });
});

describe("a computed KPI reads like a plain KpiValue", () => {
  const kpis = computeKpis(seedDataset(), DEFAULT_SETTINGS);
  const find = (metric: string, period: string, kpi: string): KpiValue => {
    const k = kpis.find((x) => x.metric === metric && x.period === period && x.kpi === kpi);
    if (!k) throw new Error(`no ${metric} ${period} ${kpi}`);
    return k;
  };

  // the seed deck: revenues 4Q01 JPY12,100M vs 9,195M in 4Q00 → up 31.6%
  const cases: [string, string, string, Partial<KpiValue>][] = [
    [
      "revenue.total",
      "4Q01",
      "yoy",
      { label: "Total revenues", base: "4Q00", display: "31.6%", numberFormat: "0.0%" },
    ],
    ["revenue.total", "4Q01", "value", { value: 12100, display: "12,100", numberFormat: "#,##0" }],
    ["operating_income", "4Q01", "value", { value: 186, display: "186" }],
  ];

  test.each(cases)("%s %s %s", (metric, period, kpi, expected) => {
    const k = find(metric, period, kpi);
    for (const [field, v] of Object.entries(expected))
      expect(k[field as keyof KpiValue]).toEqual(v);
  });

  test("JSON.stringify gives the KpiValue fields, display and formula included", () => {
    const k = find("revenue.total", "4Q01", "yoy");
    const json = JSON.parse(JSON.stringify(k)) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(
      [
        "base",
        "display",
        "formula",
        "kpi",
        "label",
        "metric",
        "numberFormat",
        "period",
        "value",
      ].sort()
    );
    expect(json).toMatchObject({
      metric: "revenue.total",
      period: "4Q01",
      kpi: "yoy",
      base: "4Q00",
      display: "31.6%",
    });
    expect(json.formula).toMatch(/^=IF\(/);
    expect(json.value as number).toBeCloseTo(12100 / 9195 - 1, 12);
  });
});
