import fc from "fast-check";
import { computeKpis } from "../../../src/core/compute";
import { buildContext } from "../../../src/core/compute/context";
import { derivedRow } from "../../../src/core/compute/figure-rows";
import { validate } from "../../../src/core/validate";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { makeDataset, quarter, SEED_CALENDAR, year, type RowSpec } from "../../helpers/dataset";
import type { Period } from "../../../src/core/periods/types";

const METRICS = [
  "revenue.total",
  "revenue.a",
  "revenue.b",
  "cost.total",
  "cost.a",
  "cost.b",
  "gross_profit",
  "sga",
  "operating_income",
  "da",
  "interest_expense",
  "income_taxes",
  "net_income",
  "capex",
  "cf.operating",
  "cf.investing",
  "ops.ip_contracts",
  "ops.bandwidth_mbps",
  "revenue.dedicated_access",
  "fx.jpy_per_usd",
  "custom_thing",
];

const value = fc.oneof(
  fc.constant(null),
  fc.constant(0),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.constantFrom(1e-300, -1e-300, 1e300, -1e300, Number.MAX_VALUE, Number.MIN_VALUE)
);

/** A random subset of quarters and years of fiscal 1999–2002, in random order. */
const periods: fc.Arbitrary<Period[]> = fc
  .subarray(
    [1999, 2000, 2001, 2002].flatMap((fy) => [
      ...[1, 2, 3, 4].map((q) => quarter(fy, q, SEED_CALENDAR)),
      year(fy, SEED_CALENDAR),
    ]),
    { minLength: 0, maxLength: 20 }
  )
  .chain((ps) => fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }));

const dataset = periods.chain((ps) =>
  fc
    .uniqueArray(fc.constantFrom(...METRICS), { maxLength: METRICS.length })
    .chain((ms) =>
      fc.tuple(
        ...ms.map((m) =>
          fc
            .array(value, { minLength: ps.length, maxLength: ps.length })
            .map((values): RowSpec => ({ metric: m, values }))
        )
      )
    )
    .map((rows) => makeDataset({ periods: ps, rows: rows as RowSpec[] }))
);

const settings: fc.Arbitrary<Settings> = fc
  .record({
    ebitda: fc.constantFrom("net-income" as const, "operating" as const),
    fx: fc.option(
      fc.record({
        from: fc.constant("JPY"),
        to: fc.constant("USD"),
        rate: fc.double({ min: -10, max: 500, noNaN: true }),
      }),
      { nil: undefined }
    ),
    guidance: fc.array(
      fc.record({
        period: fc.constantFrom("1Q02", "FY3/03", "4Q01", "nonsense"),
        metric: fc.constantFrom(...METRICS),
        low: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }),
        high: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }),
        yoy: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
      }),
      { maxLength: 3 }
    ),
  })
  .map((s) => {
    const out: Settings = { ...DEFAULT_SETTINGS, ebitda: s.ebitda, guidance: s.guidance };
    if (s.fx) out.fx = s.fx;
    return out;
  });

describe("properties over random datasets", () => {
  test("computeKpis never throws and every value is finite or null, with a display", () => {
    fc.assert(
      fc.property(dataset, settings, (ds, st) => {
        const kpis = computeKpis(ds, st);
        for (const k of kpis) {
          expect(k.value === null || Number.isFinite(k.value)).toBe(true);
          expect(k.display).toBe(k.value === null ? "n.m." : k.display);
          expect(k.display).not.toMatch(/NaN|Infinity/);
        }
      }),
      { numRuns: 150 }
    );
  });

  test("a definition's numeric row equals its trees evaluated entry by entry (presence, value, note)", () => {
    let checked = 0;
    fc.assert(
      fc.property(dataset, settings, (ds, st) => {
        const ctx = buildContext(ds, st);
        for (const def of ctx.defs.values()) {
          if (!def.row) continue;
          checked++;
          const fast = ctx.rowOf(def);
          const slow = derivedRow((e) => def.figure(ctx, e), ctx.plan.size);
          expect(Array.from(fast.present)).toEqual(Array.from(slow.present));
          // NaN (n.m.) equals NaN here: toEqual compares with Object.is
          expect(Array.from(fast.values)).toEqual(Array.from(slow.values));
          for (let e = 0; e < ctx.plan.size; e++) expect(fast.notes?.[e]).toBe(slow.notes?.[e]);
        }
      }),
      { numRuns: 200 }
    );
    expect(checked).toBeGreaterThan(0);
  });

  test("validate never throws, and every issue has a code, a message and a cell inside the sheet's figures", () => {
    fc.assert(
      fc.property(dataset, settings, (ds, st) => {
        const issues = validate(ds, st);
        for (const i of issues) {
          expect(i.message.length).toBeGreaterThan(0);
          expect(i.message).not.toMatch(/NaN|Infinity|undefined/);
          if (i.cell !== undefined) expect(i.cell).toMatch(/^Figures![A-Z]+\d+$/);
        }
      }),
      { numRuns: 150 }
    );
  });
});
