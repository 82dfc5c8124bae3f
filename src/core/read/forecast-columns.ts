/**
 * Columns (or rows) of figures that are not actuals: the company's forecast (通期予想, 業績予想, "FY25E",
 * "Guidance", "Outlook") becomes guidance, a plan or budget (計画, 予算, "Budget") is left out. Neither is ever
 * read as an actual figure; each is named in an info issue.
 */
import type { CellValue } from "../grid/types";
import { formatPeriod } from "../periods";
import type { FigureStatus } from "../periods/annotations";
import type { FiscalCalendar, Period } from "../periods/types";
import type { GuidanceItem } from "../settings";
import { addressAt, report, type ReadContext } from "./context";
import { CELL_NUMBER, readNumberCell, type NumberSlot } from "./numbers";

/** A header cell whose figures are a forecast or a plan. */
export interface OutlookColumn {
  /** Position along the header (column of a wide block, row of a tall one). */
  at: number;
  period: Period;
  status: Exclude<FigureStatus, "actual">;
}

const messages = {
  forecast: (cell: string, label: string, period: string): string =>
    `${cell} “${label}” is a forecast: its figures are read as guidance for ${period}, not as actuals.`,
  plan: (cell: string, label: string): string =>
    `${cell} “${label}” is a plan or budget, not actuals: its figures are left out.`,
};

/** The label guidance for `period` is given under: the period in the style of the block's actual labels. */
export function guidanceLabel(period: Period, calendar: FiscalCalendar, like?: string): string {
  try {
    return formatPeriod(period, calendar, like);
  } catch {
    return period.label;
  }
}

/** One info issue per forecast or plan column of a header in row `headerRow`. */
export function reportOutlooks(
  ctx: ReadContext,
  headerRow: number,
  outlooks: readonly OutlookColumn[],
  labelOf: (o: OutlookColumn) => string
): void {
  for (const o of outlooks) {
    const cell = addressAt(ctx, headerRow, o.at);
    report(ctx, "info", "forecast-column", () => ({
      message:
        o.status === "forecast"
          ? messages.forecast(cell, o.period.label, labelOf(o))
          : messages.plan(cell, o.period.label),
      cell,
      period: o.period.label,
    }));
  }
}

/**
 * The guidance a line gives in the forecast columns: one point figure (low = high) per column holding a number,
 * scaled as the line's actuals are. Plan columns give none.
 */
export function lineGuidance(
  row: readonly CellValue[],
  outlooks: readonly OutlookColumn[],
  metric: string,
  scale: (value: number) => number,
  labelOf: (o: OutlookColumn) => string,
  slot: NumberSlot
): GuidanceItem[] {
  const out: GuidanceItem[] = [];
  for (const o of outlooks) {
    if (o.status !== "forecast" || readNumberCell(row[o.at], slot) !== CELL_NUMBER) continue;
    const value = scale(slot.value);
    const period = labelOf(o);
    // a later forecast of the same period (a revised one, to the right) replaces an earlier one
    const earlier = out.findIndex((g) => g.period === period);
    if (earlier >= 0) out.splice(earlier, 1);
    out.push({ period, metric, low: value, high: value });
  }
  return out;
}

/** Info issue for a long table's forecast or plan label (first row of it): its rows are left out of the actuals. */
export function reportOutlookRows(
  ctx: ReadContext,
  row: number,
  col: number,
  label: string,
  status: Exclude<FigureStatus, "actual">
): void {
  const cell = addressAt(ctx, row, col);
  report(ctx, "info", "forecast-column", () => ({
    message:
      status === "forecast"
        ? `${cell} “${label}” is a forecast: its rows are read as guidance, not as actuals.`
        : `${cell} “${label}” is a plan or budget, not actuals: its rows are left out.`,
    cell,
    period: label,
  }));
}
