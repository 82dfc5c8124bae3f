/**
 * Period columns marked with a bare `P` (`FY2025P`, `2025P`, `Q4 FY25P`): preliminary (actual, not yet audited) in
 * some books, projected (a forecast) in others. The range decides: a note saying what `P` stands for ("P =
 * projected", "P: preliminary", "(P) provisional", "P：見込"), else the order of the columns the header marks as
 * forecasts (`FY2024 | FY2025P | FY2026E`: preliminary; `FY2025E | FY2026P`: projected). Without such evidence the
 * column is not read as actuals: its figures are left out and a warning says how to make the label unambiguous.
 */
import type { CellValue, Grid } from "../grid/types";
import { figureStatus, hasPMark, type FigureStatus } from "../periods/annotations";
import { normaliseLabel } from "../periods/normalise";
import type { Period } from "../periods/types";
import { addressAt, report, type ReadContext } from "./context";

type Parse = (cell: CellValue | undefined) => Period | null;

/** What a `P` column is read as: actuals, a forecast, a plan, or nothing (unclear). */
export type PReading = FigureStatus | "unclear";

/** A `P` before or after what it stands for, on a normalised (upper-case) cell. */
const P_BEFORE = /(?:^|[^A-Z0-9])\(?P\)? ?(?:[:=：]|STANDS FOR|MEANS|-) ?\(?([^)]{2,})/;
const P_BRACKET = /(?:^|[^A-Z0-9])\(P\) ?([^()]{2,})/;
const P_AFTER = /([A-Z]{4,}|[^\u0020-\u007E]{2,}) ?(?:\(P\)|[:=] ?P)(?:$|[^A-Z])/;

const MEANS_ACTUAL = /^(?:PRELIMINARY|PROVISIONAL|UNAUDITED|FLASH|速報|暫定|実績)/;
const MEANS_FORECAST =
  /^(?:PROJECT(?:ED|IONS?)|FORECASTS?|ESTIMATED?|ESTIMATES|PROSPECTIVE|見込|見通し|予想|予測)/;
const MEANS_PLAN = /^(?:PLANNED|PLAN|BUDGET(?:ED)?|TARGET|計画|予算|目標)/;

function meaning(word: string): FigureStatus | null {
  const w = word.trim();
  if (MEANS_ACTUAL.test(w)) return "actual";
  if (MEANS_FORECAST.test(w)) return "forecast";
  if (MEANS_PLAN.test(w)) return "plan";
  return null;
}

/** What a note cell says `P` stands for, or null when it says nothing about `P`. */
export function pNoteMeaning(cell: CellValue | undefined): FigureStatus | null {
  if (typeof cell !== "string" || !/P/i.test(cell)) return null;
  const text = normaliseLabel(cell);
  const before = P_BEFORE.exec(text) ?? P_BRACKET.exec(text);
  const said = before ? meaning(before[1] ?? "") : null;
  if (said) return said;
  const after = P_AFTER.exec(text);
  return after ? meaning(after[1] ?? "") : null;
}

/** A note in the grid saying what `P` stands for: its cell and meaning; "conflict" when two notes disagree. */
function findNote(
  grid: Grid
): { r: number; c: number; text: string; status: FigureStatus } | "conflict" | null {
  let found: { r: number; c: number; text: string; status: FigureStatus } | null = null;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const status = pNoteMeaning(row[c]);
      if (!status) continue;
      if (found && found.status !== status) return "conflict";
      found ??= { r, c, text: String(row[c]).trim(), status };
    }
  }
  return found;
}

export const pMarkMessages = {
  unclear: (cell: string, label: string, year: string): string =>
    `${cell} “${label}”: “P” may mean preliminary (actuals not yet audited) or projected (a forecast), and ` +
    `nothing in the range says which: its figures are left out and no KPI uses them. Rename it ${year} if ` +
    `the figures are actuals or ${year}E if they are a projection, or add a note such as “P = preliminary”.`,
  decided: (cell: string, label: string, as: FigureStatus, why: string): string =>
    `${cell} “${label}” is read as ${as === "actual" ? "preliminary actuals" : as === "plan" ? "a plan" : "a projection (a forecast)"}: ${why}.`,
};

/** The label with its `P` mark replaced by nothing (`FY2025P` → `FY2025`), for the message's advice. */
export function withoutMark(label: string): string {
  return label.trim().replace(/ ?(?:\(P\)|P)$/i, "");
}

/** Where notes on `P` are looked for: the whole range a block is part of (its cells named from `ctx`). */
export interface NoteScope {
  ctx: ReadContext;
  grid: Grid;
}

/**
 * How each `P` column of a header is read (column → reading), with one issue each: an info saying why when the
 * range decides, a warning naming the cell and the way to make it unambiguous when it does not. Notes are looked
 * for in `scope` (the whole range), else in the block's own grid.
 */
export function readPColumns(
  ctx: ReadContext,
  grid: Grid,
  headerRow: number,
  candidates: readonly number[],
  parse: Parse,
  scope: NoteScope = { ctx, grid }
): Map<number, PReading> {
  const out = new Map<number, PReading>();
  const header = grid[headerRow] ?? [];
  const pCols = candidates.filter((c) => hasPMark(header[c]) && parse(header[c]) !== null);
  if (pCols.length === 0) return out;
  const note = findNote(scope.grid);
  // the header's own forecast and plan columns (`FY2026E`, 通期予想, "Budget")
  // only forecasts tell what P is: a plan or budget for a later year fits a P that means plan as well
  const outlooks = candidates.filter(
    (c) => !hasPMark(header[c]) && figureStatus(header[c]) === "forecast"
  );
  for (const c of pCols) {
    const p = parse(header[c]) as Period;
    const label = String(header[c]).trim();
    const cell = addressAt(ctx, headerRow, c);
    let reading: PReading = "unclear";
    let why = "";
    if (note && note !== "conflict") {
      reading = note.status;
      why = `the note at ${addressAt(scope.ctx, note.r, note.c)} says “${note.text}”`;
    } else if (note === null && outlooks.length > 0) {
      const periods = outlooks.map((o) => ({ o, q: parse(header[o]) as Period }));
      const later = periods.filter(({ q }) => q.start > p.end);
      const earlier = periods.filter(({ q }) => q.end < p.start);
      if (later.length === periods.length) {
        const first = later[0]?.o as number;
        reading = "actual";
        why = `${addressAt(ctx, headerRow, first)} “${String(header[first]).trim()}”, a later period, is marked as the forecast`;
      } else if (earlier.length === periods.length) {
        const first = earlier[0]?.o as number;
        reading = "forecast";
        why = `it comes after ${addressAt(ctx, headerRow, first)} “${String(header[first]).trim()}”, already a forecast`;
      }
    }
    out.set(c, reading);
    if (reading === "unclear")
      report(ctx, "warning", "forecast-column", () => ({
        message: pMarkMessages.unclear(cell, label, withoutMark(label)),
        cell,
        period: label,
      }));
    else
      report(ctx, "info", "forecast-column", () => ({
        message: pMarkMessages.decided(cell, label, reading as FigureStatus, why),
        cell,
        period: label,
      }));
  }
  return out;
}
