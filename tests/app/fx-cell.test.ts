/** An FX rate kept in a cell: read at each refresh, and the converted figures are formulas over that cell. */
import { check } from "../../src/app/check";
import { refresh } from "../../src/app/refresh";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue } from "../../src/core/grid/types";
import type { StoredSettings } from "../../src/workbook/port";
import { seedGrid } from "../helpers/seed";
import { officePortOn } from "../workbook/office/fake/port";
import { FakeExcel } from "../workbook/office/fake/excel";

const NOW = new Date("2026-11-25T14:05:00Z");

function setup(rate: CellValue) {
  const grid = seedGrid();
  const x = new FakeExcel();
  x.addSheet("Figures", grid);
  x.addSheet("Rates", [["JPY per USD", rate]]);
  const stored: StoredSettings = {
    version: 1,
    source: { kind: "address", address: `Figures!A1:M${grid.length}` },
    settings: { ...DEFAULT_SETTINGS, fx: { from: "JPY", to: "USD", cell: "Rates!B1" } },
  };
  return { x, port: officePortOn(x), stored };
}

describe("FX rate in a cell", () => {
  test("refresh converts at the cell's rate, as formulas over the cell", async () => {
    const { x, port, stored } = setup(125);
    const result = await refresh(port, stored, { now: NOW });
    if (!result.ok) throw new Error(result.message);
    // the rate cell is read with the figures: the seed refresh's syncs, no more
    expect(x.syncCount).toBeLessThanOrEqual(6);
    const find = (kpi: string) =>
      result.analysis.kpis.find(
        (k) => k.metric === "revenue.total" && k.period === "4Q01" && k.kpi === kpi
      );
    const revenue = find("value")?.value;
    const usd = find("usd");
    expect(typeof revenue).toBe("number");
    expect(usd?.value).toBeCloseTo((revenue as number) / 125, 9);
    expect(usd?.formula).toContain("Rates!B1");
    expect(result.analysis.issues.some((i) => i.code === "fx-rate")).toBe(false);
    // the summary says which rate and where it came from
    const text = (x.sheet("KPI Summary")?.values ?? []).flat().filter((v) => typeof v === "string");
    expect(text.some((t) => String(t).includes("JPY125 per USD (from Rates!B1)"))).toBe(true);
  });

  test("a cell without a rate: no conversion, and the check names the cell", async () => {
    const { port, stored } = setup("tbd");
    const checked = await check(port, stored);
    if (!checked.ok) throw new Error(checked.message);
    const issue = checked.analysis.issues.find((i) => i.code === "fx-rate");
    expect(issue?.cell).toBe("Rates!B1");
    expect(issue?.message).toContain("“tbd”");
    const result = await refresh(port, stored, { now: NOW });
    if (!result.ok) throw new Error(result.message);
    // the seed's own fx row may still convert; never at a rate from the bad cell
    for (const k of result.analysis.kpis.filter((k) => k.kpi === "usd"))
      expect(k.formula ?? "").not.toContain("Rates!B1");
    expect(result.analysis.issues.some((i) => i.code === "fx-rate" && i.cell === "Rates!B1")).toBe(
      true
    );
  });

  test("an FX cell on a sheet that does not exist: the refresh still runs, and says the cell could not be read", async () => {
    const { port, stored } = setup(125);
    const moved: StoredSettings = {
      ...stored,
      settings: { ...stored.settings, fx: { from: "JPY", to: "USD", cell: "Nowhere!B1" } },
    };
    const result = await refresh(port, moved, { now: NOW });
    if (!result.ok) throw new Error(result.message);
    const issue = result.analysis.issues.find((i) => i.code === "fx-rate");
    expect(issue?.cell).toBe("Nowhere!B1");
    expect(issue?.message).toMatch(/could not be read/);
    expect(
      result.analysis.kpis.some((k) => k.metric === "revenue.total" && k.kpi === "value")
    ).toBe(true);
  });
});
