import type { KpiKind, KpiValue } from "../../../src/core/compute/types";
import type { Period } from "../../../src/core/periods/types";
import type { Dataset, Series, Unit } from "../../../src/core/read/types";

export const JPY_MN: Unit = { currency: "JPY", scale: 1e6, label: "JPY mn" };
export const USD_MN: Unit = { currency: "USD", scale: 1e6, label: "USD mn" };

/** Quarters and fiscal years of the seed's March calendar (start-year naming), in input order. */
export const SEED_PERIODS: Period[] = [
  {
    label: "1Q00",
    kind: "quarter",
    fiscalYear: 2000,
    quarter: 1,
    start: "2000-04-01",
    end: "2000-06-30",
  },
  {
    label: "2Q00",
    kind: "quarter",
    fiscalYear: 2000,
    quarter: 2,
    start: "2000-07-01",
    end: "2000-09-30",
  },
  {
    label: "3Q00",
    kind: "quarter",
    fiscalYear: 2000,
    quarter: 3,
    start: "2000-10-01",
    end: "2000-12-31",
  },
  {
    label: "4Q00",
    kind: "quarter",
    fiscalYear: 2000,
    quarter: 4,
    start: "2001-01-01",
    end: "2001-03-31",
  },
  { label: "FY3/01", kind: "year", fiscalYear: 2000, start: "2000-04-01", end: "2001-03-31" },
  {
    label: "1Q01",
    kind: "quarter",
    fiscalYear: 2001,
    quarter: 1,
    start: "2001-04-01",
    end: "2001-06-30",
  },
  {
    label: "2Q01",
    kind: "quarter",
    fiscalYear: 2001,
    quarter: 2,
    start: "2001-07-01",
    end: "2001-09-30",
  },
  {
    label: "3Q01",
    kind: "quarter",
    fiscalYear: 2001,
    quarter: 3,
    start: "2001-10-01",
    end: "2001-12-31",
  },
  {
    label: "4Q01",
    kind: "quarter",
    fiscalYear: 2001,
    quarter: 4,
    start: "2002-01-01",
    end: "2002-03-31",
  },
  { label: "FY3/02", kind: "year", fiscalYear: 2001, start: "2001-04-01", end: "2002-03-31" },
];

export function series(
  metric: string,
  label: string,
  values: (number | null)[] = [],
  unit: Unit = JPY_MN
): Series {
  return {
    metric,
    label,
    nature: metric.startsWith("ops.") ? "stock" : "flow",
    unit,
    values,
    cells: values.map(() => null),
    factor: 1,
  };
}

export function dataset(
  seriesList: Series[],
  money: Unit = JPY_MN,
  periods: Period[] = SEED_PERIODS
): Dataset {
  return {
    layout: "wide",
    calendar: { endMonth: 3, naming: "start-year" },
    calendarInferred: true,
    periods,
    series: seriesList,
    money,
    source: { sheet: "Figures", range: "A1:M26" },
  };
}

const PERCENT_KINDS: KpiKind[] = ["yoy", "qoq", "margin", "share", "cagr"];

/** A hand-made KPI value; growth kinds take their base label. */
export function kpi(
  metric: string,
  period: string,
  kind: KpiKind,
  value: number | null,
  base?: string
): KpiValue {
  const k: KpiValue = {
    metric,
    label: metric,
    period,
    kpi: kind,
    value,
    display: value === null ? "n.m." : String(value),
    numberFormat: PERCENT_KINDS.includes(kind) ? "0.0%" : "#,##0",
  };
  if (base !== undefined) k.base = base;
  return k;
}

/** Value KPIs for one metric from a period → value map. */
export function values(metric: string, byPeriod: Record<string, number | null>): KpiValue[] {
  return Object.entries(byPeriod).map(([p, v]) => kpi(metric, p, "value", v));
}

/**
 * Growth KPIs computed by hand from a value map: yoy (4Q01 vs 4Q00, 3Q01 vs 3Q00, FY3/02 vs FY3/01) and
 * qoq (4Q01 vs 3Q01); growth = current / base − 1, null when the base is zero, negative or missing.
 */
export function growthOf(metric: string, byPeriod: Record<string, number | null>): KpiValue[] {
  const g = (cur: string, base: string): number | null => {
    const c = byPeriod[cur];
    const b = byPeriod[base];
    if (c === undefined || c === null || b === undefined || b === null || b <= 0) return null;
    return c / b - 1;
  };
  const pairs: [string, string, KpiKind][] = [
    ["4Q01", "4Q00", "yoy"],
    ["4Q01", "3Q01", "qoq"],
    ["FY3/02", "FY3/01", "yoy"],
  ];
  return pairs
    .filter(([cur]) => byPeriod[cur] !== undefined)
    .map(([cur, base, kind]) => kpi(metric, cur, kind, g(cur, base), base));
}
