/**
 * Chart series over the KPI table, for Office.js. A series drawn over quarterly columns that skip the
 * fiscal-year columns is several blocks of cells; Office.js `setValues` takes one range. Such series get a
 * contiguous row in a "Chart data" block below the summary whose cells are formulas pointing at the table
 * cells (n.m. shown as a gap: `=IF(ISNUMBER(E12),E12,NA())`), so the chart still follows the table.
 * Pure: returns the block to write and, for every chart series, the single range to bind.
 */
import type { CellValue } from "../../core/grid/types";
import { formatCellAddress, formatRangeAddress, parseRangeAddress } from "../../core/grid";
import type { SummaryLayout } from "../layout";
import { officeMessages } from "./messages";

export interface BoundSeries {
  name: string;
  /** One contiguous A1 range on the summary sheet. */
  values: string;
  categories: string;
  as: "column" | "line" | "pie";
  axis: "primary" | "secondary";
}

export interface ChartData {
  /** Formulas to write at `address` (empty when no series needed a helper row). */
  formulas: CellValue[][];
  address: string | null;
  /** Per chart of the layout (same order), its series bound to single ranges. */
  charts: BoundSeries[][];
}

/** Cells of A1 blocks in order: ["E12:H12", "J12"] → ["E12","F12","G12","H12","J12"]. */
export function cellsOf(blocks: string[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const r = parseRangeAddress(b);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) out.push(formatCellAddress(row, col));
  }
  return out;
}

/** Bind every series to one range, adding helper rows below the layout for multi-block series. */
export function bindChartSeries(layout: SummaryLayout): ChartData {
  const rows: CellValue[][] = [];
  const top = layout.used.bottom + 2; // 1-based row of the heading
  let width = 1;
  const rowAddress = (index: number, cells: number): string =>
    formatRangeAddress({
      top: top - 1 + index,
      left: 0,
      bottom: top - 1 + index,
      right: Math.max(0, cells - 1),
    });
  const addRow = (cells: CellValue[]): string => {
    rows.push(cells);
    width = Math.max(width, cells.length);
    return rowAddress(rows.length, cells.length);
  };
  const charts = layout.charts.map((chart) =>
    chart.series.map((s): BoundSeries => {
      const single = s.valuesBlocks.length === 1 && s.categoriesBlocks.length === 1;
      if (single)
        return {
          name: s.name,
          values: s.valuesBlocks[0] ?? "",
          categories: s.categoriesBlocks[0] ?? "",
          as: s.as,
          axis: s.axis,
        };
      const categories = addRow(cellsOf(s.categoriesBlocks).map((c) => `=${c}&""`));
      const values = addRow(cellsOf(s.valuesBlocks).map((c) => `=IF(ISNUMBER(${c}),${c},NA())`));
      return { name: s.name, values, categories, as: s.as, axis: s.axis };
    })
  );
  if (rows.length === 0) return { formulas: [], address: null, charts };
  const formulas: CellValue[][] = [[officeMessages.chartDataHeading], ...rows].map((r) => [
    ...r,
    ...Array<CellValue>(width - r.length).fill(""),
  ]);
  const address = formatRangeAddress({
    top: top - 1,
    left: 0,
    bottom: top - 1 + rows.length,
    right: width - 1,
  });
  return { formulas, address, charts };
}
