import type { MetricId } from "../../../core/read/types";

export interface MetricPickerProps {
  /** The row label as written; names the picker ("Metric for Broadband TV"). */
  label: string;
  /** The id shown and selected. */
  metric: MetricId;
  disabled?: boolean;
  /** Called with the id the user chose from the list. */
  onChoose: (metric: MetricId) => void;
}
