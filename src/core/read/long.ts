import type { CellRef, CellValue, Grid } from "../grid/types";
import { comparePeriods, formatPeriod, monthPeriod, periodKey, quarterOfDate } from "../periods";
import { normaliseLabel } from "../periods/normalise";
import { dateOfSerial, parseDateText } from "../periods/parse-date";
import type { FiscalCalendar, Period } from "../periods/types";
import type { Settings } from "../settings";
import { chooseCalendar, periodParser } from "./calendar";
import { withLazyCells } from "./cells";
import { addressAt, countedOnly, refAt, report, type ReadContext } from "./context";
import type { LongColumns } from "./layout";
import { readMessages } from "./messages";
import { labelOverrides, NO_OVERRIDE, type LabelOverride } from "./label-map";
import { looksLikeId, natureOf, stockMetric } from "./metrics";
import {
  CELL_BLANK,
  CELL_EXCEL_ERROR,
  CELL_NUMBER,
  cellText,
  parseNumberText,
  readNumberCell,
  type NumberSlot,
} from "./numbers";
import { chooseMoneyBase, isMoneyUnit, moneyLine, rescale } from "./scale";
import { metricForLabel, segmentSlug, slugify } from "./synonyms";
import type { MetricId, MetricNature, Series, Unit } from "./types";
import { findUnitNote, parseUnitCell } from "./units";
import type { BlockRead } from "./wide";
import { structureSeries, type SeriesPlace } from "./structure-apply";

/** Dates as written in a monthly table: `2023-06-30`, `6/30/2023`, `Jun-23`, `June 2023`, `2023年6月`. */
const DATE_TEXT =
  /^(\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|[A-Za-z]{3,9}\.?[- ]?'?\d{2,4}|\d{4}年\d{1,2}月(\d{1,2}日)?)$/;

/**
 * In a monthly table every date is a month, including the month ends that close a quarter (which
 * `parsePeriod` reads as that quarter, as fits a column header).
 */
function asMonth(raw: CellValue, p: Period, calendar: FiscalCalendar): Period {
  if (p.kind !== "quarter") return p;
  if (typeof raw !== "number" && !(typeof raw === "string" && DATE_TEXT.test(raw.trim()))) return p;
  const shape = monthPeriod(Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7)), calendar);
  return { ...shape, label: p.label };
}

/** A month of a ledger: the sum of a flow's rows so far, or the date of a stock's latest row. */
interface LedgerCell {
  total: number;
  /** One of the rows is an Excel error or not a number. */
  bad: boolean;
  /** yyyymmdd of the latest row. */
  day: number;
}

/** yyyymmdd of a date cell with a day (serial or text), 0 otherwise. */
function dayKeyOf(raw: CellValue): number {
  const d =
    typeof raw === "number"
      ? dateOfSerial(raw)
      : typeof raw === "string" && DATE_TEXT.test(raw.trim())
        ? parseDateText(normaliseLabel(raw))
        : null;
  return d && d.day !== undefined ? d.year * 10000 + d.month * 100 + d.day : 0;
}

/** Whether a yyyymmdd is the last day of its month. */
function isMonthEnd(key: number): boolean {
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  return key % 100 === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Dense (series × period) index tables up to this many cells; a sparse map beyond. */
const DENSE_LIMIT = 8_000_000;
/** Labels given to calendar inference at most. */
const INFER_SAMPLE = 5000;

const TOTAL_SEGMENTS = /^(total|all|consolidated|group|company[- ]wide|合計|全社|連結|計)$/i;

function text(cell: CellValue | undefined): string {
  if (cell === undefined || typeof cell === "boolean") return "";
  return typeof cell === "number" ? String(cell) : cell;
}

/** The label a series of a long table is shown by: "Revenue (SI)" for an account and segment. */
export function longLabel(label: string, segment: string): string {
  return segment ? `${label} (${segment})` : label;
}

/**
 * Metric id of an account [and segment]: the user's override of "account (segment)" or of the account, ids as is,
 * synonyms, segments under `revenue.`/`cost.`, slugs otherwise.
 */
export function longMetric(
  label: string,
  segment: string,
  overrideOf: LabelOverride = NO_OVERRIDE
): { metric: MetricId; unknownLabel: boolean } {
  const t = label.trim();
  const seg = segment.trim();
  const whole = seg === "" ? null : overrideOf(longLabel(t, seg));
  if (whole !== null) return { metric: whole, unknownLabel: false };
  let base = overrideOf(t) ?? (looksLikeId(t) && t.includes(".") ? t : metricForLabel(t));
  const unknownLabel = base === null;
  base ??= slugify(t);
  if (seg === "" || TOTAL_SEGMENTS.test(seg)) return { metric: base, unknownLabel };
  const family = base === "revenue.total" ? "revenue" : base === "cost.total" ? "cost" : base;
  return { metric: `${family}.${segmentSlug(seg)}`, unknownLabel };
}

/** Table of (series, period slot) → grid row of its figure (−1 for none), dense or sparse. */
interface Store {
  get(s: number, p: number): number;
  set(s: number, p: number, k: number): void;
}

function makeStore(series: number, slots: number): Store {
  if (series * slots <= DENSE_LIMIT) {
    const table = new Int32Array(series * slots).fill(-1);
    return {
      get: (s, p) => table[s * slots + p] as number,
      set: (s, p, k) => {
        table[s * slots + p] = k;
      },
    };
  }
  const map = new Map<number, number>();
  return {
    get: (s, p) => map.get(s * slots + p) ?? -1,
    set: (s, p, k) => {
      map.set(s * slots + p, k);
    },
  };
}

interface DerivedQuarter {
  shape: Omit<Period, "label">;
  months: number[];
  endSlot: number;
}

/**
 * Read a long table: one row per period (or date) × metric [× segment] with an amount [and a unit].
 * Monthly rows roll up into fiscal quarters and, when all four quarters are there, fiscal years:
 * flows are summed (a quarter needs its three months), stocks and rates take the last month of the quarter.
 * A second row for the same metric and period is reported and ignored.
 */
export function readLong(
  ctx: ReadContext,
  grid: Grid,
  headerRow: number,
  cols: LongColumns,
  settings: Settings
): BlockRead {
  const slot: NumberSlot = { value: 0 };
  // Per data row (grid row headerRow + 1 + i): its series (−1 for a row skipped) and its raw period. Amounts
  // stay in the grid and are read where a figure is made.
  const first = headerRow + 1;
  const n = Math.max(0, grid.length - first);
  const recSeries = new Int32Array(n).fill(-1);
  const recPeriod = new Int32Array(n);

  const rawIndex = new Map<CellValue, number>();
  const rawValues: CellValue[] = [];
  const rawFirstRow: number[] = [];
  const seriesIndex = new Map<string, Map<string, number>>();
  const seriesLabel: string[] = [];
  const seriesSegment: string[] = [];
  const seriesFirstRow: number[] = [];
  const seriesUnit: (Unit | null)[] = [];
  // Unit cells repeat: each distinct one parsed once.
  const units = new Map<CellValue | undefined, Unit | null>();
  let lastCell: CellValue | undefined = "";
  let lastUnit: Unit | null = null;
  const unitOf = (cell: CellValue | undefined): Unit | null => {
    if (cell === lastCell) return lastUnit;
    let u = units.get(cell);
    if (u === undefined) {
      u = parseUnitCell(cell);
      units.set(cell, u);
    }
    lastCell = cell;
    lastUnit = u;
    return u;
  };

  for (let r = first; r < grid.length; r++) {
    const row = grid[r];
    if (!row) continue;
    const pcell = row[cols.period];
    if (pcell === undefined || pcell === "" || typeof pcell === "boolean") continue;
    const mcell = row[cols.metric];
    const label = typeof mcell === "string" ? mcell : text(mcell);
    if (label === "" || label.trim() === "") continue;
    let pi = rawIndex.get(pcell);
    if (pi === undefined) {
      pi = rawValues.length;
      rawIndex.set(pcell, pi);
      rawValues.push(pcell);
      rawFirstRow.push(r);
    }
    const segment = cols.segment >= 0 ? text(row[cols.segment]) : "";
    let bySegment = seriesIndex.get(label);
    if (!bySegment) {
      bySegment = new Map();
      seriesIndex.set(label, bySegment);
    }
    let si = bySegment.get(segment);
    if (si === undefined) {
      si = seriesLabel.length;
      bySegment.set(segment, si);
      seriesLabel.push(label.trim());
      seriesSegment.push(segment.trim());
      seriesFirstRow.push(r);
      seriesUnit.push(cols.unit >= 0 ? unitOf(row[cols.unit]) : null);
    }
    recSeries[r - first] = si;
    recPeriod[r - first] = pi;
  }

  /**
   * The amount of data row `r` for series `s` into `slot`, with its status. A row in another scale of the
   * series' currency ("JPY thousands" among "JPY mn" rows) is brought to the series' unit.
   */
  const amountAt = (r: number, s: number): number => {
    const row = grid[r];
    const status = readNumberCell(row?.[cols.amount], slot);
    if (cols.unit >= 0 && status === CELL_NUMBER) {
      const rowUnit = unitOf(row?.[cols.unit]);
      const unit = seriesUnit[s];
      if (
        rowUnit &&
        unit &&
        rowUnit !== unit &&
        rowUnit.scale !== unit.scale &&
        rowUnit.currency === unit.currency
      ) {
        slot.value = rescale(slot.value, rowUnit.scale, unit.scale);
      }
    }
    return status;
  };

  // Periods: each distinct label parsed once.
  const { calendar, inferred } = chooseCalendar(rawValues.slice(0, INFER_SAMPLE), settings);
  const parse = periodParser(calendar);
  const slotOfRaw = new Int32Array(rawValues.length).fill(-1);
  const slotPeriods: Period[] = [];
  const slotByKey = new Map<string, number>();
  const parsed = rawValues.map((raw) => parse(raw));
  const monthly = parsed.some((p) => p?.kind === "month");
  // Dates inside a month (not month ends) make the table a ledger: its rows add up by month.
  const dayKeys = new Int32Array(rawValues.length);
  let ledger = false;
  rawValues.forEach((raw, i) => {
    const key = dayKeyOf(raw);
    dayKeys[i] = key;
    if (key > 0 && !isMonthEnd(key)) ledger = true;
  });
  ledger &&= monthly;
  rawValues.forEach((raw, i) => {
    const found = parsed[i] ?? null;
    const p = found && monthly ? asMonth(raw, found, calendar) : found;
    if (!p) {
      const cell = addressAt(ctx, rawFirstRow[i] as number, cols.period);
      report(ctx, "warning", "unknown-period", () => ({
        message: readMessages.unknownPeriod(cell, cellText(raw)),
        cell,
      }));
      return;
    }
    const key = periodKey(p);
    let s = slotByKey.get(key);
    if (s === undefined) {
      s = slotPeriods.length;
      slotByKey.set(key, s);
      slotPeriods.push(p);
    }
    slotOfRaw[i] = s;
  });

  // Series: ids, natures, units.
  const used = new Map<string, number>();
  const overrideOf = labelOverrides(settings.labelMap);
  const metrics = seriesLabel.map((label, s) => {
    const m = longMetric(label, seriesSegment[s] ?? "", overrideOf);
    const seen = used.get(m.metric) ?? 0;
    used.set(m.metric, seen + 1);
    if (seen > 0) m.metric = `${m.metric}_${seen + 1}`;
    return m;
  });
  const natures: MetricNature[] = metrics.map((m, s) =>
    natureOf(m.metric, seriesLabel[s] ?? "", seriesUnit[s] ?? null)
  );
  metrics.forEach((m, s) => {
    if (m.unknownLabel && natures[s] === "stock" && !seriesSegment[s])
      m.metric = stockMetric(seriesLabel[s] ?? "");
  });
  let note: Unit | null = null;
  for (let r = 0; r < headerRow && !note; r++)
    for (const cell of grid[r] ?? []) note ??= findUnitNote(cell);
  // or the amount column's own header: "Amount (USD m)", "金額（千円）"
  note ??= findUnitNote(grid[headerRow]?.[cols.amount]);
  const base = chooseMoneyBase(
    note,
    natures.map((nat, s) =>
      nat === "flow" && isMoneyUnit(seriesUnit[s] ?? null) ? (seriesUnit[s] ?? null) : null
    ),
    settings
  );

  // Figures into the (series × slot) table.
  const S = seriesLabel.length;
  const P = slotPeriods.length;
  const store = makeStore(S, P);
  const shownLabel = (s: number): string => longLabel(seriesLabel[s] ?? "", seriesSegment[s] ?? "");
  let hasNumbers = false;
  // In a ledger, the month of a flow is the sum of its rows (n.m. if one of them is not a number); of a
  // stock or rate, the row of the latest date.
  const sums = ledger ? new Map<number, LedgerCell>() : null;
  /** Reports an amount that is an Excel error or not a number. */
  const reportAmount = (r: number, s: number, p: number, status: number): void => {
    report(ctx, "error", status === CELL_EXCEL_ERROR ? "excel-error" : "not-a-number", () => {
      const cell = addressAt(ctx, r, cols.amount);
      const raw = grid[r]?.[cols.amount];
      const period = (slotPeriods[p] as Period).label;
      const message =
        status === CELL_EXCEL_ERROR
          ? readMessages.excelError(cell, cellText(raw).trim(), shownLabel(s), period)
          : readMessages.notANumber(cell, cellText(raw), shownLabel(s), period);
      return { message, cell, metric: metrics[s]?.metric, period };
    });
  };
  for (let k = 0; k < n; k++) {
    const s = recSeries[k] as number;
    if (s < 0) continue;
    const p = slotOfRaw[recPeriod[k] as number] as number;
    if (p < 0) continue;
    const r = k + first;
    const earlier = store.get(s, p);
    if (sums && earlier >= 0) {
      const key = s * P + p;
      let sum = sums.get(key);
      if (!sum) {
        const firstStatus = amountAt(earlier, s);
        sum = {
          total: firstStatus === CELL_NUMBER ? slot.value : 0,
          bad: firstStatus !== CELL_NUMBER && firstStatus !== CELL_BLANK,
          day: dayKeys[recPeriod[earlier - first] as number] as number,
        };
        sums.set(key, sum);
      }
      const day = dayKeys[recPeriod[k] as number] as number;
      const status = amountAt(r, s);
      if (status === CELL_NUMBER) hasNumbers = true;
      else if (status !== CELL_BLANK) reportAmount(r, s, p, status);
      if (natures[s] === "flow") {
        if (status === CELL_NUMBER) sum.total += slot.value;
        else if (status !== CELL_BLANK) sum.bad = true;
      } else if (day >= sum.day) {
        sum.day = day;
        store.set(s, p, r);
      }
      continue;
    }
    if (earlier >= 0) {
      if (countedOnly(ctx, "duplicate-period")) continue;
      report(ctx, "error", "duplicate-period", () => {
        const cell = addressAt(ctx, r, cols.amount);
        const label = (slotPeriods[p] as Period).label;
        return {
          message: readMessages.duplicateEntry(
            cell,
            shownLabel(s),
            label,
            addressAt(ctx, earlier, cols.amount)
          ),
          cell,
          metric: metrics[s]?.metric,
          period: label,
        };
      });
      continue;
    }
    store.set(s, p, r);
    const status = amountAt(r, s);
    if (status === CELL_NUMBER) hasNumbers = true;
    else if (status !== CELL_BLANK) reportAmount(r, s, p, status);
  }

  // Output periods: those given directly, quarters rolled up from months, years from four such quarters.
  const direct: number[] = [];
  const derived = new Map<string, DerivedQuarter>();
  slotPeriods.forEach((p, i) => {
    if (p.kind !== "month") {
      direct.push(i);
      return;
    }
    const q = quarterOfDate(p.end, calendar);
    const key = periodKey(q);
    if (slotByKey.has(key)) return;
    let dq = derived.get(key);
    if (!dq) {
      dq = { shape: q, months: [], endSlot: -1 };
      derived.set(key, dq);
    }
    dq.months.push(i);
    if (p.end === q.end) dq.endSlot = i;
  });
  const years = new Map<number, DerivedQuarter[]>();
  for (const dq of derived.values()) {
    const list = years.get(dq.shape.fiscalYear) ?? [];
    list.push(dq);
    years.set(dq.shape.fiscalYear, list);
  }
  const like = direct.map((i) => slotPeriods[i]?.label).find((l) => l !== undefined);

  // Each output column: a period given directly (a slot), a quarter rolled up from months, or a year of four such quarters.
  type Column =
    | { period: Period; slot: number }
    | { period: Period; quarter: DerivedQuarter }
    | { period: Period; year: DerivedQuarter[] };
  const columns: Column[] = [];
  // The figures of one series by period slot, read from the grid once per series (see `loadSeries`).
  const slotValue = new Float64Array(P);
  const slotHas = new Uint8Array(P);
  const loadSeries = (s: number): void => {
    for (let p = 0; p < P; p++) {
      const sum = sums && natures[s] === "flow" ? sums.get(s * P + p) : undefined;
      if (sum) {
        slotHas[p] = sum.bad ? 0 : 1;
        slotValue[p] = sum.bad ? 0 : sum.total;
        continue;
      }
      const r = store.get(s, p);
      const has = r >= 0 && amountAt(r, s) === CELL_NUMBER;
      slotHas[p] = has ? 1 : 0;
      slotValue[p] = has ? slot.value : 0;
    }
  };
  /** The loaded series' figure in slot `p`. */
  const valueOf = (p: number): number | null =>
    slotHas[p] === 1 ? (slotValue[p] as number) : null;
  const cellOf = (s: number, p: number): CellRef | null => {
    const r = store.get(s, p);
    // a month of a ledger's flow adds up several rows
    if (r < 0 || (sums && natures[s] === "flow" && sums.has(s * P + p))) return null;
    const ref = refAt(ctx, r, cols.amount);
    // a number typed as text
    const cell = grid[r]?.[cols.amount];
    if (typeof cell === "string" && parseNumberText(cell) !== null) ref.text = true;
    return ref;
  };
  for (const i of direct) columns.push({ period: slotPeriods[i] as Period, slot: i });
  /** A quarter of months: flows summed when all three are there, stocks and rates at the quarter's last month. */
  const quarterValue = (dq: DerivedQuarter, s: number): number | null => {
    if (natures[s] !== "flow") return dq.endSlot >= 0 ? valueOf(dq.endSlot) : null;
    if (dq.months.length !== 3) return null;
    let sum = 0;
    for (const m of dq.months) {
      const v = valueOf(m);
      if (v === null) return null;
      sum += v;
    }
    return sum;
  };
  for (const dq of derived.values()) {
    const label = formatPeriod(dq.shape, calendar, like);
    columns.push({ period: { ...dq.shape, label }, quarter: dq });
  }
  for (const [fy, quarters] of years) {
    const byQuarter = new Map(quarters.map((dq) => [dq.shape.quarter, dq]));
    const q1 = byQuarter.get(1);
    const q4 = byQuarter.get(4);
    if (!q1 || !q4 || !byQuarter.has(2) || !byQuarter.has(3)) continue;
    const shape: Omit<Period, "label"> = {
      kind: "year",
      fiscalYear: fy,
      start: q1.shape.start,
      end: q4.shape.end,
    };
    if (slotByKey.has(periodKey(shape))) continue;
    const ordered = [1, 2, 3, 4].map((q) => byQuarter.get(q) as DerivedQuarter);
    columns.push({
      period: { ...shape, label: formatPeriod(shape, calendar, like) },
      year: ordered,
    });
  }
  columns.sort((a, b) => comparePeriods(a.period, b.period));
  /** The value of series `s` (loaded) in column `c` (before rescaling). */
  const valueIn = (c: Column, s: number): number | null => {
    if ("slot" in c) return valueOf(c.slot);
    if ("quarter" in c) return quarterValue(c.quarter, s);
    const q4 = c.year[3] as DerivedQuarter;
    if (natures[s] !== "flow") return quarterValue(q4, s);
    let sum = 0;
    for (const dq of c.year) {
      const v = quarterValue(dq, s);
      if (v === null) return null;
      sum += v;
    }
    return sum;
  };
  /** The one cell a value of series `s` in column `c` comes from; null for a sum of rows. */
  const cellIn = (c: Column, s: number): CellRef | null => {
    if ("slot" in c) return cellOf(s, c.slot);
    const dq = "quarter" in c ? c.quarter : (c.year[3] as DerivedQuarter);
    return natures[s] !== "flow" && dq.endSlot >= 0 ? cellOf(s, dq.endSlot) : null;
  };

  const series: Series[] = [];
  const places: SeriesPlace[] = [];
  let unitWarned = false;
  metrics.forEach((m, s) => {
    const nature = natures[s] ?? "flow";
    const lineUnit = seriesUnit[s] ?? null;
    let unit: Unit = lineUnit ?? { scale: 1, label: "" };
    let factor = 1;
    let fromScale = 1;
    let toScale = 1;
    const labelCell = addressAt(ctx, seriesFirstRow[s] as number, cols.metric);
    const account = seriesLabel[s] ?? "";
    places.push({
      indent: 0,
      cell: labelCell,
      fixed:
        overrideOf(shownLabel(s)) !== null ||
        overrideOf(account) !== null ||
        (looksLikeId(account) && account.includes(".")),
      afterBreak: false,
    });
    if (nature === "flow" && isMoneyUnit(lineUnit)) {
      if (!lineUnit && !base && !unitWarned) {
        unitWarned = true;
        report(ctx, "warning", "unit-unknown", () => ({
          message: readMessages.unitUnknown(labelCell),
          cell: labelCell,
          metric: m.metric,
        }));
      }
      ({ unit, factor, fromScale, toScale } = moneyLine(lineUnit, base));
    }
    if (m.unknownLabel) {
      report(ctx, "info", "unknown-label", () => ({
        message: readMessages.unknownLabel(labelCell, seriesLabel[s] ?? "", m.metric),
        cell: labelCell,
        metric: m.metric,
      }));
    }
    const values = new Array<number | null>(columns.length);
    loadSeries(s);
    for (let j = 0; j < columns.length; j++) {
      const v = valueIn(columns[j] as Column, s);
      values[j] = v === null ? null : rescale(v, fromScale, toScale);
    }
    // cells are built when first read (formulas, issues): most reads never look at them
    series.push(
      withLazyCells(
        {
          metric: m.metric,
          label: shownLabel(s),
          nature,
          unit,
          values,
          factor,
          ...(m.unknownLabel ? { unknownLabel: true } : {}),
        },
        () => columns.map((col) => cellIn(col, s))
      )
    );
  });
  structureSeries(ctx, series, places);
  return {
    calendar,
    calendarInferred: inferred,
    periods: columns.map((c) => c.period),
    series,
    money: base ?? { scale: 1, label: "" },
    hasNumbers,
  };
}
