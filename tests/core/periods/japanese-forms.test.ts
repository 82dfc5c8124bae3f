/** Label forms of Japanese data books: fiscal year first, calendar-quarter months, years named by their start (年度). */
import { inferCalendar, parsePeriod } from "../../../src/core/periods";
import type { FiscalCalendar } from "../../../src/core/periods/types";

const DEC: FiscalCalendar = { endMonth: 12, naming: "end-year" };
const MAR: FiscalCalendar = { endMonth: 3, naming: "end-year" };

describe("Japanese data-book labels", () => {
  test.each<[string, FiscalCalendar, string, number, string, string]>([
    ["FY3/25 1Q", DEC, "quarter", 2025, "2024-04-01", "2024-06-30"],
    ["FY3/25 Q2", MAR, "quarter", 2025, "2024-07-01", "2024-09-30"],
    ["2024年1-3月期", DEC, "quarter", 2024, "2024-01-01", "2024-03-31"],
    ["2024年1-3月期", MAR, "quarter", 2024, "2024-01-01", "2024-03-31"],
    ["２０２４年４～６月期", MAR, "quarter", 2025, "2024-04-01", "2024-06-30"],
    ["2023年10-12月", MAR, "quarter", 2024, "2023-10-01", "2023-12-31"],
    ["2023年度", MAR, "year", 2024, "2023-04-01", "2024-03-31"],
    ["2023年度", DEC, "year", 2023, "2023-01-01", "2023-12-31"],
    ["2023年度 第1四半期", MAR, "quarter", 2024, "2023-04-01", "2023-06-30"],
    ["2023年度 上期", MAR, "half", 2024, "2023-04-01", "2023-09-30"],
  ])("%s", (label, calendar, kind, fy, start, end) => {
    expect(parsePeriod(label, calendar)).toMatchObject({ kind, fiscalYear: fy, start, end });
  });

  test.each<[string, FiscalCalendar]>([
    ["2024年1-2月期", MAR],
    ["2024年2-4月期", MAR],
    ["2024年13-15月期", MAR],
  ])("%s: not one fiscal quarter (null)", (label, calendar) => {
    expect(parsePeriod(label, calendar)).toBeNull();
  });

  test("'FY3/25 1Q' says the fiscal year ends in March", () => {
    const guess = inferCalendar(["FY3/25 1Q", "FY3/25 2Q"]);
    expect(guess?.calendar.endMonth).toBe(3);
    expect(guess?.confident).toBe(true);
  });
});

describe("more year-to-date and calendar-year forms", () => {
  test.each<[string, FiscalCalendar, string, number, string, string]>([
    ["YTD Q3 2024", DEC, "ytd", 2024, "2024-01-01", "2024-09-30"],
    ["YTD 3Q24", DEC, "ytd", 2024, "2024-01-01", "2024-09-30"],
    ["Q3 YTD FY2024", DEC, "ytd", 2024, "2024-01-01", "2024-09-30"],
    ["2Q24 YTD", MAR, "ytd", 2024, "2023-04-01", "2023-09-30"],
    ["YTD Q1 2024", DEC, "quarter", 2024, "2024-01-01", "2024-03-31"],
    ["CY2023", DEC, "year", 2023, "2023-01-01", "2023-12-31"],
  ])("%s", (label, calendar, kind, fy, start, end) => {
    expect(parsePeriod(label, calendar)).toMatchObject({ kind, fiscalYear: fy, start, end });
  });

  test("CY2023 is no fiscal year of a March year end (null)", () => {
    expect(parsePeriod("CY2023", MAR)).toBeNull();
  });
});
