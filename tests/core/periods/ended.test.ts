/** Statement column headers that name a period by its length and end date, as US and IFRS filings print them. */
import { inferCalendar, parsePeriod } from "../../../src/core/periods";
import type { FiscalCalendar } from "../../../src/core/periods/types";
import { computeKpis } from "../../../src/core/compute";
import { readRange } from "../../../src/core/read";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const DEC: FiscalCalendar = { endMonth: 12, naming: "end-year" };
const MAR: FiscalCalendar = { endMonth: 3, naming: "end-year" };

describe("'… ended <date>' labels", () => {
  test.each<[string, FiscalCalendar, string, number, string, string]>([
    ["Three months ended March 31, 2024", DEC, "quarter", 2024, "2024-01-01", "2024-03-31"],
    ["Three Months Ended June 30, 2024", MAR, "quarter", 2025, "2024-04-01", "2024-06-30"],
    ["Quarter ended 31 March 2024", MAR, "quarter", 2024, "2024-01-01", "2024-03-31"],
    ["3 months ended 2024-09-30", DEC, "quarter", 2024, "2024-07-01", "2024-09-30"],
    ["Six months ended June 30, 2024", DEC, "half", 2024, "2024-01-01", "2024-06-30"],
    ["Six months ended September 30, 2024", MAR, "half", 2025, "2024-04-01", "2024-09-30"],
    ["Nine months ended September 30, 2024", DEC, "ytd", 2024, "2024-01-01", "2024-09-30"],
    ["Year ended December 31, 2023", DEC, "year", 2023, "2023-01-01", "2023-12-31"],
    ["Fiscal year ended March 31, 2024", MAR, "year", 2024, "2023-04-01", "2024-03-31"],
    ["Year ended 31 March 2024", DEC, "year", 2024, "2023-04-01", "2024-03-31"],
    ["Twelve months ended December 31, 2023", DEC, "year", 2023, "2023-01-01", "2023-12-31"],
    ["Twelve months ended June 30, 2024", DEC, "ttm", 2024, "2023-07-01", "2024-06-30"],
    // 52/53-week years: a date in a month's first week closes the month before, one from the 22nd its own month
    ["Three months ended July 1, 2023", DEC, "quarter", 2023, "2023-04-01", "2023-06-30"],
    ["Three months ended June 29, 2024", DEC, "quarter", 2024, "2024-04-01", "2024-06-30"],
    ["Year ended September 28, 2024", DEC, "year", 2024, "2023-10-01", "2024-09-30"],
    ["Year ended October 1, 2022", DEC, "year", 2022, "2021-10-01", "2022-09-30"],
  ])("%s", (label, calendar, kind, fy, start, end) => {
    expect(parsePeriod(label, calendar)).toMatchObject({ label, kind, fiscalYear: fy, start, end });
  });

  test.each<[string, FiscalCalendar]>([
    ["Three months ended May 31, 2024", DEC],
    ["Six months ended March 31, 2024", DEC],
    ["Nine months ended June 30, 2024", DEC],
    ["Three months ended sometime", DEC],
    ["Three months ended June 15, 2024", DEC],
  ])("%s: not a period of the calendar (null)", (label, calendar) => {
    expect(parsePeriod(label, calendar)).toBeNull();
  });

  test("'nine months ended' says the fiscal year ends three months later (52/53-week dates too)", () => {
    expect(inferCalendar(["Nine Months Ended June 29, 2024"])?.calendar.endMonth).toBe(9);
    expect(inferCalendar(["Nine months ended September 30, 2024"])?.calendar.endMonth).toBe(12);
  });

  test("a 'year ended' column says the fiscal year end", () => {
    const guess = inferCalendar(["Three months ended June 30, 2024", "Year ended March 31, 2024"]);
    expect(guess?.calendar.endMonth).toBe(3);
    expect(guess?.confident).toBe(true);
  });

  test("a statement with such headers computes growth quarter on quarter and year on year", () => {
    const values = [
      [
        "",
        "Three months ended June 30, 2023",
        "Three months ended March 31, 2024",
        "Three months ended June 30, 2024",
      ],
      ["Total revenues", 1000, 1100, 1210],
    ];
    const settings = { ...DEFAULT_SETTINGS, fyEndMonth: 12, reportingCurrency: "USD" };
    const { dataset } = readRange({ sheet: "IS", topLeft: "A1", values }, settings);
    const kpis = computeKpis(dataset, settings);
    const at = (kpi: string) =>
      kpis.find(
        (k) =>
          k.metric === "revenue.total" &&
          k.period === "Three months ended June 30, 2024" &&
          k.kpi === kpi
      );
    expect(at("qoq")?.value).toBeCloseTo(0.1, 12);
    expect(at("yoy")?.value).toBeCloseTo(0.21, 12);
    expect(at("yoy")?.base).toBe("Three months ended June 30, 2023");
  });
});
