/**
 * The formula "Insert formula" writes for a figure of the pane, evaluated inside a real formula engine
 * (HyperFormula, QUARTERDECK.KPI registered over the same pure function Excel runs) on a sheet holding the seed
 * figures: it gives the very number the pane shows for that figure, #N/A where the pane shows n.m.
 */
import {
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type DetailedCellError,
} from "hyperformula";
import { analyse, type Analysis } from "../../../src/core/analyse";
import type { Series } from "../../../src/core/read/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { createAnalysisCache } from "../../../src/functions/analysis-cache";
import { kpiOf } from "../../../src/functions/kpi";
import { kpiCards } from "../../../src/taskpane/model/cards";
import { formulaForFigure, lineArgument } from "../../../src/taskpane/model/kpiFormula";
import { seedGrid } from "../../helpers/seed";
import { fromEngine, toEngine } from "../../helpers/hyperformula";

const cache = createAnalysisCache();

const optional = (v: unknown): unknown => (v === EmptyValue || v === undefined ? undefined : v);

class KpiPlugin extends FunctionPlugin {
  static implementedFunctions = {
    "QUARTERDECK.KPI": {
      method: "kpi",
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
        { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
        { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
        { argumentType: FunctionArgumentType.SCALAR, optionalArg: true },
      ],
    },
  };

  // HyperFormula's plugin API passes its own AST and state types through untouched.
  kpi(ast: { args: never[] }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("QUARTERDECK.KPI"),
      (
        range: SimpleRangeValue,
        line: string,
        kpi?: string,
        period?: string,
        fyEnd?: unknown,
        unit?: unknown,
        ebitda?: unknown
      ) => {
        const r = kpiOf(
          { values: range.rawData().map((row) => row.map(fromEngine)) },
          {
            line,
            kpi,
            period,
            fyEnd: optional(fyEnd),
            unit: optional(unit),
            ebitda: optional(ebitda),
          },
          cache
        );
        return toEngine(r);
      }
    );
  }
}
HyperFormula.registerFunctionPlugin(KpiPlugin, { enGB: { "QUARTERDECK.KPI": "QUARTERDECK.KPI" } });

const SHEET = "Q4 pack"; // a sheet name the formula must quote

/** Evaluate formulas on a book whose sheet `SHEET` holds the seed figures at A1. */
function evaluate(formulas: string[]): unknown[] {
  const hf = HyperFormula.buildFromSheets(
    { [SHEET]: seedGrid(), Deck: formulas.map((f) => [f]) },
    { licenseKey: "gpl-v3" }
  );
  const deck = hf.getSheetId("Deck") ?? -1;
  const out = formulas.map((_f, row) => hf.getCellValue({ sheet: deck, row, col: 0 }));
  hf.destroy();
  return out;
}

function analysed(settings: Settings): Analysis {
  return analyse({ sheet: SHEET, topLeft: "A1", values: seedGrid() }, settings);
}

/** The engine's value for a formula equals the pane's: the number, or #N/A where the pane says n.m. */
function expectSameFigure(got: unknown, value: number | null, what: string): void {
  if (value === null || !Number.isFinite(value)) {
    expect({ what, type: (got as DetailedCellError).type }).toEqual({ what, type: ErrorType.NA });
  } else {
    expect({ what, type: typeof got }).toEqual({ what, type: "number" });
    // HyperFormula rounds results to 10 significant digits
    expect(Math.abs((got as number) - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-9 + 1e-12);
  }
}

describe("the formula of a KPI card gives the card's figure", () => {
  test.each([
    ["default settings", { ...DEFAULT_SETTINGS }],
    [
      "fiscal year end and operating EBITDA set",
      { ...DEFAULT_SETTINGS, fyEndMonth: 3, ebitda: "operating" as const },
    ],
  ])("%s", (_name, settings) => {
    const analysis = analysed(settings);
    const { period, cards } = kpiCards(analysis.dataset, analysis.kpis);
    expect(period).toBe("4Q01");
    expect(cards).toHaveLength(4);
    const figures = cards.map((c) => ({ ...c.figure, period: period ?? "" }));
    const formulas = figures.map((f) => {
      const built = formulaForFigure(analysis, settings, f);
      if (!built.ok) throw new Error(`no formula for ${f.metric} ${f.kind}: ${built.reason}`);
      return built.formula;
    });
    expect(formulas[1]).toMatch(
      /^=QUARTERDECK\.KPI\('Q4 pack'!A1:[A-Z]+\d+, "Total revenues", "yoy", "4Q01"/
    );
    const got = evaluate(formulas);
    cards.forEach((card, i) => {
      const k = analysis.kpis.find(
        (x) => x.metric === card.figure.metric && x.kpi === card.figure.kind && x.period === period
      );
      expect(k?.display).toBe(card.value); // the figure is the one the card shows
      expectSameFigure(got[i], k?.value ?? null, card.id);
    });
    // the deck's figure: revenue growth 31.6% in 4Q01
    expect(got[1]).toBeCloseTo(12100 / 9195 - 1, 9);
  });

  test("operating EBITDA as a trailing argument changes the EBITDA figure (the argument matters)", () => {
    const operating = { ...DEFAULT_SETTINGS, ebitda: "operating" as const };
    const a = analysed(operating);
    const figure = { metric: "ebitda", kind: "value" as const, period: "4Q01" };
    const built = formulaForFigure(a, operating, figure);
    expect(built.ok && built.formula.endsWith(', , , "operating")')).toBe(true);
    const base = analysed({ ...DEFAULT_SETTINGS }).kpis.find(
      (k) => k.metric === "ebitda" && k.kpi === "value" && k.period === "4Q01"
    )?.value;
    const mine = a.kpis.find(
      (k) => k.metric === "ebitda" && k.kpi === "value" && k.period === "4Q01"
    )?.value;
    expect(mine).not.toBe(base);
    if (built.ok) expectSameFigure(evaluate([built.formula])[0], mine ?? null, "ebitda");
  });
});

describe("every figure of the latest quarter, as the Check view offers them", () => {
  test("each formula evaluates to the pane's figure (n.m. → #N/A)", () => {
    const settings = { ...DEFAULT_SETTINGS };
    const analysis = analysed(settings);
    const kpis = analysis.kpis.filter(
      (k) => k.period === "4Q01" && ["value", "yoy", "qoq", "margin", "share"].includes(k.kpi)
    );
    expect(kpis.length).toBeGreaterThan(20);
    expect(kpis.some((k) => k.value === null)).toBe(true);
    const formulas = kpis.map((k) => {
      const built = formulaForFigure(analysis, settings, {
        metric: k.metric,
        kind: k.kpi,
        period: k.period,
      });
      if (!built.ok) throw new Error(`no formula for ${k.metric}: ${built.reason}`);
      return built.formula;
    });
    const got = evaluate(formulas);
    kpis.forEach((k, i) =>
      expectSameFigure(got[i], k.value, `${k.metric} ${k.kpi} ${formulas[i]}`)
    );
  });
});

describe("no formula where one range and its arguments cannot give the pane's figure", () => {
  const seed = analysed({ ...DEFAULT_SETTINGS });
  const figure = { metric: "revenue.total", kind: "yoy" as const, period: "4Q01" };
  test.each([
    [
      "figures from several sources",
      {
        ...seed,
        dataset: {
          ...seed.dataset,
          sources: [
            { sheet: SHEET, range: "A1:M31" },
            { sheet: "Segments", range: "A1:F9" },
          ],
        },
      },
      { ...DEFAULT_SETTINGS },
      figure,
      "several-sources",
    ],
    [
      "line corrections made in Set up",
      seed,
      { ...DEFAULT_SETTINGS, labelMap: { Sales: "revenue.total" } },
      figure,
      "settings",
    ],
    [
      "year naming set",
      seed,
      { ...DEFAULT_SETTINGS, naming: "end-year" as const },
      figure,
      "settings",
    ],
    [
      "figures in USD",
      seed,
      { ...DEFAULT_SETTINGS },
      { ...figure, kind: "usd" as const },
      "measure",
    ],
    [
      "a ratio defined in Set up",
      seed,
      {
        ...DEFAULT_SETTINGS,
        ratioKpis: [
          {
            id: "arpu",
            label: "ARPU",
            numerator: "revenue.total",
            denominator: "subscribers",
            averaging: "closing" as const,
          },
        ],
      },
      { ...figure, metric: "arpu", kind: "value" as const },
      "settings",
    ],
    [
      "a source that is not an address",
      { ...seed, dataset: { ...seed.dataset, source: { sheet: SHEET, range: "Figures_all" } } },
      { ...DEFAULT_SETTINGS },
      figure,
      "no-address",
    ],
  ])("%s", (_name, analysis, settings, fig, reason) => {
    expect(formulaForFigure(analysis as Analysis, settings as Settings, fig)).toEqual({
      ok: false,
      reason,
    });
  });
});

describe("lineArgument", () => {
  const base = analysed({ ...DEFAULT_SETTINGS });
  const withSeries = (labels: [string, string][]) => ({
    ...base,
    dataset: {
      ...base.dataset,
      series: labels.map(([metric, label]) => ({
        ...(base.dataset.series[0] as Series),
        metric,
        label,
      })),
    },
  });
  test.each([
    [
      "the label as written",
      [["revenue.total", "Total revenues"]],
      "revenue.total",
      "Total revenues",
    ],
    [
      "the id when two lines share the label",
      [
        ["revenue.other", "Others"],
        ["cost.other", "Others"],
      ],
      "cost.other",
      "cost.other",
    ],
    [
      "the id when the label is another line's id",
      [
        ["revenue.total", "Total revenues"],
        ["x", "revenue.total"],
      ],
      "x",
      "x",
    ],
    ["a derived line by its id", [["revenue.total", "Total revenues"]], "ebitda", "ebitda"],
    [
      "the id when the label is a derived line's id",
      [
        ["revenue.total", "Total revenues"],
        ["x", "EBITDA"],
      ],
      "x",
      "x",
    ],
  ] as const)("%s", (_name, labels, metric, expected) => {
    expect(lineArgument(withSeries(labels.map((l) => [...l])), metric)).toBe(expected);
  });
});
