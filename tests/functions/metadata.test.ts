/**
 * The metadata Excel reads (functions.json), generated from the JSDoc of src/functions/functions.ts by Microsoft's
 * custom-functions-metadata, as the build does: every function with its parameters, optional ones marked.
 */
import { join, resolve } from "node:path";
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

let functions: Fn[] = [];
let errors: string[] = [];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FILE, false);
  errors = generated.errors;
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
      ],
    ],
    [
      "TABLE",
      [
        ["figures", false],
        ["detail", true],
        ["fiscalYearEnd", true],
        ["unit", true],
      ],
    ],
    [
      "HIGHLIGHTS",
      [
        ["figures", false],
        ["fiscalYearEnd", true],
        ["unit", true],
      ],
    ],
    [
      "CHECK",
      [
        ["figures", false],
        ["fiscalYearEnd", true],
        ["unit", true],
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
