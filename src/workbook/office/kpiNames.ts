/**
 * Stable workbook names for the latest figures: each KPI row of the summary table gets a defined name that
 * points at its cell in the latest period's column (the table's last column), e.g. `QD_Revenue_Total_YoY`.
 * A deck page or a formula can use the name and keep showing "the latest revenue growth" whatever the layout
 * does at the next refresh (a new quarter adds a column; the name moves with it). Pure.
 */
import type { KpiKind } from "../../core/compute/types";
import { quoteSheetName } from "../../core/grid";
import type { SummaryModel } from "../../core/summarise/types";
import { absoluteRangeA1 } from "../file/a1";
import type { SummaryLayout } from "../layout";

/** The prefix of every name the add-in owns. */
export const NAME_PREFIX = "QD_";

const MEASURE: Record<KpiKind, string> = {
  value: "",
  yoy: "YoY",
  qoq: "QoQ",
  margin: "Margin",
  share: "Share",
  share_change: "Share_Change",
  usd: "USD",
  cagr: "CAGR",
  guidance: "Guidance",
};

export interface KpiName {
  name: string;
  /** Formula text of the reference: `='KPI Summary'!$N$17`. */
  reference: string;
}

/** `revenue.total` + yoy → `QD_Revenue_Total_YoY`; characters a name cannot hold become "_". */
export function kpiNameOf(metric: string, kpi: KpiKind): string {
  const words = metric
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  const measure = MEASURE[kpi];
  return [NAME_PREFIX.slice(0, -1), ...words, ...(measure ? [measure] : [])].join("_");
}

/** One name per KPI row (the first row wins when two rows would share a name). */
export function kpiNames(model: SummaryModel, layout: SummaryLayout): KpiName[] {
  const col = layout.table.periodColumns[layout.table.periodColumns.length - 1];
  if (col === undefined) return [];
  const sheet = quoteSheetName(layout.sheetName);
  const seen = new Set<string>();
  const out: KpiName[] = [];
  model.table.rows.forEach((row, i) => {
    const name = kpiNameOf(row.metric, row.kpi);
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    const r = layout.table.firstDataRow + i;
    out.push({ name, reference: `=${sheet}!${absoluteRangeA1(r, col, r, col)}` });
  });
  return out;
}
