import type { CellRef, CellValue, Grid } from "../grid/types";
import { comparePeriods, formatPeriod, monthPeriod, periodKey, quarterOfDate } from "../periods";
import type { FiscalCalendar, Period } from "../periods/types";
import type { Settings } from "../settings";
import { chooseCalendar, periodParser } from "./calendar";
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
  readNumberCell,
  type NumberSlot,
} from "./numbers";
import { chooseMoneyBase, isMoneyUnit, moneyLine, rescale } from "./scale";
import { metricForLabel, segmentSlug, slugify } from "./synonyms";
import type { MetricId, MetricNature, Series, Unit } from "./types";
import { findUnitNote, parseUnitCell } from "./units";
import type { BlockRead } from "./wide";

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

/** Row-index table of (series, period slot) → record number, dense or sparse. */
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
  const n = Math.max(0, grid.length - headerRow - 1);
  const recRow = new Int32Array(n);
  const recSeries = new Int32Array(n);
  const recPeriod = new Int32Array(n);
  const recStatus = new Uint8Array(n);
  const recValue = new Float64Array(n);
  let count = 0;

  const rawIndex = new Map<CellValue, number>();
  const rawValues: CellValue[] = [];
  const rawFirstRow: number[] = [];
  const seriesIndex = new Map<string, Map<string, number>>();
  const seriesLabel: string[] = [];
  const seriesSegment: string[] = [];
  const seriesFirstRow: number[] = [];
  const seriesUnit: (Unit | null)[] = [];

  // Unit cells mostly repeat the row above: parse only when the text changes.
  let lastUnitCell: CellValue | undefined;
  let lastUnit: Unit | null = null;
  for (let r = headerRow + 1; r < grid.length; r++) {
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
      seriesUnit.push(cols.unit >= 0 ? parseUnitCell(row[cols.unit]) : null);
    }
    recRow[count] = r;
    recSeries[count] = si;
    recPeriod[count] = pi;
    const status = readNumberCell(row[cols.amount], slot);
    recStatus[count] = status;
    recValue[count] = slot.value;
    if (cols.unit >= 0 && status === CELL_NUMBER) {
      // A row in another scale of the series' currency ("JPY thousands" among "JPY mn" rows) is brought to the series' unit.
      const unitCell = row[cols.unit];
      if (unitCell !== lastUnitCell) {
        lastUnitCell = unitCell;
        lastUnit = parseUnitCell(unitCell);
      }
      const rowUnit = lastUnit;
      const unit = seriesUnit[si];
      if (
        rowUnit &&
        unit &&
        rowUnit !== unit &&
        rowUnit.scale !== unit.scale &&
        rowUnit.currency === unit.currency
      ) {
        recValue[count] = rescale(slot.value, rowUnit.scale, unit.scale);
      }
    }
    count++;
  }

  // Periods: each distinct label parsed once.
  const { calendar, inferred } = chooseCalendar(rawValues.slice(0, INFER_SAMPLE), settings);
  const parse = periodParser(calendar);
  const slotOfRaw = new Int32Array(rawValues.length).fill(-1);
  const slotPeriods: Period[] = [];
  const slotByKey = new Map<string, number>();
  const parsed = rawValues.map((raw) => parse(raw));
  const monthly = parsed.some((p) => p?.kind === "month");
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
  for (let k = 0; k < count; k++) {
    const p = slotOfRaw[recPeriod[k] as number] as number;
    if (p < 0) continue;
    const s = recSeries[k] as number;
    const r = recRow[k] as number;
    const first = store.get(s, p);
    if (first >= 0) {
      if (countedOnly(ctx, "duplicate-period")) continue;
      report(ctx, "error", "duplicate-period", () => {
        const cell = addressAt(ctx, r, cols.amount);
        const label = (slotPeriods[p] as Period).label;
        return {
          message: readMessages.duplicateEntry(
            cell,
            shownLabel(s),
            label,
            addressAt(ctx, recRow[first] as number, cols.amount)
          ),
          cell,
          metric: metrics[s]?.metric,
          period: label,
        };
      });
      continue;
    }
    store.set(s, p, k);
    const status = recStatus[k];
    if (status === CELL_NUMBER) {
      hasNumbers = true;
    } else if (status !== CELL_BLANK) {
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
    }
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

  type Column = {
    period: Period;
    value: (s: number) => { v: number | null; cell: CellRef | null };
  };
  const columns: Column[] = [];
  const valueOf = (s: number, p: number): number | null => {
    const k = store.get(s, p);
    if (k < 0 || recStatus[k] !== CELL_NUMBER) return null;
    return recValue[k] as number;
  };
  const cellOf = (s: number, p: number): CellRef | null => {
    const k = store.get(s, p);
    return k < 0 ? null : refAt(ctx, recRow[k] as number, cols.amount);
  };
  for (const i of direct) {
    columns.push({
      period: slotPeriods[i] as Period,
      value: (s) => ({ v: valueOf(s, i), cell: cellOf(s, i) }),
    });
  }
  const quarterValue = (
    dq: DerivedQuarter,
    s: number
  ): { v: number | null; cell: CellRef | null } => {
    if (natures[s] !== "flow")
      return {
        v: dq.endSlot >= 0 ? valueOf(s, dq.endSlot) : null,
        cell: dq.endSlot >= 0 ? cellOf(s, dq.endSlot) : null,
      };
    if (dq.months.length !== 3) return { v: null, cell: null };
    let sum = 0;
    for (const m of dq.months) {
      const v = valueOf(s, m);
      if (v === null) return { v: null, cell: null };
      sum += v;
    }
    return { v: sum, cell: null };
  };
  for (const dq of derived.values()) {
    const label = formatPeriod(dq.shape, calendar, like);
    columns.push({ period: { ...dq.shape, label }, value: (s) => quarterValue(dq, s) });
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
      value: (s) => {
        if (natures[s] !== "flow") return quarterValue(q4, s);
        let sum = 0;
        for (const dq of ordered) {
          const v = quarterValue(dq, s).v;
          if (v === null) return { v: null, cell: null };
          sum += v;
        }
        return { v: sum, cell: null };
      },
    });
  }
  columns.sort((a, b) => comparePeriods(a.period, b.period));

  const series: Series[] = [];
  let unitWarned = false;
  metrics.forEach((m, s) => {
    const nature = natures[s] ?? "flow";
    const lineUnit = seriesUnit[s] ?? null;
    let unit: Unit = lineUnit ?? { scale: 1, label: "" };
    let factor = 1;
    let fromScale = 1;
    let toScale = 1;
    const labelCell = addressAt(ctx, seriesFirstRow[s] as number, cols.metric);
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
    const values: (number | null)[] = new Array(columns.length);
    const cells: (CellRef | null)[] = new Array(columns.length);
    columns.forEach((col, j) => {
      const { v, cell } = col.value(s);
      values[j] = v === null ? null : rescale(v, fromScale, toScale);
      cells[j] = cell;
    });
    series.push({
      metric: m.metric,
      label: shownLabel(s),
      nature,
      unit,
      values,
      cells,
      factor,
      ...(m.unknownLabel ? { unknownLabel: true } : {}),
    });
  });
  return {
    calendar,
    calendarInferred: inferred,
    periods: columns.map((c) => c.period),
    series,
    money: base ?? { scale: 1, label: "" },
    hasNumbers,
  };
}
