/**
 * Check and refresh are one path from the workbook to the KPIs: with an FX rate kept in a cell, the Check view
 * (the check use case, and the pane's service over it) reports the same issues and the same USD figures as the
 * refresh — on the Office adapter (over a fake Excel) and on the file adapter.
 */
import { check } from "../../src/app/check";
import { refresh } from "../../src/app/refresh";
import type { Analysis } from "../../src/core/analyse";
import type { CellValue } from "../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { createDefaultServices } from "../../src/taskpane/services/defaultServices";
import { FileWorkbook } from "../../src/workbook/file/fileWorkbook";
import { writeGrid } from "../../src/workbook/file/xlsxSheet";
import type { StoredSettings, WorkbookPort } from "../../src/workbook/port";
import { seedGrid } from "../helpers/seed";
import { FakeExcel } from "../workbook/office/fake/excel";
import { officePortOn } from "../workbook/office/fake/port";

const NOW = new Date("2026-11-25T14:05:00Z");
const RATE = 125;

type Sheets = { name: string; values: CellValue[][] }[];

const workbooks: [string, (sheets: Sheets) => WorkbookPort][] = [
  [
    "Office (fake Excel)",
    (sheets) => {
      const x = new FakeExcel();
      for (const s of sheets) x.addSheet(s.name, s.values);
      return officePortOn(x);
    },
  ],
  [
    "file workbook",
    (sheets) => {
      const book = FileWorkbook.empty();
      for (const s of sheets) writeGrid(book.workbook.addWorksheet(s.name), s.values);
      return book;
    },
  ],
];

const checks: [string, (port: WorkbookPort, stored: StoredSettings) => Promise<Analysis>][] = [
  [
    "the check use case",
    async (port, stored) => {
      const result = await check(port, stored, { now: NOW });
      if (!result.ok) throw new Error(result.message);
      return result.analysis;
    },
  ],
  [
    "the pane's Check view service",
    async (port, stored) => {
      const result = await createDefaultServices(null).check(port, stored);
      if (!result.ok) throw new Error(result.message);
      return result.value;
    },
  ],
];

function setup(makePort: (sheets: Sheets) => WorkbookPort) {
  const grid = seedGrid();
  const port = makePort([
    { name: "Figures", values: grid },
    { name: "Rates", values: [["JPY per USD", RATE]] },
  ]);
  const stored: StoredSettings = {
    version: 1,
    source: { kind: "address", address: `Figures!A1:M${grid.length}` },
    settings: { ...DEFAULT_SETTINGS, fx: { from: "JPY", to: "USD", cell: "Rates!B1" } },
  };
  return { port, stored };
}

/** The USD figures as a user sees them: which KPI, which period, the number and its display. */
function usdKpis(analysis: Analysis) {
  return analysis.kpis
    .filter((k) => k.kpi === "usd")
    .map((k) => ({ metric: k.metric, period: k.period, value: k.value, display: k.display }));
}

describe.each(workbooks)("FX rate in a cell, on the %s", (_name, makePort) => {
  test.each(checks)("%s reports the refresh's issues and USD KPIs", async (_what, runCheck) => {
    const { port, stored } = setup(makePort);
    const checked = await runCheck(port, stored);
    const refreshed = await refresh(port, stored, { now: NOW });
    if (!refreshed.ok) throw new Error(refreshed.message);

    // the refresh converts at the cell's rate and has nothing to say about the cell
    const revenue = refreshed.analysis.kpis.find(
      (k) => k.metric === "revenue.total" && k.period === "4Q01" && k.kpi === "value"
    );
    const revenueUsd = refreshed.analysis.kpis.find(
      (k) => k.metric === "revenue.total" && k.period === "4Q01" && k.kpi === "usd"
    );
    expect(typeof revenue?.value).toBe("number");
    expect(revenueUsd?.value).toBeCloseTo((revenue?.value as number) / RATE, 9);
    expect(refreshed.analysis.issues.filter((i) => i.code === "fx-rate")).toEqual([]);

    // the check says the same
    expect(checked.issues).toEqual(refreshed.analysis.issues);
    expect(usdKpis(checked)).toEqual(usdKpis(refreshed.analysis));
    expect(usdKpis(checked).length).toBeGreaterThan(0);
  });
});
