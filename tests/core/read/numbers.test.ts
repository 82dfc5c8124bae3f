import fc from "fast-check";
import {
  CELL_BLANK,
  CELL_EXCEL_ERROR,
  CELL_NOT_A_NUMBER,
  CELL_NUMBER,
  parseNumberText,
  readNumberCell,
  type NumberSlot,
} from "../../../src/core/read/numbers";
import type { CellValue } from "../../../src/core/grid/types";

const slot: NumberSlot = { value: 0 };

describe("numbers stored as text", () => {
  test.each<[string, number]>([
    ["1,234", 1234],
    ["(394)", -394],
    ["△394", -394],
    ["▲394", -394],
    ["▲1,200", -1200],
    ["12.1%", 0.121],
    ["−394", -394],
    ["-394", -394],
    ["+5", 5],
    ["1 234", 1234],
    ["1\u00a0234", 1234],
    ["JPY 1,234", 1234],
    ["¥1,234", 1234],
    ["$(1,234.5)", -1234.5],
    ["1,234円", 1234],
    ["  42  ", 42],
    ["１，２３４", 1234],
    ["0.5", 0.5],
    [".5", 0.5],
    ["1.2E+03", 1200],
    ["(12.5%)", -0.125],
  ])("%s → %d", (text, expected) => {
    expect(readNumberCell(text, slot)).toBe(CELL_NUMBER);
    expect(slot.value).toBeCloseTo(expected, 12);
  });

  test.each(["—", "-", "–", "n/a", "N/A", "", "   ", "n.m."])("%j is a blank", (text) => {
    expect(readNumberCell(text, slot)).toBe(CELL_BLANK);
  });

  test.each([
    "#N/A",
    "#DIV/0!",
    "#REF!",
    "#VALUE!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
  ])("%s is an Excel error", (text) => {
    expect(readNumberCell(text, slot)).toBe(CELL_EXCEL_ERROR);
  });

  test.each<[CellValue]>([
    ["1,2O0"],
    ["abc"],
    ["12..3"],
    ["(394"],
    ["1-2"],
    [true],
    [false],
    [Number.NaN],
    [Infinity],
  ])("%j is not a number", (cell) => {
    expect(readNumberCell(cell, slot)).toBe(CELL_NOT_A_NUMBER);
  });

  test("numbers pass through, including zero and negatives", () => {
    for (const n of [0, -0.5, 7240, 1e-9]) {
      expect(readNumberCell(n, slot)).toBe(CELL_NUMBER);
      expect(slot.value).toBe(n);
    }
  });

  test("property: a formatted integer reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const grouped = Math.abs(n).toLocaleString("en-US");
        expect(parseNumberText(n < 0 ? `(${grouped})` : grouped)).toBe(n === 0 ? 0 : n);
        expect(parseNumberText(n < 0 ? `△${grouped}` : grouped)).toBe(n === 0 ? 0 : n);
      })
    );
  });

  test("property: any string gives a finite number or a status, never throws", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const status = readNumberCell(s, slot);
        if (status === CELL_NUMBER) expect(Number.isFinite(slot.value)).toBe(true);
      })
    );
  });
});
