import { cellAddress } from "./grid";
import type { Series } from "./read/types";

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
  | "structure"
  | "structure-undecided"
  | "forecast-column"
  | "block-overlap"
  | "source-entity"
  | "source-calendar"
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

/** An issue on one series' cell (column index into Dataset.periods), with the cell's sheet-qualified address when known. */
export function issueAt(
  code: IssueCode,
  severity: Severity,
  message: string,
  s: Series,
  column: number,
  period: string
): Issue {
  const issue: Issue = { severity, code, message, metric: s.metric, period };
  const ref = s.cells[column];
  if (ref) issue.cell = cellAddress(ref);
  return issue;
}
