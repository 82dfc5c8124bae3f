export interface SparklineProps {
  values: readonly (number | null)[];
  /** Accessible name, e.g. "Revenue trend". */
  label: string;
  width?: number;
  height?: number;
}
