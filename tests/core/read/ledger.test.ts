/**
 * Long tables dated inside the month (a ledger: one row per day, invoice or entry) add up by month, then into
 * fiscal quarters and years: flows are summed, stocks take the row of the latest date. A table of month ends
 * keeps one row per month, and a second one is a duplicate.
 */
import { readRange } from "../../../src/core/read";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { CellValue, Grid } from "../../../src/core/grid/types";

const settings = { ...DEFAULT_SETTINGS, fyEndMonth: 12, reportingCurrency: "JPY" };

/** Excel serial of a calendar date. */
const serial = (y: number, m: number, d: number): number =>
  Date.UTC(y, m - 1, d) / 86400000 + 25569;

function read(rows: CellValue[][]) {
  const grid: Grid = [["Date", "Account", "Amount"], ...rows];
  const { dataset, issues } = readRange({ sheet: "Ledger", topLeft: "A1", values: grid }, settings);
  const byLabel = (label: string) => dataset.periods.findIndex((p) => p.label === label);
  const value = (metric: string, period: string): number | null | undefined =>
    dataset.series.find((s) => s.metric === metric)?.values[byLabel(period)];
  const cell = (metric: string, period: string) =>
    dataset.series.find((s) => s.metric === metric)?.cells[byLabel(period)] ?? null;
  return { dataset, issues, value, cell };
}

/** Sales of 10 on the 5th and 20 on the 20th of every month of 2024. */
const dailySales: CellValue[][] = [];
for (let m = 1; m <= 12; m++) {
  dailySales.push([serial(2024, m, 5), "Net sales", 10]);
  dailySales.push([serial(2024, m, 20), "Net sales", 20]);
}

describe("ledger: rows dated inside the month", () => {
  test.each([
    ["each quarter: six rows", "1Q24", 90],
    ["the fourth quarter", "4Q24", 90],
    ["the fiscal year: all 24 rows", "FY24", 360],
  ])("flows add up — %s", (_name, period, expected) => {
    const { value, issues } = read(dailySales);
    expect(value("revenue.total", period)).toBe(expected);
    expect(issues.filter((i) => i.code === "duplicate-period")).toEqual([]);
  });

  test("two rows on the same day add up too (two invoices)", () => {
    const { value } = read([...dailySales, [serial(2024, 2, 5), "Net sales", 5]]);
    expect(value("revenue.total", "1Q24")).toBe(95);
  });

  test("a month that adds up several rows has no single source cell", () => {
    const { cell } = read(dailySales);
    expect(cell("revenue.total", "1Q24")).toBeNull();
  });

  test("a stock takes the row of the latest date in the quarter's last month, and its cell", () => {
    const rows: CellValue[][] = [
      [serial(2024, 1, 15), "IP service contracts", 100],
      [serial(2024, 2, 15), "IP service contracts", 105],
      [serial(2024, 3, 25), "IP service contracts", 120],
      [serial(2024, 3, 10), "IP service contracts", 110],
      ...dailySales,
    ];
    const { value, cell } = read(rows);
    expect(value("ops.ip_contracts", "1Q24")).toBe(120);
    // grid row 4 (0-based 3) holds 2024-03-25: sheet row 4, the amount in column C
    expect(cell("ops.ip_contracts", "1Q24")).toMatchObject({ sheet: "Ledger", row: 3, col: 2 });
  });

  test("a row that is not a number makes its month (and quarter, year) n.m. and is reported on its cell", () => {
    const rows = dailySales.map((r) => [...r]);
    (rows[3] as CellValue[])[2] = "twenty"; // 2024-02-20, grid row 5
    const { value, issues } = read(rows);
    expect(value("revenue.total", "1Q24")).toBeNull();
    expect(value("revenue.total", "FY24")).toBeNull();
    expect(value("revenue.total", "2Q24")).toBe(90);
    const issue = issues.find((i) => i.code === "not-a-number");
    expect(issue?.cell).toBe("Ledger!C5");
  });

  test("text dates inside the month are a ledger too", () => {
    const rows: CellValue[][] = dailySales.map(([d, a, v]) => {
      const iso = new Date(((d as number) - 25569) * 86400000).toISOString().slice(0, 10);
      return [iso, a as CellValue, v as CellValue];
    });
    expect(read(rows).value("revenue.total", "FY24")).toBe(360);
  });
});

describe("month ends: one row per month", () => {
  const monthEnds: CellValue[][] = [];
  for (let m = 1; m <= 12; m++) monthEnds.push([serial(2024, m + 1, 0), "Net sales", 30]);

  test("quarters are the sum of three month ends", () => {
    expect(read(monthEnds).value("revenue.total", "1Q24")).toBe(90);
  });

  test("a second row for the same month end is a duplicate, reported on its cell, and the first one is kept", () => {
    const { value, issues } = read([...monthEnds, [serial(2024, 2, 29), "Net sales", 999]]);
    expect(value("revenue.total", "1Q24")).toBe(90);
    const dup = issues.find((i) => i.code === "duplicate-period");
    expect(dup?.cell).toBe("Ledger!C14");
  });
});
