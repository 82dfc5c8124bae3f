/**
 * The metadata Excel reads (functions.json), generated from the JSDoc of src/functions/functions.ts by Microsoft's
 * custom-functions-metadata, as the build does: every function with its parameters, optional ones marked.
 */
import { join, resolve } from "node:path";
import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { dimensionality?: string; type?: string };
  options?: Record<string, boolean>;
}

const FILE = join(resolve(__dirname, "..", ".."), "src", "functions", "functions.ts");

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS module shared with webpack.config.js
const { localiseFunctions } = require("../../scripts/localise-functions.cjs") as {
  localiseFunctions: (json: string, table: unknown) => string;
};
const JA = JSON.parse(
  readFileSync(join(resolve(__dirname, "..", ".."), "src/functions/metadata.ja-JP.json"), "utf8")
) as Record<string, { description: string; parameters: Record<string, string> }>;

let functions: Fn[] = [];
let errors: string[] = [];
let generatedJson = "";

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FILE, false);
  errors = generated.errors;
  generatedJson = generated.metadataJson;
  functions = (JSON.parse(generated.metadataJson) as { functions: Fn[] }).functions;
}, 60_000);

const byId = (id: string): Fn => {
  const fn = functions.find((f) => f.id === id);
  if (!fn) throw new Error(`no ${id} in the metadata`);
  return fn;
};
const params = (id: string): [string, boolean][] =>
  byId(id).parameters.map((p) => [p.name, p.optional === true]);

describe("functions.json generated from the JSDoc", () => {
  test("generates without errors, the five functions", () => {
    expect(errors).toEqual([]);
    expect(functions.map((f) => f.id).sort()).toEqual([
      "CHECK",
      "GROWTH",
      "HIGHLIGHTS",
      "KPI",
      "TABLE",
    ]);
  });

  test.each([
    [
      "KPI",
      [
        ["figures", false],
        ["line", false],
        ["kpi", true],
        ["period", true],
        ["fiscalYearEnd", true],
        ["unit", true],
        ["ebitda", true],
      ],
    ],
    [
      "TABLE",
      [
        ["figures", false],
        ["detail", true],
        ["fiscalYearEnd", true],
        ["unit", true],
        ["ebitda", true],
      ],
    ],
    [
      "HIGHLIGHTS",
      [
        ["figures", false],
        ["fiscalYearEnd", true],
        ["unit", true],
        ["ebitda", true],
      ],
    ],
    [
      "CHECK",
      [
        ["figures", false],
        ["fiscalYearEnd", true],
        ["unit", true],
        ["ebitda", true],
      ],
    ],
    [
      "GROWTH",
      [
        ["current", false],
        ["base", false],
      ],
    ],
  ])("%s lists its parameters in order, optional ones marked", (id, expected) => {
    expect(params(id)).toEqual(expected);
  });

  test("every function and parameter has an English description", () => {
    for (const fn of functions) {
      expect(fn.description).toMatch(/\w{3,}/);
      for (const p of fn.parameters) expect(p.description).toMatch(/\w{3,}/);
    }
  });

  test("figures is a range; TABLE, HIGHLIGHTS and CHECK spill; CHECK gets the range's address", () => {
    for (const id of ["KPI", "TABLE", "HIGHLIGHTS", "CHECK"])
      expect(byId(id).parameters[0]?.dimensionality).toBe("matrix");
    for (const id of ["TABLE", "HIGHLIGHTS", "CHECK"])
      expect(byId(id).result.dimensionality).toBe("matrix");
    expect(byId("KPI").result).toEqual({ type: "number" });
    expect(byId("CHECK").options).toEqual({ requiresParameterAddresses: true });
  });
});

describe("functions.ja-JP.json", () => {
  const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

  test("every description in Japanese; ids, names, parameters and types as generated", () => {
    const ja = (JSON.parse(localiseFunctions(generatedJson, JA)) as { functions: Fn[] }).functions;
    expect(ja.map((f) => [f.id, f.name])).toEqual(functions.map((f) => [f.id, f.name]));
    ja.forEach((fn, i) => {
      expect(fn.description).toMatch(JAPANESE);
      expect(fn.parameters.map((p) => p.name)).toEqual(functions[i]?.parameters.map((p) => p.name));
      for (const p of fn.parameters) expect(p.description).toMatch(JAPANESE);
      expect(fn.result).toEqual(functions[i]?.result);
    });
  });

  test("a function or parameter the translation lacks is an error naming it", () => {
    const { GROWTH: _growth, ...withoutGrowth } = JA;
    expect(() => localiseFunctions(generatedJson, withoutGrowth)).toThrow(
      /no translation for GROWTH$/
    );
    const kpi = JA["KPI"];
    const { unit: _unit, ...kpiParams } = kpi?.parameters ?? {};
    expect(() =>
      localiseFunctions(generatedJson, { ...JA, KPI: { ...kpi, parameters: kpiParams } })
    ).toThrow(/no translation for KPI\(unit\)/);
  });
});
