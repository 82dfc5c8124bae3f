/**
 * Every live formula the summary writes, evaluated by an independent engine (HyperFormula) on the source grid,
 * must equal the KPI engine's own value — or show "n.m." where the engine says not meaningful.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HyperFormula } from "hyperformula";
import { analyse } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { KpiValue } from "../../src/core/compute/types";
import { layoutSummary } from "../../src/workbook/layout";
import { loadWorkbookFile } from "../../src/workbook/file/load";
import type { CellValue } from "../../src/core/grid/types";
import { SEED_CSV } from "../helpers/seed";

// Workbook round trips are slow on a busy machine; these are not timing tests.
jest.setTimeout(60_000);

const SOURCES: [string, string][] = [
  ["the seed CSV", SEED_CSV],
  ["the bundled sample workbook", join(__dirname, "../../assets/sample/iij-4q01-sample.xlsx")],
];

const forHf = (grid: CellValue[][]): (CellValue | null)[][] =>
  grid.map((row) => row.map((v) => (v === "" ? null : v)));

describe.each(SOURCES)("live formulas over %s", (_name, path) => {
  const run = existsSync(path) ? test : test.skip;

  run('each formula evaluates to the engine\'s KpiValue.value ("n.m." where null)', async () => {
    const loaded = await loadWorkbookFile(
      new Uint8Array(readFileSync(path)),
      path.split("/").pop() ?? path
    );
    if (!loaded.ok) throw new Error(loaded.message);
    const source = loaded.sheets[0];
    if (!source) throw new Error("no sheet");
    const analysis = analyse(
      {
        sheet: source.name,
        topLeft: "A1",
        values: source.values,
        numberFormats: source.numberFormats,
      },
      DEFAULT_SETTINGS,
      new Date("2026-11-25T14:05:00Z")
    );
    const model = analysis.summary;
    const layout = layoutSummary(model);
    const hf = HyperFormula.buildFromSheets(
      { [source.name]: forHf(source.values), [layout.sheetName]: forHf(layout.formulas) },
      { licenseKey: "gpl-v3" }
    );
    const summarySheet = hf.getSheetId(layout.sheetName);
    if (summarySheet === undefined) throw new Error("summary sheet missing in HyperFormula");
    const byKey = new Map<string, KpiValue>();
    for (const k of analysis.kpis) {
      const key = `${k.metric}|${k.kpi}|${k.period}`;
      if (!byKey.has(key)) byKey.set(key, k);
    }
    const mismatches: string[] = [];
    let checked = 0;
    model.table.rows.forEach((row, i) => {
      const r = layout.table.firstDataRow + i;
      model.table.periods.forEach((period, p) => {
        const c = layout.table.periodColumns[p] ?? 0;
        const formula = layout.formulas[r - 1]?.[c - 1];
        if (typeof formula !== "string" || !formula.startsWith("=")) return;
        const kpi = byKey.get(`${row.metric}|${row.kpi}|${period}`);
        const got = hf.getCellValue({ sheet: summarySheet, row: r - 1, col: c - 1 });
        const where = `${row.label} ${period} (${formula})`;
        checked++;
        if (!kpi) {
          mismatches.push(`${where}: no KpiValue for ${row.metric}/${row.kpi}`);
          return;
        }
        if (kpi.value === null) {
          if (got !== "n.m.")
            mismatches.push(`${where}: expected n.m., got ${JSON.stringify(got)}`);
          return;
        }
        if (
          typeof got !== "number" ||
          Math.abs(got - kpi.value) > 1e-9 * Math.max(1, Math.abs(kpi.value))
        ) {
          mismatches.push(`${where}: expected ${kpi.value}, got ${JSON.stringify(got)}`);
        }
      });
    });
    hf.destroy();
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
