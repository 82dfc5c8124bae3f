/**
 * QUARTERDECK.KPI inside a real formula engine: registered as a HyperFormula function plugin over the same
 * pure function the add-in registers with Excel, on a sheet holding the seed figures. The formula evaluates to
 * the deck's 31.6%, a changed source cell changes it on recalculation, and n.m. is #N/A with the reason.
 * (TABLE, whose spill size follows from the figures, is registered in hyperformula-table.test.ts.)
 */
import {
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type DetailedCellError,
} from "hyperformula";
import { createAnalysisCache } from "../../src/functions/analysis-cache";
import { kpiOf } from "../../src/functions/kpi";
import { growthOf } from "../../src/functions/growth";
import { seedGrid } from "../helpers/seed";
import { fromEngine, toEngine } from "../helpers/hyperformula";

const cache = createAnalysisCache();

class QuarterDeckPlugin extends FunctionPlugin {
  static implementedFunctions = {
    "QUARTERDECK.KPI": {
      method: "kpi",
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
      ],
    },
    "QUARTERDECK.GROWTH": {
      method: "growth",
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.SCALAR },
      ],
    },
  };

  // HyperFormula's plugin API passes its own AST and state types through untouched.
  kpi(ast: { args: never[] }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("QUARTERDECK.KPI"),
      (range: SimpleRangeValue, line: string, kpi?: string, period?: string) =>
        toEngine(
          kpiOf(
            { values: range.rawData().map((row) => row.map(fromEngine)) },
            { line, kpi, period },
            cache
          )
        )
    );
  }

  growth(ast: { args: never[] }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("QUARTERDECK.GROWTH"),
      (c: unknown, b: unknown) => toEngine(growthOf(fromEngine(c), fromEngine(b)))
    );
  }
}

HyperFormula.registerFunctionPlugin(QuarterDeckPlugin, {
  enGB: { "QUARTERDECK.KPI": "QUARTERDECK.KPI", "QUARTERDECK.GROWTH": "QUARTERDECK.GROWTH" },
});

describe("QUARTERDECK.KPI in HyperFormula over the seed figures", () => {
  const seed = seedGrid();
  const rows = seed.length;
  const cols = seed[0]?.length ?? 0;
  const last = `${String.fromCharCode(64 + cols)}${rows}`; // the seed is narrower than 26 columns
  const hf = HyperFormula.buildFromSheets(
    {
      Figures: seed,
      Deck: [
        [`=QUARTERDECK.KPI(Figures!A1:${last},"Total revenues","yoy","4Q01")`],
        [`=QUARTERDECK.KPI(Figures!A1:${last},"Total revenues","qoq","4Q01")`],
        [`=QUARTERDECK.KPI(Figures!A1:${last},"Total revenues","yoy","1Q00")`],
        [`=QUARTERDECK.GROWTH(12100,9195)`],
        [`=QUARTERDECK.GROWTH(100,-5)`],
      ],
    },
    { licenseKey: "gpl-v3" }
  );
  const deck = hf.getSheetId("Deck") ?? -1;
  const figures = hf.getSheetId("Figures") ?? -1;
  const at = (row: number) => hf.getCellValue({ sheet: deck, row, col: 0 });

  test("the 4Q01 revenue growth is 31.6% yoy and 21.9% qoq", () => {
    expect(at(0)).toBeCloseTo(12100 / 9195 - 1, 9); // HyperFormula rounds results to 10 significant digits
    expect(at(1)).toBeCloseTo(12100 / 9926 - 1, 9); // HyperFormula rounds results to 10 significant digits
    expect(at(3)).toBeCloseTo(12100 / 9195 - 1, 9); // HyperFormula rounds results to 10 significant digits
  });

  test("n.m. is #N/A with the engine's reason", () => {
    const nm = at(2) as DetailedCellError;
    expect(nm.type).toBe(ErrorType.NA);
    expect(nm.message).toMatch(/Total revenues yoy in 1Q00 is n\.m\./);
    expect((at(4) as DetailedCellError).message).toMatch(/negative \(a loss\)/);
  });

  test("changing a source cell changes the result on recalculation", () => {
    const revenueRow = seed.findIndex((r) => r[1] === "Total revenues");
    const col4Q01 = seed[0]?.indexOf("4Q01") ?? -1;
    expect(revenueRow).toBeGreaterThan(0);
    hf.setCellContents({ sheet: figures, row: revenueRow, col: col4Q01 }, [[13000]]);
    expect(at(0)).toBeCloseTo(13000 / 9195 - 1, 9); // HyperFormula rounds results to 10 significant digits
  });
});
