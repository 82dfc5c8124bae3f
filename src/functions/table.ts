/**
 * QUARTERDECK.TABLE: the summary sheet's KPI table as a spilled array. A header row (KPI, Unit, then the
 * periods as the table shows them), then a row per line and measure with the same cells as the summary
 * sheet: numbers as computed, "n.m." where not meaningful, "" where the table has no figure.
 */
import type { SummaryTable } from "../core/summarise/types";
import type { AnalysisCache } from "./analysis-cache";
import { analysisOf, type Figures } from "./analysis-of";
import { fnMessages } from "./messages";
import { notAvailable, ok, type FnResult } from "./result";
import { parseDetail, type FnSettingsArgs } from "./settings";

export type Cell = number | string;

export const TABLE_HEADER = ["KPI", "Unit"] as const;

/** The summary table as rows of cells (header first). */
export function tableRows(table: SummaryTable): Cell[][] {
  const rows: Cell[][] = [[...TABLE_HEADER, ...table.periods]];
  for (const row of table.rows) rows.push([row.label, row.unit, ...row.values.map((v) => v ?? "")]);
  return rows;
}

export interface TableArgs extends Omit<FnSettingsArgs, "detail"> {
  detail?: unknown;
}

export function tableOf(
  figures: Figures,
  args: TableArgs,
  cache?: AnalysisCache
): FnResult<Cell[][]> {
  const detail = parseDetail(args.detail);
  if (!detail.ok) return detail;
  const analysis = analysisOf(figures, { ...args, detail: detail.value }, cache);
  if (!analysis.ok) return analysis;
  const table = analysis.value.summary.table;
  if (table.rows.length === 0)
    return notAvailable(fnMessages.noFigures("no KPI could be computed"));
  return ok(tableRows(table));
}
