/**
 * A metric's figures over the whole timeline as numbers, one typed array per metric: what the KPI values are
 * computed from. Inside the engine NaN stands for "not meaningful"; it never leaves it (see `shownValue`).
 * The same figures as expression trees (figures.ts) are built only for the formulas that are rendered.
 */
import type { Series } from "../read/types";
import { evaluate } from "./expr";
import type { Figure } from "./figures";
import { NOTES } from "./messages";
import type { TimelinePlan } from "./plan";

export interface FigureRow {
  /** 1 where the metric has a figure at the entry (its value may still be n.m.), 0 where it cannot exist. */
  present: Uint8Array;
  /** The figure's value; NaN where not meaningful. */
  values: Float64Array;
  /** The figure's note ("sum of quarters"), by entry; null when no figure has one. */
  notes: (string | undefined)[] | null;
}

/** A finite number, else NaN: a cell's value as an expression tree evaluates it. */
export function finiteOrNaN(x: number | null | undefined): number {
  return typeof x === "number" && Number.isFinite(x) ? x : Number.NaN;
}

function hasValue(values: (number | null)[], column: number): boolean {
  const v = column >= 0 ? values[column] : undefined;
  return v !== null && v !== undefined;
}

function setNote(row: FigureRow, entry: number, note: string): void {
  if (!row.notes) row.notes = new Array<string | undefined>(row.present.length);
  row.notes[entry] = note;
}

/**
 * An input metric's figures, as `inputFigure` builds them:
 * flow over a year/half/ytd/ttm = Σ quarters (left to right, each partial sum finite) when all are present;
 * stock = the last quarter's cell when present; otherwise (and for rates) the reported cell.
 */
export function inputRow(s: Series, plan: TimelinePlan): FigureRow {
  const n = plan.size;
  const row: FigureRow = { present: new Uint8Array(n), values: new Float64Array(n), notes: null };
  const values = s.values;
  for (let e = 0; e < n; e++) {
    const quarters = plan.quarterColumns[e];
    if (quarters && s.nature !== "rate" && quarters.length > 0) {
      if (s.nature === "flow") {
        let all = true;
        for (let k = 0; k < quarters.length; k++) {
          if (!hasValue(values, quarters[k] as number)) {
            all = false;
            break;
          }
        }
        if (all) {
          let total = finiteOrNaN(values[quarters[0] as number]);
          for (let k = 1; k < quarters.length; k++)
            total = finiteOrNaN(total + finiteOrNaN(values[quarters[k] as number]));
          row.present[e] = 1;
          row.values[e] = total;
          setNote(row, e, NOTES.sumOfQuarters);
          continue;
        }
      }
      const last = quarters[quarters.length - 1] as number;
      if (s.nature === "stock" && hasValue(values, last)) {
        row.present[e] = 1;
        row.values[e] = finiteOrNaN(values[last]);
        setNote(row, e, NOTES.lastQuarter);
        continue;
      }
    }
    const column = plan.columns[e] as number;
    if (column >= 0) {
      row.present[e] = 1;
      row.values[e] = finiteOrNaN(values[column]);
    }
  }
  return row;
}

/** A derived metric's figures: each entry's expression tree, evaluated. */
export function derivedRow(figureAt: (entry: number) => Figure | null, size: number): FigureRow {
  const row: FigureRow = {
    present: new Uint8Array(size),
    values: new Float64Array(size),
    notes: null,
  };
  for (let e = 0; e < size; e++) {
    const fig = figureAt(e);
    if (!fig) continue;
    row.present[e] = 1;
    row.values[e] = finiteOrNaN(evaluate(fig.expr));
    if (fig.note !== undefined) setNote(row, e, fig.note);
  }
  return row;
}

/** An empty row of `size` entries (no figure anywhere). */
export function emptyRow(size: number): FigureRow {
  return { present: new Uint8Array(size), values: new Float64Array(size), notes: null };
}

/**
 * The row of a figure that exists where every part has one, valued `combine(e)` there — what a tree over the
 * parts' figures gives (`sum`, `sub`…), each step finite or NaN as `evaluate` has it.
 */
export function rowWhereAll(
  parts: readonly FigureRow[],
  size: number,
  combine: (e: number) => number,
  note?: string
): FigureRow {
  const row = emptyRow(size);
  if (parts.length === 0) return row;
  for (let e = 0; e < size; e++) {
    let all = true;
    for (let k = 0; k < parts.length && all; k++) all = (parts[k] as FigureRow).present[e] === 1;
    if (!all) continue;
    row.present[e] = 1;
    row.values[e] = finiteOrNaN(combine(e));
    if (note !== undefined) setNote(row, e, note);
  }
  return row;
}

/** Σ of the parts' values at `e`, left to right, each partial sum finite or NaN (as Excel's `a+b+c` is evaluated). */
export function sumAt(parts: readonly FigureRow[], e: number): number {
  let total = (parts[0] as FigureRow).values[e] as number;
  for (let k = 1; k < parts.length; k++)
    total = finiteOrNaN(total + ((parts[k] as FigureRow).values[e] as number));
  return total;
}

/**
 * The reported figure where it has a value, else the derived one where that has a value, else whichever
 * exists — the reported first, or the derived first when `blank` is "derived": how a catalog definition
 * fills a figure that is missing or blank in a period.
 */
export function preferReported(
  given: FigureRow | null,
  derived: FigureRow,
  size: number,
  blank: "reported" | "derived" = "reported"
): FigureRow {
  if (!given) return derived;
  const row = emptyRow(size);
  for (let e = 0; e < size; e++) {
    const g = given.present[e] === 1;
    const d = derived.present[e] === 1;
    const first = blank === "reported" ? given : derived;
    const second = blank === "reported" ? derived : given;
    const from =
      g && !Number.isNaN(given.values[e])
        ? given
        : d && !Number.isNaN(derived.values[e])
          ? derived
          : first.present[e] === 1
            ? first
            : second.present[e] === 1
              ? second
              : null;
    if (!from) continue;
    row.present[e] = 1;
    row.values[e] = from.values[e] as number;
    const note = from.notes?.[e];
    if (note !== undefined) setNote(row, e, note);
  }
  return row;
}
