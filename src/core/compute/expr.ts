/**
 * Figures as small expression trees: the same tree is evaluated (the KPI's value) and rendered as an
 * Excel formula over the source cells (the KPI's live formula), so the two cannot disagree.
 */
import type { CellRef } from "../grid/types";
import { cellAddress } from "../grid";

export type Test = "pos" | "nonneg";

export type Expr =
  /** A source cell: `value` is the parsed number (×factor already applied), null when blank or not a number. */
  | { op: "cell"; value: number | null; ref: CellRef | null; factor: number }
  | { op: "num"; value: number }
  | { op: "add" | "sub" | "mul" | "div" | "pow"; left: Expr; right: Expr }
  | { op: "abs"; arg: Expr }
  /** `then` when `on` passes the test (> 0, ≥ 0), else not meaningful. */
  | { op: "guard"; test: Test; on: Expr; then: Expr };

export const cell = (value: number | null, ref: CellRef | null, factor = 1): Expr => ({
  op: "cell",
  value,
  ref,
  factor,
});
export const num = (value: number): Expr => ({ op: "num", value });
export const add = (left: Expr, right: Expr): Expr => ({ op: "add", left, right });
export const sub = (left: Expr, right: Expr): Expr => ({ op: "sub", left, right });
export const mul = (left: Expr, right: Expr): Expr => ({ op: "mul", left, right });
export const div = (left: Expr, right: Expr): Expr => ({ op: "div", left, right });
export const pow = (left: Expr, right: Expr): Expr => ({ op: "pow", left, right });
export const abs = (arg: Expr): Expr => ({ op: "abs", arg });
export const guard = (test: Test, on: Expr, then: Expr): Expr => ({ op: "guard", test, on, then });

/** Left-to-right sum of the terms (as Excel adds `a+b+c`). */
export function sum(terms: Expr[]): Expr | null {
  const [first, ...rest] = terms;
  if (!first) return null;
  return rest.reduce<Expr>((acc, t) => add(acc, t), first);
}

/** `num / den`, not meaningful unless den > 0. */
export const safeDiv = (numer: Expr, den: Expr): Expr => guard("pos", den, div(numer, den));

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** The value of a tree: null when a cell is missing, a guard fails, or the result is not finite. */
export function evaluate(e: Expr): number | null {
  switch (e.op) {
    case "cell":
      return e.value === null ? null : finite(e.value);
    case "num":
      return finite(e.value);
    case "abs": {
      const a = evaluate(e.arg);
      return a === null ? null : Math.abs(a);
    }
    case "guard": {
      const on = evaluate(e.on);
      if (on === null) return null;
      if (e.test === "pos" ? !(on > 0) : !(on >= 0)) return null;
      return evaluate(e.then);
    }
    default: {
      const l = evaluate(e.left);
      const r = evaluate(e.right);
      if (l === null || r === null) return null;
      switch (e.op) {
        case "add":
          return finite(l + r);
        case "sub":
          return finite(l - r);
        case "mul":
          return finite(l * r);
        case "div":
          return r === 0 ? null : finite(l / r);
        case "pow":
          return finite(Math.pow(l, r));
      }
    }
  }
}

/** Every source cell a tree reads. */
export function cellsOf(e: Expr): Extract<Expr, { op: "cell" }>[] {
  switch (e.op) {
    case "cell":
      return [e];
    case "num":
      return [];
    case "abs":
      return cellsOf(e.arg);
    case "guard":
      return [...cellsOf(e.then), ...cellsOf(e.on)];
    default:
      return [...cellsOf(e.left), ...cellsOf(e.right)];
  }
}

const addressCache = new WeakMap<CellRef, string>();

/** `Figures!O7`, cached per cell reference (the same references recur in many formulas). */
export function addressOf(ref: CellRef): string {
  let a = addressCache.get(ref);
  if (a === undefined) {
    a = cellAddress(ref);
    addressCache.set(ref, a);
  }
  return a;
}

/** What one rendering pass gathers besides the text: guards, source addresses, the last node's precedence. */
interface Render {
  guards: string[];
  /**
   * Source addresses in the order the guard lists them (a guard's result before its test), repeats kept;
   * each address looked up once per cell, while rendering.
   */
  addresses: string[];
  /** False when a cell has no address or reads a number typed as text. */
  ok: boolean;
  /** Precedence of the text last returned. 1: + −, 2: * /, 3: ^, 4: atom. */
  prec: number;
  /** The text a source cell is written as (its address). */
  address: (ref: CellRef) => string;
}

function numberText(x: number): string {
  const t = String(x).toUpperCase();
  return x < 0 ? `(${t})` : t;
}

/** A rendered text, parenthesised when its precedence is below `min`. */
const wrap = (text: string, prec: number, min: number): string => (prec < min ? `(${text})` : text);

function renderBody(e: Expr, r: Render): string {
  switch (e.op) {
    case "cell": {
      // no address, or a number typed as text that a formula would not read as a number
      if (!e.ref || e.ref.text) r.ok = false;
      const a = e.ref ? r.address(e.ref) : "#REF!";
      if (e.ref) r.addresses.push(a);
      if (e.factor === 1) {
        r.prec = 4;
        return a;
      }
      r.prec = 2;
      return `${a}*${numberText(e.factor)}`;
    }
    case "num":
      r.prec = 4;
      return numberText(e.value);
    case "abs": {
      const text = `ABS(${renderBody(e.arg, r)})`;
      r.prec = 4;
      return text;
    }
    case "guard": {
      const mark = r.addresses.length;
      const on = renderBody(e.on, r);
      const onText = wrap(on, r.prec, 2);
      r.guards.push(`${onText}${e.test === "pos" ? ">0" : ">=0"}`);
      // The guard's result comes first among the sources, then what it tests.
      const onAddresses = r.addresses.splice(mark);
      const text = renderBody(e.then, r);
      for (const a of onAddresses) r.addresses.push(a);
      return text;
    }
    default: {
      const l = renderBody(e.left, r);
      const lp = r.prec;
      const rt = renderBody(e.right, r);
      const rp = r.prec;
      switch (e.op) {
        case "add":
          r.prec = 1;
          return `${wrap(l, lp, 1)}+${wrap(rt, rp, 2)}`;
        case "sub":
          r.prec = 1;
          return `${wrap(l, lp, 1)}-${wrap(rt, rp, 2)}`;
        case "mul":
          r.prec = 2;
          return `${wrap(l, lp, 2)}*${wrap(rt, rp, 3)}`;
        case "div":
          r.prec = 2;
          return `${wrap(l, lp, 2)}/${wrap(rt, rp, 3)}`;
        case "pow":
          r.prec = 3;
          return `${wrap(l, lp, 4)}^${wrap(rt, rp, 4)}`;
      }
    }
  }
}

/** `ISNUMBER(a)`, or `AND(ISNUMBER(a),ISNUMBER(b),…)` over the addresses, each once, in order of first use. */
function isNumberTest(addresses: readonly string[]): string {
  let text = "";
  let count = 0;
  for (let i = 0; i < addresses.length; i++) {
    const a = addresses[i] as string;
    if (addresses.indexOf(a) < i) continue;
    text += count === 0 ? `ISNUMBER(${a})` : `,ISNUMBER(${a})`;
    count += 1;
  }
  return count === 1 ? text : `AND(${text})`;
}

/**
 * The Excel formula of a tree, guarded to show "n.m." where the value is not meaningful:
 * `=IF(AND(ISNUMBER(Figures!M7),ISNUMBER(Figures!H7)),IF(Figures!H7>0,Figures!M7/Figures!H7-1,"n.m."),"n.m.")`.
 * A plain figure whose value exists renders without guards (`=Figures!M7`).
 * Undefined when a figure has no source cell (rolled up from many rows) or reads a number typed as text.
 * `value` is the tree's value when known.
 */
export function toFormula(e: Expr, value: number | null = evaluate(e)): string | undefined {
  return formulaWith(e, value, addressOf);
}

/**
 * `toFormula` with each source cell written as `address(ref)` says (formula-template.ts writes placeholders to
 * make a template of the text). Two cells are the same source when their texts are equal.
 */
export function formulaWith(
  e: Expr,
  value: number | null,
  address: (ref: CellRef) => string
): string | undefined {
  const r: Render = { guards: [], addresses: [], ok: true, prec: 4, address };
  const body = renderBody(e, r);
  if (!r.ok || r.addresses.length === 0) return undefined;
  const guards = r.guards;
  if (guards.length === 0 && value !== null) return flat(`=${body}`);
  // Nested IFs, not AND: Excel's AND evaluates every argument, and a later test may need an earlier one.
  let inner = body;
  for (let i = guards.length - 1; i >= 0; i--) inner = `IF(${guards[i]},${inner},"n.m.")`;
  return flat(`=IF(${isNumberTest(r.addresses)},${inner},"n.m.")`);
}

/**
 * The text in one piece. A string built by concatenation is kept as a tree of its parts until first read
 * character by character; reading it once here lets the parts die at once instead of living as long as the
 * formula (a summary keeps a million formulas: measured, the trees cost more memory and collection than the text).
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
