export type Severity = "error" | "warning" | "info";

/** Stable issue codes; the messages live in `messages.ts`. */
export type IssueCode =
  | "not-a-number"
  | "excel-error"
  | "blank-latest"
  | "duplicate-period"
  | "missing-period"
  | "unknown-period"
  | "segments-mismatch"
  | "fy-total-mismatch"
  | "stock-mismatch"
  | "impossible-sign"
  | "outlier"
  | "unknown-label"
  | "no-figures"
  | "unit-unknown"
  | "fx-rate"
  | "block-overlap"
  | "tie-out";

export interface Issue {
  severity: Severity;
  code: IssueCode;
  /** Plain words a finance user understands; names the figures involved. */
  message: string;
  /** Sheet-qualified A1 address, e.g. `"Figures!O7"` or `"'Q4 pack'!B3"`. */
  cell?: string;
  metric?: string;
  /** Period label as written in the input. */
  period?: string;
}
