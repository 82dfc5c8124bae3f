import type { SummaryModel } from "../../../core/summarise/types";

export interface SummaryPreviewProps {
  summary: SummaryModel;
}
