/**
 * Hand-made datasets for tests: build a Dataset without the reader, laid out as a wide sheet
 * (row 1: header; column A: id, B: label, C: unit; periods from column D), so cell addresses are predictable.
 */
import * as fs from "fs";
import { parseCsv } from "../../src/workbook/file/csv";
import * as path from "path";
import type { CellRef } from "../../src/core/grid/types";
import type { FiscalCalendar, Period } from "../../src/core/periods/types";
import type { Dataset, MetricNature, Series, Unit } from "../../src/core/read/types";

export const SEED_CALENDAR: FiscalCalendar = { endMonth: 3, naming: "start-year" };
export const DECEMBER: FiscalCalendar = { endMonth: 12, naming: "end-year" };
export const SEPTEMBER: FiscalCalendar = { endMonth: 9, naming: "end-year" };

const pad = (n: number): string => String(n).padStart(2, "0");
const yy = (year: number): string => pad(((year % 100) + 100) % 100);
const lastDay = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Calendar year and month (1–12) in which fiscal year `fy` ends. */
function fiscalEnd(fy: number, cal: FiscalCalendar): { year: number; month: number } {
  const year = cal.naming === "start-year" && cal.endMonth !== 12 ? fy + 1 : fy;
  return { year, month: cal.endMonth };
}

/** First day and last day of `months` months ending `k` months before fiscal year end. */
function span(
  fy: number,
  cal: FiscalCalendar,
  monthsFromStart: number,
  length: number
): { start: string; end: string } {
  const end = fiscalEnd(fy, cal);
  // month index (absolute) of the fiscal year's first month
  const endAbs = end.year * 12 + (end.month - 1);
  const firstAbs = endAbs - 11 + monthsFromStart;
  const lastAbs = firstAbs + length - 1;
  const sY = Math.floor(firstAbs / 12);
  const sM = (firstAbs % 12) + 1;
  const eY = Math.floor(lastAbs / 12);
  const eM = (lastAbs % 12) + 1;
  return { start: `${sY}-${pad(sM)}-01`, end: `${eY}-${pad(eM)}-${pad(lastDay(eY, eM))}` };
}

/** A fiscal quarter; label "4Q01" (start-year naming) or "Q4 FY2001" (end-year) unless given. */
export function quarter(
  fy: number,
  q: number,
  cal: FiscalCalendar = SEED_CALENDAR,
  label?: string
): Period {
  const text = label ?? (cal.naming === "start-year" ? `${q}Q${yy(fy)}` : `Q${q} FY${fy}`);
  return {
    label: text,
    kind: "quarter",
    fiscalYear: fy,
    quarter: q,
    ...span(fy, cal, (q - 1) * 3, 3),
  };
}

/** A fiscal half; label "1H01" unless given. */
export function half(
  fy: number,
  h: number,
  cal: FiscalCalendar = SEED_CALENDAR,
  label?: string
): Period {
  return {
    label: label ?? `${h}H${yy(fy)}`,
    kind: "half",
    fiscalYear: fy,
    half: h,
    ...span(fy, cal, (h - 1) * 6, 6),
  };
}

/** A fiscal year; label "FY3/02" (start-year naming) or "FY2002" (end-year) unless given. */
export function year(fy: number, cal: FiscalCalendar = SEED_CALENDAR, label?: string): Period {
  const end = fiscalEnd(fy, cal);
  const text =
    label ?? (cal.naming === "start-year" ? `FY${cal.endMonth}/${yy(end.year)}` : `FY${fy}`);
  return { label: text, kind: "year", fiscalYear: fy, ...span(fy, cal, 0, 12) };
}

/** Quarters q1…q4 of each year, each year followed by its FY column when `withYears`. */
export function quartersOf(
  fromFy: number,
  toFy: number,
  cal: FiscalCalendar = SEED_CALENDAR,
  withYears = false
): Period[] {
  const out: Period[] = [];
  for (let fy = fromFy; fy <= toFy; fy++) {
    for (let q = 1; q <= 4; q++) out.push(quarter(fy, q, cal));
    if (withYears) out.push(year(fy, cal));
  }
  return out;
}

export interface RowSpec {
  metric: string;
  values: (number | null)[];
  label?: string;
  nature?: MetricNature;
  unit?: Unit;
  parent?: string;
  factor?: number;
  /** Leave the cells unknown (values rolled up from many rows). */
  noCells?: boolean;
}

export interface DatasetSpec {
  periods: Period[];
  rows: RowSpec[];
  calendar?: FiscalCalendar;
  sheet?: string;
  money?: Unit;
}

export const JPY_MN: Unit = { currency: "JPY", scale: 1e6, label: "JPY mn" };

/** Nature by the vocabulary: ops.* are stocks, fx.* rates, the rest flows. */
export function natureOf(metric: string): MetricNature {
  if (metric.startsWith("ops.")) return "stock";
  if (metric.startsWith("fx.")) return "rate";
  return "flow";
}

function unitOf(metric: string, money: Unit): Unit {
  if (metric.startsWith("ops.")) return { scale: 1, label: metric.slice(4) };
  if (metric.startsWith("fx.")) return { scale: 1, label: "rate" };
  return money;
}

/** Builds a wide-layout Dataset: metric i on sheet row i+2, period j in column D+j. */
export function makeDataset(spec: DatasetSpec): Dataset {
  const sheet = spec.sheet ?? "Figures";
  const money = spec.money ?? JPY_MN;
  const series: Series[] = spec.rows.map((row, i) => {
    const values = spec.periods.map((_, j) => row.values[j] ?? null);
    const cells: (CellRef | null)[] = spec.periods.map((_, j) =>
      row.noCells ? null : { sheet, row: i + 1, col: j + 3 }
    );
    const s: Series = {
      metric: row.metric,
      label: row.label ?? row.metric,
      nature: row.nature ?? natureOf(row.metric),
      unit: row.unit ?? unitOf(row.metric, money),
      values,
      cells,
      factor: row.factor ?? 1,
    };
    if (row.parent !== undefined) s.parent = row.parent;
    return s;
  });
  const lastCol = String.fromCharCode(67 + spec.periods.length);
  return {
    layout: "wide",
    calendar: spec.calendar ?? SEED_CALENDAR,
    calendarInferred: false,
    periods: spec.periods,
    series,
    money,
    source: { sheet, range: `A1:${lastCol}${spec.rows.length + 1}` },
  };
}

/** The seed fixture: the IIJ 4Q01 deck's figures and published checks (tests/fixtures/seed/README.md). */
export const SEED_DIR = path.resolve(__dirname, "../fixtures/seed");

/** The seed figures (iij-figures.csv) as a Dataset, read by hand (independent of the reader). */
export function seedDataset(): Dataset {
  const [header = [], ...lines] = parseCsv(
    fs.readFileSync(path.join(SEED_DIR, "iij-figures.csv"), "utf8")
  );
  const labels = header.slice(3);
  const periods = labels.map((label) => {
    const q = /^(\d)Q(\d\d)$/.exec(label);
    if (q) return quarter(2000 + Number(q[2]), Number(q[1]), SEED_CALENDAR, label);
    const f = /^FY3\/(\d\d)$/.exec(label);
    if (f) return year(2000 + Number(f[1]) - 1, SEED_CALENDAR, label);
    throw new Error(`seed: unexpected period ${label}`);
  });
  let lastParentless = "";
  const rows: RowSpec[] = lines.map((line) => {
    const [id = "", label = "", unit = "", ...cells] = line;
    const child = /^\s+of which/i.test(label);
    if (!child) lastParentless = id;
    const values = cells.map((c) => (c.trim() === "" ? null : Number(c)));
    const row: RowSpec = { metric: id, label: label.trim(), values };
    if (child) row.parent = lastParentless;
    if (unit !== "JPY mn")
      row.unit = id.startsWith("fx.") ? { scale: 1, label: unit } : { scale: 1, label: unit };
    return row;
  });
  return makeDataset({ periods, rows, calendar: SEED_CALENDAR });
}
