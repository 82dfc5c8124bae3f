import { resolveFxRate } from "../../../src/core/read/fx-rate";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import type { CellValue, SourceRange } from "../../../src/core/grid/types";

const withCell: Settings = {
  ...DEFAULT_SETTINGS,
  fx: { from: "JPY", to: "USD", cell: "Rates!B2" },
};
const rateCell = (value: CellValue): SourceRange => ({
  sheet: "Rates",
  topLeft: "B2",
  values: [[value]],
});

describe("resolveFxRate", () => {
  test.each([
    ["a number", 131.04, 131.04, false],
    ["a number typed as text", "131.04", 131.04, true],
    ["a rate with a thousands separator", "1,302.5", 1302.5, true],
  ] as const)("%s: the rate, read from its cell", (_name, value, rate, text) => {
    const { settings, issues } = resolveFxRate(withCell, rateCell(value));
    expect(issues).toEqual([]);
    expect(settings.fx).toEqual({
      from: "JPY",
      to: "USD",
      rate,
      ref: { sheet: "Rates", row: 1, col: 1, ...(text ? { text: true } : {}) },
    });
  });

  test.each([
    ["zero", 0, "0"],
    ["a negative number", -5, "-5"],
    ["a blank cell", "", ""],
    ["text", "see note", "see note"],
    ["an Excel error", "#N/A", "#N/A"],
  ] as const)(
    "%s: no rate, and a warning naming the cell and what it holds",
    (_name, value, shown) => {
      const { settings, issues } = resolveFxRate(withCell, rateCell(value));
      expect(settings.fx).toBeUndefined();
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ severity: "warning", code: "fx-rate", cell: "Rates!B2" });
      expect(issues[0]?.message).toContain(`“${shown}”`);
    }
  );

  test("a cell that could not be read: a warning naming the address as set", () => {
    const { settings, issues } = resolveFxRate(withCell, undefined);
    expect(settings.fx).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: "fx-rate", cell: "Rates!B2" });
    expect(issues[0]?.message).toMatch(/could not be read/);
  });

  test.each([
    ["a fixed rate", { ...DEFAULT_SETTINGS, fx: { from: "JPY", to: "USD", rate: 120 } }],
    ["no rate", { ...DEFAULT_SETTINGS }],
  ])("%s: the settings as they are", (_name, s: Settings) => {
    expect(resolveFxRate(s, undefined)).toEqual({ settings: s, issues: [] });
  });
});
