import {
  defaultStored,
  isValidSheetName,
  parseFxInput,
  fxText,
} from "../../../src/taskpane/model/stored";

describe("parseFxInput", () => {
  it.each([
    ["131.04", { ok: true, fx: { from: "JPY", to: "USD", rate: 131.04 } }],
    [" 1,310.4 ", { ok: true, fx: { from: "JPY", to: "USD", rate: 1310.4 } }],
    ["", { ok: true, fx: undefined }],
    ["Figures!M28", { ok: true, fx: { from: "JPY", to: "USD", cell: "Figures!M28" } }],
    ["'Q4 pack'!$B$3", { ok: true, fx: { from: "JPY", to: "USD", cell: "'Q4 pack'!$B$3" } }],
    ["M28", { ok: true, fx: { from: "JPY", to: "USD", cell: "M28" } }],
    ["0", { ok: false }],
    ["-5", { ok: false }],
    ["abc", { ok: false }],
    ["131.04 yen", { ok: false }],
  ])("%j", (text, expected) => {
    expect(parseFxInput(text, "JPY")).toEqual(expected);
  });

  it("round-trips through the field's text", () => {
    expect(fxText({ from: "JPY", to: "USD", rate: 131.04 })).toBe("131.04");
    expect(fxText({ from: "JPY", to: "USD", cell: "Figures!M28" })).toBe("Figures!M28");
    expect(fxText(undefined)).toBe("");
  });
});

describe("isValidSheetName", () => {
  it.each([
    ["KPI Summary", true],
    ["A".repeat(31), true],
    ["A".repeat(32), false],
    ["", false],
    ["   ", false],
    ["Q4/02", false],
    ["[KPIs]", false],
    ["What?", false],
  ])("%j is %s", (name, ok) => {
    expect(isValidSheetName(name)).toBe(ok);
  });
});

describe("defaultStored", () => {
  it("starts from the selection with the product defaults", () => {
    const s = defaultStored();
    expect(s.source).toEqual({ kind: "selection" });
    expect(s.settings.outputSheet).toBe("KPI Summary");
    expect(s.settings.ebitda).toBe("net-income");
    expect(s.settings.formulas).toBe(true);
  });
});
