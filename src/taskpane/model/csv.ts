import type { SummaryTable, SummaryValue } from "../../core/summarise/types";

/** Text that a spreadsheet would run as a formula: starts with = + - @ (or a tab / carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets: a leading apostrophe when it could be read as a formula. */
export function escapeFormulaText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function textField(text: string): string {
  return quote(escapeFormulaText(text));
}

function cellField(value: SummaryValue | undefined): string {
  if (value === undefined || value === null) return "";
  // Numbers stay numbers (a number is never run as a formula); text is escaped.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return textField(value);
}

/** The KPI table as CSV (KPI | Metric | Measure | Unit | periods…), CRLF line ends, formula-like text escaped. */
export function summaryTableCsv(
  table: SummaryTable,
  headers: { kpi: string; metric: string; measure: string; unit: string }
): string {
  const lines = [
    [headers.kpi, headers.metric, headers.measure, headers.unit, ...table.periods]
      .map(textField)
      .join(","),
  ];
  for (const row of table.rows) {
    lines.push(
      [
        textField(row.label),
        textField(row.metric),
        textField(row.kpi),
        textField(row.unit),
        ...table.periods.map((_, i) => cellField(row.values[i])),
      ].join(",")
    );
  }
  return lines.join("\r\n") + "\r\n";
}
