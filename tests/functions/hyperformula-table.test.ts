/**
 * QUARTERDECK.TABLE inside a real formula engine: registered as a HyperFormula function plugin over the same
 * pure function the add-in registers with Excel, on a sheet holding the seed figures. The spilled array is the
 * summary sheet's KPI table: the same header, the same rows, the same numbers.
 * HyperFormula fixes an array's size when the formula is entered, before evaluating it; the size method
 * evaluates the range argument (the figures are already on the sheet) and computes the table's shape from it.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { CellValue } from "../../src/core/grid/types";
import { analyse } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { createAnalysisCache } from "../../src/functions/analysis-cache";
import { tableOf, TABLE_HEADER, type Cell } from "../../src/functions/table";
import type { FnResult } from "../../src/functions/result";
import { seedGrid } from "../helpers/seed";
import { fromEngine } from "../helpers/hyperformula";

const cache = createAnalysisCache();

function tableFrom(range: unknown, detail: unknown): FnResult<Cell[][]> {
  const values =
    range instanceof SimpleRangeValue ? range.rawData().map((row) => row.map(fromEngine)) : [];
  return tableOf(
    { values },
    { detail: detail === undefined ? undefined : fromEngine(detail) },
    cache
  );
}

class QuarterDeckTablePlugin extends FunctionPlugin {
  static implementedFunctions = {
    "QUARTERDECK.TABLE": {
      method: "table",
      sizeOfResultArrayMethod: "tableSize",
      vectorizationForbidden: true,
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
      ],
    },
  };

  // HyperFormula's plugin API passes its own AST and state types through untouched.
  table(ast: { args: never[] }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("QUARTERDECK.TABLE"),
      (range: SimpleRangeValue, detail?: string) => {
        const r = tableFrom(range, detail);
        return r.ok
          ? SimpleRangeValue.onlyValues(r.value)
          : new CellError(r.error === "na" ? ErrorType.NA : ErrorType.VALUE, r.message);
      }
    );
  }

  /** The spill's size: the table's shape over the range's values as they are when the formula is entered. */
  tableSize(ast: { args: never[] }, state: never): ArraySize {
    const [range, detail] = ast.args.map((arg) => this.evaluateAst(arg, state));
    const r = tableFrom(range, detail);
    if (!r.ok) return ArraySize.error();
    return new ArraySize(r.value[0]?.length ?? 1, r.value.length);
  }
}

HyperFormula.registerFunctionPlugin(QuarterDeckTablePlugin, {
  enGB: { "QUARTERDECK.TABLE": "QUARTERDECK.TABLE" },
});

const seed = seedGrid();
const last = `${String.fromCharCode(64 + (seed[0]?.length ?? 0))}${seed.length}`; // the seed is narrower than 26 columns

/** The summary sheet's table over the given figures, as header + rows of cells. */
function summaryTable(values: CellValue[][], detail: "key" | "full"): Cell[][] {
  const table = analyse(
    { sheet: "Figures", topLeft: "A1", values },
    { ...DEFAULT_SETTINGS, formulas: false, summaryDetail: detail }
  ).summary.table;
  return [
    [...TABLE_HEADER, ...table.periods],
    ...table.rows.map((row) => [row.label, row.unit, ...row.values.map((v) => v ?? "")]),
  ];
}

/** The spilled values as the engine shows them: blank cells read back as "". */
function spilled(hf: HyperFormula, sheet: number): Cell[][] {
  return hf.getSheetValues(sheet).map((row) => row.map((v) => (v === null ? "" : (v as Cell))));
}

/** Same shape, same labels and text, numbers equal to HyperFormula's 10 significant digits. */
function expectSameTable(actual: Cell[][], expected: Cell[][]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((row, i) => {
    const got = actual[i] ?? [];
    expect(got.length).toBe(row.length);
    row.forEach((want, j) => {
      const cell = got[j];
      if (typeof want === "number") {
        expect(typeof cell).toBe("number");
        const tolerance = Math.max(Math.abs(want) * 1e-9, 1e-12); // HyperFormula rounds to 10 significant digits
        expect(Math.abs((cell as number) - want)).toBeLessThanOrEqual(tolerance);
      } else {
        expect(cell).toBe(want);
      }
    });
  });
}

describe("QUARTERDECK.TABLE in HyperFormula over the seed figures", () => {
  test.each(["key", "full"] as const)(
    "the spilled %s-detail table is the summary sheet's table, number for number",
    (detail) => {
      const hf = HyperFormula.buildFromSheets(
        {
          Figures: seed,
          Deck: [[`=QUARTERDECK.TABLE(Figures!A1:${last},"${detail}")`]],
        },
        { licenseKey: "gpl-v3" }
      );
      const expected = summaryTable(seedGrid(), detail);
      const numbers = expected.flat().filter((c) => typeof c === "number");
      expect(numbers.length).toBeGreaterThan(20);
      expectSameTable(spilled(hf, hf.getSheetId("Deck") ?? -1), expected);
      hf.destroy();
    }
  );

  test("a changed source cell changes the spilled numbers on recalculation, still as the summary sheet has them", () => {
    const hf = HyperFormula.buildFromSheets(
      { Figures: seed, Deck: [[`=QUARTERDECK.TABLE(Figures!A1:${last})`]] },
      { licenseKey: "gpl-v3" }
    );
    const deck = hf.getSheetId("Deck") ?? -1;
    const before = spilled(hf, deck);
    const revenueRow = seed.findIndex((r) => r[1] === "Total revenues");
    const col4Q01 = seed[0]?.indexOf("4Q01") ?? -1;
    expect(revenueRow).toBeGreaterThan(0);
    hf.setCellContents({ sheet: hf.getSheetId("Figures") ?? -1, row: revenueRow, col: col4Q01 }, [
      [13000],
    ]);
    const changed = seedGrid().map((row) => [...row]);
    (changed[revenueRow] as CellValue[])[col4Q01] = 13000;
    const after = spilled(hf, deck);
    expect(after).not.toEqual(before);
    expectSameTable(after, summaryTable(changed, "key"));
    hf.destroy();
  });
});
