import fc from "fast-check";
import { parsePeriod, periodKey, type FiscalCalendar } from "../../../src/core/periods";
import type { CellValue } from "../../../src/core/grid/types";

const MAR_START: FiscalCalendar = { endMonth: 3, naming: "start-year" };
const DEC_END: FiscalCalendar = { endMonth: 12, naming: "end-year" };
const SEP_END: FiscalCalendar = { endMonth: 9, naming: "end-year" };

type Expect = [key: string, start: string, end: string];

/**
 * Expected periods worked out by hand from the calendars:
 * - March, start-year: fiscal 2001 = 2001-04-01 … 2002-03-31; Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar.
 * - December, end-year: fiscal 2001 = calendar 2001.
 * - September, end-year: fiscal 2001 = 2000-10-01 … 2001-09-30; Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep.
 * A label naming its own year-end month (FY3/02, 2002年3月期) keeps that month whatever the calendar.
 */
const TABLE: [label: CellValue, kind: string, mar: Expect, dec: Expect, sep: Expect][] = [
  [
    "4Q01",
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2001-4", "2001-10-01", "2001-12-31"],
    ["Q2001-4", "2001-07-01", "2001-09-30"],
  ],
  [
    "1Q00",
    "quarter",
    ["Q2000-1", "2000-04-01", "2000-06-30"],
    ["Q2000-1", "2000-01-01", "2000-03-31"],
    ["Q2000-1", "1999-10-01", "1999-12-31"],
  ],
  [
    "Q4 FY2001",
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2001-4", "2001-10-01", "2001-12-31"],
    ["Q2001-4", "2001-07-01", "2001-09-30"],
  ],
  [
    "Q4 2001",
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2001-4", "2001-10-01", "2001-12-31"],
    ["Q2001-4", "2001-07-01", "2001-09-30"],
  ],
  [
    "4Q FY01",
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2001-4", "2001-10-01", "2001-12-31"],
    ["Q2001-4", "2001-07-01", "2001-09-30"],
  ],
  [
    "  2q98 ",
    "quarter",
    ["Q1998-2", "1998-07-01", "1998-09-30"],
    ["Q1998-2", "1998-04-01", "1998-06-30"],
    ["Q1998-2", "1998-01-01", "1998-03-31"],
  ],
  [
    "1H17",
    "half",
    ["H2017-1", "2017-04-01", "2017-09-30"],
    ["H2017-1", "2017-01-01", "2017-06-30"],
    ["H2017-1", "2016-10-01", "2017-03-31"],
  ],
  [
    "2H17",
    "half",
    ["H2017-2", "2017-10-01", "2018-03-31"],
    ["H2017-2", "2017-07-01", "2017-12-31"],
    ["H2017-2", "2017-04-01", "2017-09-30"],
  ],
  [
    "H1 FY2017",
    "half",
    ["H2017-1", "2017-04-01", "2017-09-30"],
    ["H2017-1", "2017-01-01", "2017-06-30"],
    ["H2017-1", "2016-10-01", "2017-03-31"],
  ],
  [
    "1Q-3Q19",
    "ytd",
    ["YTD2019-1-3", "2019-04-01", "2019-12-31"],
    ["YTD2019-1-3", "2019-01-01", "2019-09-30"],
    ["YTD2019-1-3", "2018-10-01", "2019-06-30"],
  ],
  [
    "9M19",
    "ytd",
    ["YTD2019-1-3", "2019-04-01", "2019-12-31"],
    ["YTD2019-1-3", "2019-01-01", "2019-09-30"],
    ["YTD2019-1-3", "2018-10-01", "2019-06-30"],
  ],
  [
    "FY2001",
    "year",
    ["Y2001", "2001-04-01", "2002-03-31"],
    ["Y2001", "2001-01-01", "2001-12-31"],
    ["Y2001", "2000-10-01", "2001-09-30"],
  ],
  [
    "FY01",
    "year",
    ["Y2001", "2001-04-01", "2002-03-31"],
    ["Y2001", "2001-01-01", "2001-12-31"],
    ["Y2001", "2000-10-01", "2001-09-30"],
  ],
  [
    "FY3/02",
    "year",
    ["Y2001", "2001-04-01", "2002-03-31"],
    ["Y2002", "2001-04-01", "2002-03-31"],
    ["Y2002", "2001-04-01", "2002-03-31"],
  ],
  [
    "FY 3/99",
    "year",
    ["Y1998", "1998-04-01", "1999-03-31"],
    ["Y1999", "1998-04-01", "1999-03-31"],
    ["Y1999", "1998-04-01", "1999-03-31"],
  ],
  [
    "FY3/2002",
    "year",
    ["Y2001", "2001-04-01", "2002-03-31"],
    ["Y2002", "2001-04-01", "2002-03-31"],
    ["Y2002", "2001-04-01", "2002-03-31"],
  ],
  [
    "2002年3月期",
    "year",
    ["Y2001", "2001-04-01", "2002-03-31"],
    ["Y2002", "2001-04-01", "2002-03-31"],
    ["Y2002", "2001-04-01", "2002-03-31"],
  ],
  [
    "２００２年３月期",
    "year",
    ["Y2001", "2001-04-01", "2002-03-31"],
    ["Y2002", "2001-04-01", "2002-03-31"],
    ["Y2002", "2001-04-01", "2002-03-31"],
  ],
  [
    "2002年3月期 第4四半期",
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2002-4", "2002-01-01", "2002-03-31"],
    ["Q2002-4", "2002-01-01", "2002-03-31"],
  ],
  [
    "TTM 4Q01",
    "ttm",
    ["TTM2001-4", "2001-04-01", "2002-03-31"],
    ["TTM2001-4", "2001-01-01", "2001-12-31"],
    ["TTM2001-4", "2000-10-01", "2001-09-30"],
  ],
  [
    "LTM 2Q01",
    "ttm",
    ["TTM2001-2", "2000-10-01", "2001-09-30"],
    ["TTM2001-2", "2000-07-01", "2001-06-30"],
    ["TTM2001-2", "2000-04-01", "2001-03-31"],
  ],
  [
    "2002-03-31",
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2002-1", "2002-01-01", "2002-03-31"],
    ["Q2002-2", "2002-01-01", "2002-03-31"],
  ],
  [
    "3/31/2002",
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2002-1", "2002-01-01", "2002-03-31"],
    ["Q2002-2", "2002-01-01", "2002-03-31"],
  ],
  [
    "Mar-02",
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2002-1", "2002-01-01", "2002-03-31"],
    ["Q2002-2", "2002-01-01", "2002-03-31"],
  ],
  [
    "Mar 2002",
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2002-1", "2002-01-01", "2002-03-31"],
    ["Q2002-2", "2002-01-01", "2002-03-31"],
  ],
  [
    "2001-12-31",
    "quarter",
    ["Q2001-3", "2001-10-01", "2001-12-31"],
    ["Q2001-4", "2001-10-01", "2001-12-31"],
    ["Q2002-1", "2001-10-01", "2001-12-31"],
  ],
  // 2002-03-31 is serial 37346: 2000-01-01 is 36526, + 366 (2000) + 365 (2001) = 37257 for 2002-01-01, + 31 + 28 + 30.
  [
    37346,
    "quarter",
    ["Q2001-4", "2002-01-01", "2002-03-31"],
    ["Q2002-1", "2002-01-01", "2002-03-31"],
    ["Q2002-2", "2002-01-01", "2002-03-31"],
  ],
  [
    "2001",
    "year",
    ["Y2001", "2001-04-01", "2002-03-31"],
    ["Y2001", "2001-01-01", "2001-12-31"],
    ["Y2001", "2000-10-01", "2001-09-30"],
  ],
  [
    2001,
    "year",
    ["Y2001", "2001-04-01", "2002-03-31"],
    ["Y2001", "2001-01-01", "2001-12-31"],
    ["Y2001", "2000-10-01", "2001-09-30"],
  ],
];

describe.each([
  ["March, start-year", MAR_START, 2],
  ["December, end-year", DEC_END, 3],
  ["September, end-year", SEP_END, 4],
] as const)("parsePeriod under %s", (_name, calendar, column) => {
  test.each(TABLE)("%p", (...row) => {
    const [label, kind] = row;
    const [key, start, end] = row[column];
    const p = parsePeriod(label, calendar);
    expect(p).not.toBeNull();
    if (!p) return;
    expect(p.kind).toBe(kind);
    expect(periodKey(p)).toBe(key);
    expect([p.start, p.end]).toEqual([start, end]);
  });
});

describe("parsePeriod details", () => {
  test("keeps the label as written (trimmed); a serial's label is its date", () => {
    expect(parsePeriod("  Q4 FY2001 ", MAR_START)?.label).toBe("Q4 FY2001");
    expect(parsePeriod(37346, MAR_START)?.label).toBe("2002-03-31");
    expect(parsePeriod(2001, MAR_START)?.label).toBe("2001");
  });

  test("a month end that closes no fiscal quarter is a month, placed in its fiscal year", () => {
    const p = parsePeriod("2002-02-28", MAR_START);
    expect(p).toMatchObject({
      kind: "month",
      month: 2,
      fiscalYear: 2001,
      start: "2002-02-01",
      end: "2002-02-28",
    });
    expect(periodKey(p!)).toBe("M2002-02");
    // Under September, February 2002 belongs to fiscal 2002 (Oct 2001 – Sep 2002).
    expect(parsePeriod("Feb-02", SEP_END)).toMatchObject({ kind: "month", fiscalYear: 2002 });
  });

  test("a mid-month date in a quarter-end month is that month, not the quarter", () => {
    expect(parsePeriod("2002-03-15", MAR_START)).toMatchObject({ kind: "month", month: 3 });
  });

  test.each([
    ["00", 2000],
    ["49", 2049],
    ["50", 1950],
    ["99", 1999],
  ])("two-digit year %s is %i", (yy, year) => {
    expect(parsePeriod(`FY${yy}`, DEC_END)?.fiscalYear).toBe(year);
    expect(parsePeriod(`1Q${yy}`, DEC_END)?.fiscalYear).toBe(year);
  });

  test("Excel serials: leap day 2000 and the plausible range", () => {
    // 2000-02-29: 36526 (2000-01-01) + 31 + 28 = 36585, a month under March (February closes no quarter).
    expect(parsePeriod(36585, MAR_START)).toMatchObject({ kind: "month", label: "2000-02-29" });
    expect(parsePeriod(5000, MAR_START)).toBeNull(); // 1913: not a period header
    expect(parsePeriod(100000, MAR_START)).toBeNull();
    expect(parsePeriod(37346.75, MAR_START)?.label).toBe("2002-03-31");
  });

  test("Japanese quarter, half and cumulative forms", () => {
    expect(periodKey(parsePeriod("2002年3月期 第2四半期", MAR_START)!)).toBe("Q2001-2");
    expect(periodKey(parsePeriod("2002年3月期 上期", MAR_START)!)).toBe("H2001-1");
    expect(periodKey(parsePeriod("2002年3月期 第3四半期累計", MAR_START)!)).toBe("YTD2001-1-3");
  });

  test.each([
    ["", null],
    ["Total revenues", null],
    ["5Q01", null],
    ["FY13/02", null],
    ["2002-02-30", null],
    ["3H17", null],
    ["3Q-1Q19", null],
    ["TTM", null],
    ["#N/A", null],
    ["1234", null],
  ])("%p is not a period", (label, expected) => {
    expect(parsePeriod(label, MAR_START)).toBe(expected);
  });

  test.each([[true], [false], [Number.NaN], [Number.POSITIVE_INFINITY], [-1], [0.5]])(
    "%p is not a period",
    (v) => {
      expect(parsePeriod(v, MAR_START)).toBeNull();
    }
  );

  test("an invalid calendar falls back to December instead of failing", () => {
    expect(parsePeriod("4Q01", { endMonth: 13, naming: "end-year" })?.end).toBe("2001-12-31");
  });
});

describe("parsePeriod properties", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.boolean(),
    fc.constant("")
  );
  const calendar = fc.record({
    endMonth: fc.integer({ min: 1, max: 12 }),
    naming: fc.constantFrom("start-year" as const, "end-year" as const),
  });

  test("never throws on any cell value and yields valid ISO dates in order", () => {
    fc.assert(
      fc.property(cell, calendar, (value, cal) => {
        const p = parsePeriod(value, cal);
        if (p === null) return;
        expect(p.start).toMatch(/^\d{4}-\d{2}-01$/);
        expect(p.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(p.start < p.end).toBe(true);
        expect(Number.isFinite(p.fiscalYear)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  test("a quarter is three months and ends where the calendar says", () => {
    fc.assert(
      fc.property(
        calendar,
        fc.integer({ min: 1950, max: 2049 }),
        fc.integer({ min: 1, max: 4 }),
        (cal, y, q) => {
          const p = parsePeriod(`${q}Q${String(y % 100).padStart(2, "0")}`, cal)!;
          const startMonth = Number(p.start.slice(0, 4)) * 12 + Number(p.start.slice(5, 7));
          const endMonth = Number(p.end.slice(0, 4)) * 12 + Number(p.end.slice(5, 7));
          expect(endMonth - startMonth).toBe(2);
          // Q4's last month is the year-end month; Q1…Q3 end 9, 6, 3 months earlier.
          expect((((Number(p.end.slice(5, 7)) - cal.endMonth + 3 * (4 - q)) % 12) + 12) % 12).toBe(
            0
          );
        }
      )
    );
  });
});

describe("more label forms (March, start-year)", () => {
  test.each([
    ["Q1-Q3 FY2019", "YTD2019-1-3"],
    ["1-3Q19", "YTD2019-1-3"],
    ["6M19", "YTD2019-1-2"],
    ["FY2002E", "Y2002"],
    ["Fiscal 2001", "Y2001"],
    ["FY2001 Q4", "Q2001-4"],
    ["2001Q4", "Q2001-4"],
    ["4Q FY3/02", "Q2001-4"],
    ["2H FY17", "H2017-2"],
    ["FY 2002/3", "Y2001"],
    ["2002/3期", "Y2001"],
    ["4Q01 LTM", "TTM2001-4"],
    ["LTM FY2001", "TTM2001-4"],
    ["TTM Mar-02", "TTM2001-4"],
    ["March 31, 2002", "Q2001-4"],
    ["31-Mar-02", "Q2001-4"],
    ["2002/03/31", "Q2001-4"],
    ["31/03/2002", "Q2001-4"],
    ["2002-03-31T00:00:00", "Q2001-4"],
    ["2002年3月", "Q2001-4"],
    ["2002年3月末", "Q2001-4"],
    ["Sept 2001", "Q2001-2"],
    ["Jan-02", "M2002-01"],
    ["Q4 ’01", "Q2001-4"],
    ["Q4 '01", "Q2001-4"],
    ["1Q–3Q19", "YTD2019-1-3"],
    ["4Q01*", "Q2001-4"],
    ["FY3/02 * ", "Y2001"],
  ])("%s → %s", (label, key) => {
    const p = parsePeriod(label, MAR_START);
    expect(p && periodKey(p)).toBe(key);
  });
});
