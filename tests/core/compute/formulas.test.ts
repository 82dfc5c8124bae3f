import * as fs from "fs";
import * as path from "path";
import { HyperFormula } from "hyperformula";
import { computeKpis } from "../../../src/core/compute";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { SEED_DIR, seedDataset } from "../../helpers/dataset";

/** The seed CSV as the sheet "Figures" (numbers as numbers, blanks empty), laid out as seedDataset() addresses it. */
function seedSheet(): (string | number | null)[][] {
  const lines = fs
    .readFileSync(path.join(SEED_DIR, "iij-figures.csv"), "utf8")
    .trim()
    .split(/\r?\n/);
  return lines.map((line) =>
    line
      .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      .map((c) => (c === "" ? null : /^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c.replace(/"/g, "")))
  );
}

describe("every live formula computes its KPI's value over the seed cells (HyperFormula)", () => {
  const hf = HyperFormula.buildFromSheets({ Figures: seedSheet() }, { licenseKey: "gpl-v3" });
  const sheetId = hf.getSheetId("Figures") ?? 0;
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    fx: { from: "JPY", to: "USD", rate: 131.04 },
    guidance: [{ period: "1Q02", metric: "revenue.total", low: 9000, high: 9500 }],
  };
  const kpis = computeKpis(seedDataset(), settings).filter((k) => k.formula !== undefined);

  test("there are formulas for the value, growth, margin, share and unit-economics KPIs", () => {
    const kinds = new Set(kpis.map((k) => k.kpi));
    for (const kind of [
      "value",
      "yoy",
      "qoq",
      "margin",
      "share",
      "share_change",
      "usd",
      "cagr",
      "guidance",
    ])
      expect(kinds).toContain(kind);
    expect(kpis.some((k) => k.metric === "arpu.ip_service")).toBe(true);
  });

  test("each formula evaluates to the value (or to n.m. where the value is null)", () => {
    const wrong: string[] = [];
    for (const k of kpis) {
      const result = hf.calculateFormula(k.formula ?? "", sheetId);
      if (k.value === null) {
        if (result !== "n.m.")
          wrong.push(`${k.metric} ${k.period} ${k.kpi}: ${String(result)} for n.m. (${k.formula})`);
      } else if (
        typeof result !== "number" ||
        Math.abs(result - k.value) > 1e-9 * Math.max(1, Math.abs(k.value))
      ) {
        wrong.push(
          `${k.metric} ${k.period} ${k.kpi}: ${String(result)} vs ${k.value} (${k.formula})`
        );
      }
    }
    expect(wrong).toEqual([]);
  });
});
