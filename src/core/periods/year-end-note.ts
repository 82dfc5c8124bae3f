import { normaliseLabel } from "./normalise";

const MONTHS: Record<string, number> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
};

const MONTH = "(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\\.?";
const FORMS: RegExp[] = [
  // "Fiscal year ends March 31", "FY ending March", "financial year ended 31 March", "year end: March"
  new RegExp(
    `(?:FISCAL|FINANCIAL|FY)(?: YEAR)? ?(?:END|ENDS|ENDED|ENDING):? (?:IN |ON )?(?:\\d{1,2} )?${MONTH}`
  ),
  new RegExp(`YEAR[- ]END(?:S|ED|ING)?:? (?:IN |ON )?(?:\\d{1,2} )?${MONTH}`),
  // "March year end", "March year-end"
  new RegExp(`${MONTH} (?:FISCAL |FINANCIAL )?YEAR[- ]END`),
];
/** 決算期：2月, 決算期 2月末, 2月決算 */
const JAPANESE = [/決算期 ?[:：]? ?(\d{1,2}) ?月/, /(\d{1,2}) ?月(?:末)?決算/];

/**
 * The fiscal year-end month a note says ("Fiscal year ends March 31", "FY ending March", "March year end",
 * "決算期：2月", "2月決算"), or null. Period labels are not notes: `FY3/02` is read by `inferCalendar`.
 */
export function yearEndInNote(cell: unknown): number | null {
  if (typeof cell !== "string" || cell.length > 200) return null;
  const text = normaliseLabel(cell);
  for (const re of FORMS) {
    const m = re.exec(text);
    if (m) return MONTHS[(m[1] ?? "").slice(0, 3)] ?? null;
  }
  for (const re of JAPANESE) {
    const m = re.exec(text);
    const month = m ? Number(m[1]) : 0;
    if (month >= 1 && month <= 12) return month;
  }
  return null;
}
