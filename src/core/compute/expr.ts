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
function addressOf(ref: CellRef): string {
  let a = addressCache.get(ref);
  if (a === undefined) {
    a = cellAddress(ref);
    addressCache.set(ref, a);
  }
  return a;
}

interface Rendered {
  text: string;
  /** 1: + −, 2: * /, 3: ^, 4: atom. */
  prec: number;
}

function numberText(x: number): string {
  const t = String(x).toUpperCase();
  return x < 0 ? `(${t})` : t;
}

const wrap = (r: Rendered, min: number): string => (r.prec < min ? `(${r.text})` : r.text);

function renderBody(e: Expr, guards: string[]): Rendered {
  switch (e.op) {
    case "cell": {
      const a = e.ref ? addressOf(e.ref) : "#REF!";
      return e.factor === 1
        ? { text: a, prec: 4 }
        : { text: `${a}*${numberText(e.factor)}`, prec: 2 };
    }
    case "num":
      return { text: numberText(e.value), prec: 4 };
    case "abs":
      return { text: `ABS(${renderBody(e.arg, guards).text})`, prec: 4 };
    case "guard": {
      const on = renderBody(e.on, guards);
      guards.push(`${wrap(on, 2)}${e.test === "pos" ? ">0" : ">=0"}`);
      return renderBody(e.then, guards);
    }
    default: {
      const l = renderBody(e.left, guards);
      const r = renderBody(e.right, guards);
      switch (e.op) {
        case "add":
          return { text: `${wrap(l, 1)}+${wrap(r, 2)}`, prec: 1 };
        case "sub":
          return { text: `${wrap(l, 1)}-${wrap(r, 2)}`, prec: 1 };
        case "mul":
          return { text: `${wrap(l, 2)}*${wrap(r, 3)}`, prec: 2 };
        case "div":
          return { text: `${wrap(l, 2)}/${wrap(r, 3)}`, prec: 2 };
        case "pow":
          return { text: `${wrap(l, 4)}^${wrap(r, 4)}`, prec: 3 };
      }
    }
  }
}

/** Source cells of a tree in order of first use; null when one has no address. */
function addressesOf(e: Expr, out: Set<string>): boolean {
  switch (e.op) {
    case "cell":
      // no address, or a number typed as text that a formula would not read as a number
      if (!e.ref || e.ref.text) return false;
      out.add(addressOf(e.ref));
      return true;
    case "num":
      return true;
    case "abs":
      return addressesOf(e.arg, out);
    case "guard":
      return addressesOf(e.then, out) && addressesOf(e.on, out);
    default:
      return addressesOf(e.left, out) && addressesOf(e.right, out);
  }
}

/**
 * The Excel formula of a tree, guarded to show "n.m." where the value is not meaningful:
 * `=IF(AND(ISNUMBER(Figures!M7),ISNUMBER(Figures!H7)),IF(Figures!H7>0,Figures!M7/Figures!H7-1,"n.m."),"n.m.")`.
 * A plain figure whose value exists renders without guards (`=Figures!M7`).
 * Undefined when a figure has no source cell (rolled up from many rows) or reads a number typed as text.
 * `value` is the tree's value when known.
 */
export function toFormula(e: Expr, value: number | null = evaluate(e)): string | undefined {
  const addresses = new Set<string>();
  if (!addressesOf(e, addresses) || addresses.size === 0) return undefined;
  const guards: string[] = [];
  const body = renderBody(e, guards).text;
  if (guards.length === 0 && value !== null) return flat(`=${body}`);
  const checks = [...addresses].map((a) => `ISNUMBER(${a})`);
  const isNum = checks.length === 1 ? checks[0] : `AND(${checks.join(",")})`;
  // Nested IFs, not AND: Excel's AND evaluates every argument, and a later test may need an earlier one.
  const inner = guards.reduceRight((acc, g) => `IF(${g},${acc},"n.m.")`, body);
  return flat(`=IF(${isNum},${inner},"n.m.")`);
}

/**
 * The text in one piece. A string built by concatenation is kept as a tree of its parts until first read
 * character by character; reading it once here lets the parts die at once instead of living as long as the
 * formula (a summary keeps a million formulas: measured, the trees cost more memory and collection than the text).
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
