/**
 * The periods of a long table: each distinct period cell parsed once and given a slot (one per period key);
 * dates inside a month make the table a ledger (its rows add up by month). Forecast and plan labels ("FY25E",
 * "2025 Budget") get no slot: their rows are not actuals.
 */
import type { CellValue } from "../../grid/types";
import { monthPeriod, periodKey } from "../../periods";
import { figureStatus, hasPMark, type FigureStatus } from "../../periods/annotations";
import { normaliseLabel } from "../../periods/normalise";
import { dateOfSerial, parseDateText } from "../../periods/parse-date";
import type { FiscalCalendar, Period } from "../../periods/types";
import type { Settings } from "../../settings";
import { chooseCalendar, periodParser } from "../calendar";
import { addressAt, report, type ReadContext } from "../context";
import { reportOutlookRows } from "../forecast-columns";
import type { LongColumns } from "../layout";
import { readMessages } from "../messages";
import { cellText } from "../numbers";
import { pMarkMessages, withoutMark } from "../p-mark";
import type { Records } from "./records";

/** Dates as written in a monthly table: `2023-06-30`, `6/30/2023`, `Jun-23`, `June 2023`, `2023年6月`. */
const DATE_TEXT =
  /^(\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|[A-Za-z]{3,9}\.?[- ]?'?\d{2,4}|\d{4}年\d{1,2}月(\d{1,2}日)?)$/;

/** Labels given to calendar inference at most. */
const INFER_SAMPLE = 5000;

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

export interface Slots {
  calendar: FiscalCalendar;
  inferred: boolean;
  /** Slot of each distinct period cell (index into `Records.rawValues`), −1 for none. */
  slotOfRaw: Int32Array;
  /** The period of each slot, and the slot of each period key. */
  periods: Period[];
  byKey: Map<string, number>;
  /** yyyymmdd of each distinct period cell that is a date with a day, 0 otherwise. */
  dayKeys: Int32Array;
  /** Rows dated inside a month: a month's rows add up. */
  ledger: boolean;
  /** Forecast and plan periods ("FY25E", "FY2025 Budget"): not slots; their rows are not actuals. */
  outlooks: { period: Period; status: Exclude<FigureStatus, "actual"> }[];
  /** Index into `outlooks` of each distinct period cell, −1 for none. */
  outlookOfRaw: Int32Array;
}

/** The slots of a long table's period cells, reporting labels that are no period. */
export function assignSlots(
  ctx: ReadContext,
  rec: Records,
  cols: LongColumns,
  settings: Settings
): Slots {
  const raws = rec.rawValues;
  const { calendar, inferred } = chooseCalendar(raws.slice(0, INFER_SAMPLE), settings);
  const parse = periodParser(calendar);
  const slotOfRaw = new Int32Array(raws.length).fill(-1);
  const periods: Period[] = [];
  const byKey = new Map<string, number>();
  const parsed = raws.map((raw) => parse(raw));
  const monthly = parsed.some((p) => p?.kind === "month");
  const dayKeys = new Int32Array(raws.length);
  const outlooks: Slots["outlooks"] = [];
  const outlookOfRaw = new Int32Array(raws.length).fill(-1);
  let ledger = false;
  raws.forEach((raw, i) => {
    const key = dayKeyOf(raw);
    dayKeys[i] = key;
    if (key > 0 && !isMonthEnd(key)) ledger = true;
  });
  ledger &&= monthly;
  raws.forEach((raw, i) => {
    const found = parsed[i] ?? null;
    const p = found && monthly ? asMonth(raw, found, calendar) : found;
    if (!p) {
      const cell = addressAt(ctx, rec.rawFirstRow[i] as number, cols.period);
      report(ctx, "warning", "unknown-period", () => ({
        message: readMessages.unknownPeriod(cell, cellText(raw)),
        cell,
      }));
      return;
    }
    // a `P` period ("FY2025P"): preliminary or projected, the table does not say; its rows are left out
    if (hasPMark(raw)) {
      const cell = addressAt(ctx, rec.rawFirstRow[i] as number, cols.period);
      const label = cellText(raw).trim();
      report(ctx, "warning", "forecast-column", () => ({
        message: pMarkMessages.unclear(cell, label, withoutMark(label)),
        cell,
        period: label,
      }));
      return;
    }
    const status = figureStatus(raw);
    if (status !== "actual") {
      reportOutlookRows(ctx, rec.rawFirstRow[i] as number, cols.period, p.label, status);
      outlookOfRaw[i] = outlooks.length;
      outlooks.push({ period: p, status });
      return;
    }
    const key = periodKey(p);
    let s = byKey.get(key);
    if (s === undefined) {
      s = periods.length;
      byKey.set(key, s);
      periods.push(p);
    }
    slotOfRaw[i] = s;
  });
  return { calendar, inferred, slotOfRaw, periods, byKey, dayKeys, ledger, outlooks, outlookOfRaw };
}
