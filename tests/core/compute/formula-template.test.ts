import fc from "fast-check";
import {
  abs,
  add,
  cell,
  div,
  guard,
  mul,
  num,
  pow,
  safeDiv,
  sub,
  toFormula,
  type Expr,
} from "../../../src/core/compute/expr";
import { FormulaTemplates } from "../../../src/core/compute/formula-template";
import type { CellRef } from "../../../src/core/grid/types";

const ref = (row: number, col: number, sheet = "Figures"): CellRef => ({ sheet, row, col });

/** A year-on-year growth over two cells, as the engine builds it. */
const yoy = (cur: CellRef, base: CellRef, value: number | null = 110): Expr =>
  sub(safeDiv(cell(value, cur), cell(100, base)), num(1));

describe("formula templates: the same text as rendering the tree afresh", () => {
  const cases: [string, Expr[]][] = [
    ["one row of growth rates", [yoy(ref(1, 5), ref(1, 1)), yoy(ref(1, 6), ref(1, 2))]],
    [
      "a cell read twice is tested once, and a tree whose two cells are one is not filled from one whose are two",
      [yoy(ref(2, 3), ref(2, 4)), yoy(ref(2, 5), ref(2, 5)), yoy(ref(2, 6), ref(2, 7))],
    ],
    [
      "a blank figure (value unknown) is guarded, a known one is not",
      [cell(5, ref(0, 0)), cell(null, ref(0, 1)), cell(7, ref(0, 2))],
    ],
    [
      "sheets that need quoting, other factors and constants",
      [
        mul(cell(1.5, ref(4, 2, "Q4 pack"), 0.001), num(2)),
        mul(cell(1.5, ref(4, 3, "Q4 pack"), 0.001), num(3)),
        mul(cell(1.5, ref(4, 3, "Figures"), 1e-6), num(3)),
      ],
    ],
    [
      "no formula: a cell without address or read from text",
      [
        add(cell(1, ref(0, 0)), cell(2, null)),
        add(cell(1, ref(0, 0)), cell(2, { ...ref(0, 1), text: true })),
        add(cell(1, ref(0, 0)), cell(2, ref(0, 1))),
      ],
    ],
  ];
  it.each(cases)("%s", (_, trees) => {
    const templates = new FormulaTemplates();
    for (const e of trees) {
      const value = e.op === "cell" ? e.value : 1;
      expect(templates.formula(e, value)).toBe(toFormula(e, value));
    }
  });

  const refArb = fc.record({
    sheet: fc.constantFrom("Figures", "Q4 pack", "Segments"),
    row: fc.integer({ min: 0, max: 1 }),
    col: fc.integer({ min: 0, max: 2 }),
  });
  const leaf = fc.oneof(
    fc
      .tuple(
        fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 })),
        fc.oneof({ weight: 8, arbitrary: refArb }, { weight: 1, arbitrary: fc.constant(null) }),
        fc.constantFrom(1, 0.001, 1000)
      )
      .map(([v, r, f]) => cell(v, r, f)),
    fc.integer({ min: -3, max: 3 }).map((n) => num(n))
  );
  const tree = fc.letrec<{ e: Expr }>((t) => ({
    e: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.tuple(t("e"), t("e")).map(([l, r]) => add(l, r)),
      fc.tuple(t("e"), t("e")).map(([l, r]) => sub(l, r)),
      fc.tuple(t("e"), t("e")).map(([l, r]) => mul(l, r)),
      fc.tuple(t("e"), t("e")).map(([l, r]) => div(l, r)),
      fc.tuple(t("e"), t("e")).map(([l, r]) => pow(l, r)),
      t("e").map((a) => abs(a)),
      fc
        .tuple(fc.constantFrom("pos" as const, "nonneg" as const), t("e"), t("e"))
        .map(([test, on, then]) => guard(test, on, then))
    ),
  })).e;
  /** The same tree with its cells moved to other addresses (the next KPI of the row). */
  const moved = (e: Expr, shift: (r: CellRef) => CellRef): Expr => {
    switch (e.op) {
      case "cell":
        return cell(e.value, e.ref ? shift(e.ref) : null, e.factor);
      case "num":
        return e;
      case "abs":
        return abs(moved(e.arg, shift));
      case "guard":
        return guard(e.test, moved(e.on, shift), moved(e.then, shift));
      default:
        return { op: e.op, left: moved(e.left, shift), right: moved(e.right, shift) };
    }
  };

  it("for any sequence of trees and of the same trees over other cells, known or not", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            tree,
            fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
              maxLength: 3,
            }),
            fc.oneof(fc.constant(null), fc.double({ noNaN: true }))
          ),
          { maxLength: 8 }
        ),
        (rows) => {
          const templates = new FormulaTemplates();
          for (const [e, shifts, value] of rows) {
            // a template is made for every shape, so this shape's later trees are filled in
            expect(templates.formula(e, value)).toBe(toFormula(e, value));
            for (const [dr, dc] of shifts) {
              // some shifts fold two cells onto one (row 3 + 1 → 0): repeats change
              const next = moved(e, (r) => ({
                ...r,
                row: (r.row + dr) % 4,
                col: (r.col + dc) % 4,
              }));
              expect(templates.formula(next, value)).toBe(toFormula(next, value));
            }
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
