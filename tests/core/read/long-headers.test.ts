/** Long tables as ledgers and BI tools export them: column names with units in brackets, other names for dates. */
import { readRange } from "../../../src/core/read";
import { findLongHeader } from "../../../src/core/read/layout";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/grid/types";

describe("long table headers", () => {
  test.each<
    [
      string,
      CellValue[],
      { period: number; metric: number; segment: number; amount: number; unit: number },
    ]
  >([
    [
      "units in brackets",
      ["Fiscal Quarter", "Line Item", "Business Segment", "Amount (USD m)"],
      { period: 0, metric: 1, segment: 2, amount: 3, unit: -1 },
    ],
    [
      "a ledger export",
      ["Posting date", "Account", "Net amount (JPY)", "Currency"],
      { period: 0, metric: 1, segment: -1, amount: 2, unit: 3 },
    ],
    [
      "full-width brackets",
      ["日付", "勘定科目", "金額（千円）"],
      { period: 0, metric: 1, segment: -1, amount: 2, unit: -1 },
    ],
    [
      "a colon after the name",
      ["Date:", "Account:", "Amount:"],
      { period: 0, metric: 1, segment: -1, amount: 2, unit: -1 },
    ],
  ])("%s", (_name, header, columns) => {
    expect(findLongHeader([header])).toEqual({ headerRow: 0, columns });
  });

  test.each<[string, string, number, string | undefined]>([
    ["Amount (USD m)", "USD mn", 1e6, "USD"],
    ["金額（千円）", "JPY thousands", 1e3, "JPY"],
  ])("the amount header %s gives the unit %s", (amountHeader, label, scale, currency) => {
    const values: CellValue[][] = [
      ["Period", "Account", amountHeader],
      ["1Q24", "Net sales", 100],
      ["2Q24", "Net sales", 110],
    ];
    const { dataset, issues } = readRange({ sheet: "T", topLeft: "A1", values }, DEFAULT_SETTINGS);
    expect(dataset.money).toMatchObject({ label, scale, currency });
    expect(issues.some((i) => i.code === "unit-unknown")).toBe(false);
  });
});
