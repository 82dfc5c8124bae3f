/**
 * The functions as Excel calls them (src/functions/functions.ts): omitted optional arguments arrive as null, CHECK
 * gets the range's address in the invocation, and a result that is not a number is thrown as CustomFunctions.Error.
 */
import { seedGrid } from "../helpers/seed";
import { SMALL } from "./grid";

class FakeCfError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
Object.assign(globalThis, {
  CustomFunctions: {
    Error: FakeCfError,
    ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!" },
    associate: () => undefined,
  },
});

type Functions = typeof import("../../src/functions/functions");
// Loaded after the runtime's global is in place.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = require("../../src/functions/functions") as Functions;

function thrown(call: () => unknown): FakeCfError | undefined {
  try {
    call();
  } catch (e) {
    return e as FakeCfError;
  }
  return undefined;
}

describe("the functions Excel registers", () => {
  test("KPI with omitted arguments passed as null", () => {
    expect(fns.kpi(SMALL, "Total revenues", null as never, null, null as never, null)).toBe(1320);
    expect(fns.kpi(SMALL, "Total revenues", "yoy", "1Q25", undefined, undefined)).toBeCloseTo(
      0.1,
      12
    );
  });

  test("n.m. is #N/A and a bad argument #VALUE!, with the reason", () => {
    expect(thrown(() => fns.kpi(SMALL, "Total revenues", "yoy", "1Q24"))).toEqual(
      new FakeCfError("#N/A", "Total revenues yoy in 1Q24 is n.m.: no comparable period.")
    );
    expect(thrown(() => fns.kpi(SMALL, "Total revenues", "growth"))?.code).toBe("#VALUE!");
    expect(thrown(() => fns.growth(5, 0))?.code).toBe("#N/A");
  });

  test("CHECK names the cells where Excel says the range is", () => {
    const rows = fns.check(seedGrid(), undefined, null, undefined, {
      parameterAddresses: ["Data!B2:N32"],
    } as CustomFunctions.Invocation);
    expect(rows.find((r) => /399,000/.test(r[2] ?? ""))?.[0]).toBe("Data!N8");
  });

  test("TABLE and HIGHLIGHTS spill rectangular arrays", () => {
    const table = fns.table(SMALL, null, null as never, null);
    expect(new Set(table.map((r) => r.length)).size).toBe(1);
    expect(fns.highlights(seedGrid()).every((r) => r.length === 1)).toBe(true);
  });
});
