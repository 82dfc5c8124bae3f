/**
 * What a period label says besides its period: whether its figures are actuals, a forecast (guidance) or a
 * plan, and notes such as the months a Japanese quarter covers. `FY25E`, `2026年2月期 通期予想`, `FY2025 Guidance`
 * and `Outlook Q4 2025` name a period whose figures are not actuals.
 */

/** Actual figures, the company's forecast (guidance, outlook, 予想), or an internal plan or budget (計画, 予算). */
export type FigureStatus = "actual" | "forecast" | "plan";

export interface Annotated {
  /** The label without its status words and notes, for the period parser. */
  rest: string;
  status: FigureStatus;
  /**
   * True when the label ends in a bare `P` after its year (`FY2025P`, `2025P`, `Q4 FY25P`, `FY2025 (P)`): preliminary
   * actuals in some books, projected figures in others. `status` stays "actual"; the reader decides from the range.
   */
  pMark?: boolean;
}

/** Words and marks, on a normalised label (NFKC, upper case), that make a label's figures a forecast. */
const FORECAST_JA = /(業績予想|修正予想|期初予想|前回予想|今回予想|予想|見通し|予測|見込み?)/;
const PLAN_JA = /(計画|予算|目標)/;
const ACTUAL_JA = /(実績)/;
const FORECAST_EN =
  /(^|[^A-Z])(FORECASTS?|GUIDANCE|OUTLOOK|ESTIMATES?|ESTIMATED|PROJECTED|EST\.?)(?=$|[^A-Z])/;
const PLAN_EN = /(^|[^A-Z])(BUDGET|PLAN|TARGET)(?=$|[^A-Z])/;
const ACTUAL_EN = /(^|[^A-Z])(ACTUALS?|ACT\.?)(?=$|[^A-Z])/;
/** A status letter right after the year: `FY25E`, `FY2025F`, `2025E`, `FY25A`, `FY2025 (E)`, `FY2025P`. */
const LETTER = /(\d) ?(?:\(([AEFP])\)|([AEFP]))$/;
/** Months a Japanese quarter covers, in brackets or not: `(3-5月)`, `（3月～5月）`, `3-5月` after a quarter. */
const MONTHS_NOTE = / ?\(?\d{1,2} ?月? ?- ?\d{1,2} ?月\)?$/;
/** Months in English, in brackets: `(Apr-Jun)`, `(April - June)`. */
const MONTHS_NOTE_EN =
  / ?\((?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.? ?- ?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\)$/;
/** What such a note follows: a quarter, a half or a year (not `2024年4-6月`, which names the quarter by its months). */
const QUARTER_BEFORE_MONTHS =
  /(四半期|通期|累計|上期|下期|半期|[1-4]Q|Q[1-4]|[12]H|H[12]|QUARTER|HALF|\d{2})$/;

function tidy(text: string): string {
  return text
    .replace(/[([【]\s*[)\]】]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s:\-–/]+|[\s:\-–/]+$/g, "")
    .trim();
}

/** The text without every occurrence of `re` (`2026年2月期（予想） 通期予想` has two), or null when none. */
function strip(text: string, re: RegExp): string | null {
  let out = text;
  let found = false;
  for (let m = re.exec(out); m; m = re.exec(out)) {
    found = true;
    // keep the character before an English word (it is not part of the word)
    const lead = m[1] !== undefined && m[2] !== undefined ? m[1] : "";
    out = tidy(out.slice(0, m.index) + lead + " " + out.slice(m.index + m[0].length));
  }
  return found ? out : null;
}

/**
 * A normalised label (see `normaliseLabel`) split into its period text and the status of its figures.
 * `2026年2月期 通期予想` → `2026年2月期 通期`, forecast; `FY25E` → `FY25`, forecast; `2025年2月期（実績）` →
 * `2025年2月期`, actual; `第1四半期 (3-5月)` → `第1四半期`, actual. A label without status words is actual.
 */
export function annotate(text: string): Annotated {
  let rest = text;
  let status: FigureStatus = "actual";
  let pMark = false;
  const forecast = strip(rest, FORECAST_JA) ?? strip(rest, FORECAST_EN);
  if (forecast !== null) {
    rest = forecast;
    status = "forecast";
  } else {
    const plan = strip(rest, PLAN_JA) ?? strip(rest, PLAN_EN);
    if (plan !== null) {
      rest = plan;
      status = "plan";
    } else {
      rest = strip(rest, ACTUAL_JA) ?? strip(rest, ACTUAL_EN) ?? rest;
    }
  }
  const letter = LETTER.exec(rest);
  if (letter) {
    const mark = letter[2] ?? letter[3];
    rest = rest.slice(0, letter.index) + (letter[1] ?? "");
    if (mark === "E" || mark === "F") status = status === "plan" ? "plan" : "forecast";
    if (mark === "P") pMark = true;
  }
  const months = MONTHS_NOTE.exec(rest) ?? MONTHS_NOTE_EN.exec(rest);
  if (months && QUARTER_BEFORE_MONTHS.test(rest.slice(0, months.index).trim()))
    rest = rest.slice(0, months.index);
  return pMark ? { rest: tidy(rest), status, pMark } : { rest: tidy(rest), status };
}

function annotateCell(label: string): Annotated {
  return annotate(
    label
      .normalize("NFKC")
      .replace(/[\u2010-\u2015\u2212~〜]/g, "-")
      .replace(/\s+/g, " ")
      .trim()
      .toUpperCase()
  );
}

/** The status of a label's figures (see `annotate`); labels that are not strings are actuals. */
export function figureStatus(label: unknown): FigureStatus {
  if (typeof label !== "string") return "actual";
  return annotateCell(label).status;
}

/** Whether a label ends in a bare `P` after its year (`FY2025P`, `Q4 FY25P`): see `Annotated.pMark`. */
export function hasPMark(label: unknown): boolean {
  // cheap test first: the label ends in P or (P)
  return typeof label === "string" && /P\)?\s*$/i.test(label) && annotateCell(label).pMark === true;
}

const MONTH_INDEX = [
  "JAN",
  "FEB",
  "MAR",
  "APR",
  "MAY",
  "JUN",
  "JUL",
  "AUG",
  "SEP",
  "OCT",
  "NOV",
  "DEC",
];

/**
 * The year-end month a quarter's months note implies: `Q1 (Apr-Jun)` ends in June, three quarters before a March
 * year end; `第1四半期 (3-5月)` → February. Null without such a note. Works on a normalised label.
 */
export function yearEndOfMonthsNote(text: string): number | null {
  const quarter = /(?:^|[^0-9])(?:Q([1-4])|([1-4])Q|第([1-4])四半期)/.exec(text);
  if (!quarter) return null;
  const n = Number(quarter[1] ?? quarter[2] ?? quarter[3]);
  let last = 0;
  const ja = / ?\(?\d{1,2} ?月? ?- ?(\d{1,2}) ?月\)?$/.exec(text);
  if (ja) last = Number(ja[1]);
  const en = /- ?([A-Z]{3})[A-Z]*\.?\)$/.exec(text);
  if (!ja && en) last = MONTH_INDEX.indexOf(en[1] ?? "") + 1;
  if (last < 1 || last > 12) return null;
  return ((last - 1 + 3 * (4 - n)) % 12) + 1;
}
