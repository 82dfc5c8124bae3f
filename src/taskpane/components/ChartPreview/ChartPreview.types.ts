import type { ChartSpec, SummaryTable } from "../../../core/summarise/types";

export interface ChartPreviewProps {
  spec: ChartSpec;
  table: SummaryTable;
}
