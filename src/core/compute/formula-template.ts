/**
 * Formula text by template. The KPIs of one summary row are the same tree over different cells
 * (`=IF(AND(ISNUMBER(a),ISNUMBER(b)),IF(b>0,a/b-1,"n.m."),"n.m.")` with a, b moving along the row), so the
 * text is worked out once per shape and each further KPI only fills in its addresses. A summary writes a
 * million formulas: for the 1.1 million KPIs of a 1,000 × 400 book the texts took 1.3 s rendered afresh and
 * 0.85 s filled in (measured apart from building the trees, 0.3 s either way).
 *
 * A template is made by rendering the tree once with a placeholder for each source cell (`toFormula`'s own
 * rendering, so the two cannot differ in text) and cutting the text at the placeholders. A tree uses it when it
 * has the same operators, constants, factors and tests, the same pattern of repeated cells (a cell read twice
 * is tested once by ISNUMBER) and the same "value known" state; anything else is rendered afresh.
 */
import type { CellRef } from "../grid/types";
import { AddressBook } from "./address-book";
import { formulaWith, type Expr } from "./expr";

/** Marks a placeholder in a template's text; never part of a formula (names and numbers cannot hold it). */
const MARK = "\u0000";

interface Template {
  /** The tree the template was made from: a tree of the same shape uses it. */
  shape: Expr;
  /** Whether the tree's value was known (a plain figure with a value renders without guards). */
  known: boolean;
  /** For each source cell in reading order, the first cell with the same address. */
  same: number[];
  /** Text between the placeholders: `pieces.length === holes.length + 1`. */
  pieces: string[];
  /** The source cell (reading order) written at each placeholder. */
  holes: number[];
  /** The addresses of the tree it was made from, in reading order. */
  cells: string[];
  /** The text's parts, pieces at even positions, the addresses filled in at odd ones when used. */
  parts: string[];
}

/**
 * Whether `a` has the shape of `b`: the same operators, constants, factors and tests. Gathers the addresses of
 * `a`'s source cells, in the order `toFormula` reads them, into `out` from position `n`; returns how many
 * there are then, or −1 when the shapes differ or a cell of `a` has no formula (no address, a number as text).
 */
function sameShape(a: Expr, b: Expr, book: AddressBook, out: string[], n: number): number {
  switch (a.op) {
    case "cell":
      if (b.op !== "cell" || a.factor !== b.factor || !a.ref || a.ref.text) return -1;
      out[n] = book.address(a.ref);
      return n + 1;
    case "num":
      return b.op === "num" && a.value === b.value ? n : -1;
    case "abs":
      return b.op === "abs" ? sameShape(a.arg, b.arg, book, out, n) : -1;
    case "guard": {
      if (b.op !== "guard" || a.test !== b.test) return -1;
      const m = sameShape(a.on, b.on, book, out, n);
      return m < 0 ? -1 : sameShape(a.then, b.then, book, out, m);
    }
    default: {
      if (b.op !== a.op) return -1;
      const m = sameShape(a.left, b.left, book, out, n);
      return m < 0 ? -1 : sameShape(a.right, b.right, book, out, m);
    }
  }
}

/** For each address, the index of its first occurrence. */
function repeats(addresses: readonly string[]): number[] {
  return addresses.map((a) => addresses.indexOf(a));
}

/** Whether the first `n` addresses repeat as `same` says (each equal to the first of its kind). */
function repeatsAs(addresses: readonly string[], n: number, same: readonly number[]): boolean {
  if (n !== same.length) return false;
  for (let i = 0; i < n; i++) {
    const a = addresses[i];
    let first = 0;
    while (addresses[first] !== a) first++;
    if (first !== same[i]) return false;
  }
  return true;
}

/** A template of the tree's formula, or null when the tree has no formula. */
function makeTemplate(e: Expr, value: number | null, book: AddressBook): Template | null {
  // a tree has its own shape: the walk gathers its addresses, −1 when a cell has none
  const addresses: string[] = [];
  const n = sameShape(e, e, book, addresses, 0);
  if (n < 0) return null;
  const same = repeats(addresses);
  let next = 0;
  // `formulaWith` asks for the cells in the same order `sameShape` gathered them
  const text = formulaWith(e, value, () => `${MARK}${same[next++] ?? 0}${MARK}`);
  if (text === undefined || next !== n) return null;
  const parts = text.split(MARK);
  const pieces: string[] = [];
  const holes: number[] = [];
  parts.forEach((part, i) => (i % 2 === 0 ? pieces.push(part) : holes.push(Number(part))));
  const scratch = pieces.flatMap((p, i) => (i === 0 ? [p] : ["", p]));
  return { shape: e, known: value !== null, same, pieces, holes, cells: addresses, parts: scratch };
}

/** The template's text with the addresses filled in, joined in one piece (no intermediate strings). */
function fill(t: Template, addresses: readonly string[]): string {
  const holes = t.holes;
  const parts = t.parts;
  for (let h = 0; h < holes.length; h++) parts[2 * h + 1] = addresses[holes[h] as number] as string;
  return parts.join("");
}

/** How many shapes are remembered (a summary row has one or two; a table's rows interleave a few kinds). */
const KEPT = 16;

/**
 * Renders formulas like `toFormula`, reusing the text of trees of the same shape. One per KPI table (it keeps
 * the last shapes seen, most recent first).
 */
export class FormulaTemplates {
  private readonly kept: Template[] = [];
  /** Scratch: the addresses of the tree being rendered. */
  private readonly addresses: string[] = [];
  private readonly book = new AddressBook();
  private readonly addressOf = (ref: CellRef): string => this.book.address(ref);

  /** The formula of `e` (value `value`): the same text as `toFormula(e, value)`. */
  formula(e: Expr, value: number | null): string | undefined {
    const addresses = this.addresses;
    const known = value !== null;
    for (let k = 0; k < this.kept.length; k++) {
      const t = this.kept[k] as Template;
      if (t.known !== known) continue;
      const n = sameShape(e, t.shape, this.book, addresses, 0);
      if (n < 0 || !repeatsAs(addresses, n, t.same)) continue;
      if (k > 0) {
        this.kept.splice(k, 1);
        this.kept.unshift(t);
      }
      return fill(t, addresses);
    }
    const t = makeTemplate(e, value, this.book);
    if (t === null) return formulaWith(e, value, this.addressOf);
    this.kept.unshift(t);
    if (this.kept.length > KEPT) this.kept.pop();
    return fill(t, t.cells);
  }
}
