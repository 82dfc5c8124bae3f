import type { CellRef } from "../grid/types";
import type { FiscalCalendar, Period } from "../periods/types";
import type { GuidanceItem } from "../settings";

/** Metric ids of the vocabulary (docs/DESIGN.md): `revenue.total`, `revenue.si`, `operating_income`, `ops.bandwidth_mbps`, `fx.jpy_per_usd` … */
export type MetricId = string;

/** How a metric behaves across periods: flows add up over a year, stocks are taken at period end, rates are neither. */
export type MetricNature = "flow" | "stock" | "rate";

/** The unit of a series. Money is scaled to the dataset's base (`Dataset.money`). */
export interface Unit {
  /** ISO currency for money (`"JPY"`, `"USD"`), absent for counts (`"contracts"`, `"Mbps"`). */
  currency?: string;
  /** Multiplier from the stored number to the unit's natural size: 1e6 for "JPY in millions", 1 for counts. */
  scale: number;
  /** Unit text as shown to the user: `"JPY mn"`, `"contracts"`, `"Mbps"`. */
  label: string;
}

export type Layout = "wide" | "tall" | "long";

/** One metric's figures, aligned with `Dataset.periods` (index i ↔ periods[i]). */
export interface Series {
  metric: MetricId;
  /** The label as written in the input ("Total revenues"). */
  label: string;
  nature: MetricNature;
  unit: Unit;
  /** An "of which" row's parent metric (indented "of which backbone costs" under network costs). */
  parent?: MetricId;
  /** True when the label matched no synonym and the id is a slug of it. */
  unknownLabel?: boolean;
  /** True when the figures cannot decide which total the row is a part of: no share (nor margin) for it. */
  shareUndecided?: boolean;
  /**
   * A line of a segment's own table (read/segment-tables.ts): the segment's id (`mobile`) and the group's metric
   * it is that segment's part of (`operating_income`); its margin is over the segment's revenue.
   */
  segmentTable?: { segment: string; of: MetricId };
  /** Parsed numbers; null where the cell is blank, not a number, an error, or missing. */
  values: (number | null)[];
  /** Where each value came from (null for a value rolled up from many rows or absent). */
  cells: (CellRef | null)[];
  /**
   * Factor applied to the source cell to get `values[i]` (1 unless the row's unit was rescaled to the
   * dataset base, e.g. 0.001 for a row in JPY thousands in a JPY-millions dataset). Live formulas multiply by it.
   */
  factor: number;
}

/** What the reader understood of a range: figures by metric and period, with provenance. */
export interface Dataset {
  layout: Layout;
  calendar: FiscalCalendar;
  /** True when the calendar came from the labels rather than settings/defaults. */
  calendarInferred: boolean;
  /** Periods in input order (quarters and the fiscal-year columns interleaved as written). */
  periods: Period[];
  series: Series[];
  /** The money unit every monetary series was scaled to. */
  money: Unit;
  /**
   * The input's own forecast columns (通期予想, "FY25E", "Guidance"), read as guidance and never as actuals;
   * absent when it has none. The settings' guidance wins for the same metric and period.
   */
  guidance?: GuidanceItem[];
  /** Where the figures came from: sheet and the A1 range read. */
  source: { sheet: string; range: string };
  /**
   * Every source read, in order, when the figures came from several (sheets of a results pack); absent for one.
   * `entity` is the prefix of the lines of a source read as a business of its own (see read-sources.ts).
   */
  sources?: { sheet: string; range: string; entity?: string }[];
  /** The blocks of figures the range held (one per table: its own header of periods), in reading order. */
  blocks?: BlockInfo[];
  /** The book's own ratios ("YoY%", "CAGR %" columns or rows): not figures, tied out against the engine. */
  bookRatios?: BookRatio[];
}

/** One table of a range: a header of periods and the lines read under (beside) it. */
export interface BlockInfo {
  /** Sheet-qualified A1 range of the block. */
  range: string;
  /** First and last period labels of its header, and how many periods it has. */
  first: string;
  last: string;
  periods: number;
  /** Its money unit as read from its own note (or the note it shares), "" when none. */
  unit: string;
  /** Lines (metrics) read from it. */
  lines: number;
}

/** A cell of the book's own ratio for a line: what it compares and the value written. */
export interface BookRatio {
  metric: MetricId;
  /** The line's label as written. */
  label: string;
  /** The header naming the ratio, as written ("YoY%"). */
  header: string;
  compares: "yoy" | "qoq" | "cagr" | "adjacent";
  measure: "percent" | "amount" | "either";
  /** Sheet-qualified address of the book's cell. */
  cell: string;
  /** The number in it (12.1% written as text reads 0.121), and the cell as written ("12.1%"). */
  value: number;
  shown: string;
  /** Decimals the value is written with (in the unit of `value`). */
  decimals: number;
  /** The period the ratio is about, and the one compared with, where the layout says. */
  period?: Period;
  base?: Period;
  /** Multiplier from the cell to the line's figures (a block in another unit than the dataset's), for amounts. */
  factor: number;
}
