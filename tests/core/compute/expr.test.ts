import {
  add,
  cell,
  div,
  evaluate,
  guard,
  mul,
  num,
  pow,
  safeDiv,
  sub,
  toFormula,
} from "../../../src/core/compute/expr";
import fc from "fast-check";
import { display, amountFormat, formatFixed, FORMAT_PP } from "../../../src/core/compute/format";

const A = cell(10, { sheet: "Figures", row: 0, col: 0 });
const B = cell(4, { sheet: "Figures", row: 1, col: 0 });
const C = cell(2, { sheet: "Figures", row: 2, col: 0 });
const BLANK = cell(null, { sheet: "Figures", row: 3, col: 0 });
const QUOTED = cell(5, { sheet: "Q4 pack", row: 2, col: 1 });
const THOUSANDS = cell(1.5, { sheet: "Figures", row: 4, col: 2 }, 0.001);

describe("expression trees: value and formula from the same tree", () => {
  const cases: [string, ReturnType<typeof add>, number | null, string | undefined][] = [
    ["a cell", A, 10, "=Figures!A1"],
    ["a blank cell is n.m.", BLANK, null, '=IF(ISNUMBER(Figures!A4),Figures!A4,"n.m.")'],
    ["sheet names with spaces are quoted", QUOTED, 5, "='Q4 pack'!B3"],
    ["a rescaled row multiplies by its factor", THOUSANDS, 1.5, "=Figures!C5*0.001"],
    [
      "left-associative subtraction keeps its shape",
      sub(A, sub(B, C)),
      8,
      "=Figures!A1-(Figures!A2-Figures!A3)",
    ],
    ["sums added left to right", add(add(A, B), C), 16, "=Figures!A1+Figures!A2+Figures!A3"],
    [
      "products and quotients",
      div(mul(A, B), add(B, C)),
      40 / 6,
      "=Figures!A1*Figures!A2/(Figures!A2+Figures!A3)",
    ],
    [
      "powers",
      sub(pow(div(A, B), div(num(1), num(2))), num(1)),
      Math.pow(2.5, 0.5) - 1,
      "=(Figures!A1/Figures!A2)^(1/2)-1",
    ],
    ["negative constants in parentheses", add(A, num(-3)), 7, "=Figures!A1+(-3)"],
    [
      "guarded division: n.m. on a non-positive denominator",
      sub(safeDiv(A, sub(C, C)), num(1)),
      null,
      '=IF(AND(ISNUMBER(Figures!A1),ISNUMBER(Figures!A3)),IF((Figures!A3-Figures!A3)>0,Figures!A1/(Figures!A3-Figures!A3)-1,"n.m."),"n.m.")',
    ],
    [
      "guard ≥ 0 passes on zero",
      guard("nonneg", sub(C, C), A),
      10,
      '=IF(AND(ISNUMBER(Figures!A1),ISNUMBER(Figures!A3)),IF((Figures!A3-Figures!A3)>=0,Figures!A1,"n.m."),"n.m.")',
    ],
    ["a figure without a source cell has no formula", add(A, cell(1, null)), 11, undefined],
    ["overflow is n.m., never Infinity", mul(cell(1e308, null), num(10)), null, undefined],
  ];
  test.each(cases)("%s", (_n, e, value, formula) => {
    const v = evaluate(e);
    if (value === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(value, 12);
    expect(toFormula(e)).toBe(formula);
  });
});

describe("display text as Excel shows the number format", () => {
  test.each([
    [12100, "#,##0", "12,100"],
    [-420, "#,##0", "-420"],
    [-0.4, "#,##0", "0"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [0.31593, "0.0%", "31.6%"],
    [2.2814, "0.0%", "228.1%"],
    [-0.0004, "0.0%", "0.0%"],
    [null, "0.0%", "n.m."],
    // a share change, the value in percentage points; the section goes by the sign before rounding
    [1.7, FORMAT_PP, "+1.7 pp"],
    [-0.4, FORMAT_PP, "-0.4 pp"],
    [0, FORMAT_PP, "0.0 pp"],
    [0.04, FORMAT_PP, "+0.0 pp"],
    [-0.04, FORMAT_PP, "-0.0 pp"],
    [1234.56, FORMAT_PP, "+1234.6 pp"],
    [null, FORMAT_PP, "n.m."],
  ] as const)("%p with %s → %s", (v, f, text) => {
    expect(display(v, f)).toBe(text);
  });
  /** The grouping as first written: a pattern over the whole text (the oracle of the property below). */
  function byPattern(value: number, decimals: number): string {
    const fixed = Math.abs(value).toFixed(decimals);
    const [int = "0", frac] = fixed.split(".");
    const grouped = (d: string) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    const body = frac === undefined ? grouped(int) : `${grouped(int)}.${frac}`;
    return value < 0 && !/^[0.]+$/.test(fixed) ? `-${body}` : body;
  }
  test("any number is grouped and signed as the pattern does (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer(),
          fc.constant(-0)
        ),
        fc.constantFrom(0, 1, 2),
        (v, d) => formatFixed(v, d) === byPattern(v, d)
      ),
      { numRuns: 2000 }
    );
    for (const v of [999, 1000, -1000.5, 123456, 1e21, -1.5e22, 999999.996, -0.004])
      for (const d of [0, 1, 2]) expect(formatFixed(v, d)).toBe(byPattern(v, d));
  });
  test("amount format keeps the decimals the figures have", () => {
    expect(amountFormat([1, 2, null])).toBe("#,##0");
    expect(amountFormat([12.1, 3])).toBe("#,##0.0");
    expect(amountFormat([1.25])).toBe("#,##0.00");
  });
});
