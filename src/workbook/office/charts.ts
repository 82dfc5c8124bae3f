/**
 * Queue one native chart (no sync): `sheet.charts.add` over the first series' range, the other series added
 * and bound to their ranges, titles, axis titles, number format, secondary axis for combos, placed with
 * `setPosition` at the layout's anchors. ExcelApi 1.7 features only, 1.8 ones when `chartsExtra` is true.
 */
import { parseRangeAddress } from "../../core/grid";
import type { ChartType } from "../../core/summarise/types";
import { isPie, type ChartPlacement } from "../layout";
import type { BoundSeries } from "./chartData";

/** Suffix of a new chart's name until the previous chart of that name is gone. */
export const NEW_CHART_SUFFIX = "_new";

type OfficeChartType = "ColumnStacked" | "ColumnClustered" | "LineMarkers" | "Pie" | "Doughnut";

/** Our chart types in Office.js terms; a combo starts as clustered columns and turns its line series into lines. */
export const OFFICE_CHART_TYPE: Record<ChartType, OfficeChartType> = {
  stackedColumn: "ColumnStacked",
  clusteredColumn: "ColumnClustered",
  line: "LineMarkers",
  combo: "ColumnClustered",
  pie: "Pie",
  doughnut: "Doughnut",
};

/** "Columns" when the block is one column several rows tall (pie slices down a column), else "Rows". */
export function seriesByOf(address: string): "Rows" | "Columns" {
  const r = parseRangeAddress(address);
  return r && r.left === r.right && r.bottom > r.top ? "Columns" : "Rows";
}

export function queueChart(
  sheet: Excel.Worksheet,
  placement: ChartPlacement,
  series: BoundSeries[],
  chartsExtra: boolean
): boolean {
  const first = series[0];
  if (!first) return false;
  const spec = placement.spec;
  const chart = sheet.charts.add(
    OFFICE_CHART_TYPE[spec.type],
    sheet.getRange(first.values),
    seriesByOf(first.values)
  );
  chart.name = placement.name;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  series.forEach((s, i) => {
    const item = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) item.name = s.name;
    else item.setValues(sheet.getRange(s.values));
    item.setXAxisValues(sheet.getRange(s.categories));
    if (spec.type === "combo" && s.as === "line") item.chartType = "LineMarkers";
    if (chartsExtra && s.axis === "secondary") item.axisGroup = "Secondary";
  });
  if (!isPie(spec.type)) {
    if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
    if (chartsExtra && spec.numberFormat) chart.axes.valueAxis.numberFormat = spec.numberFormat;
    if (chartsExtra && spec.y2AxisTitle && series.some((s) => s.axis === "secondary")) {
      chart.axes.getItem("Value", "Secondary").title.text = spec.y2AxisTitle;
    }
  }
  chart.setPosition(placement.topLeft, placement.bottomRight);
  return true;
}
