import fc from "fast-check";
import {
  comparePeriods,
  formatPeriod,
  parsePeriod,
  periodKey,
  type FiscalCalendar,
  type Period,
} from "../../../src/core/periods";

const MAR: FiscalCalendar = { endMonth: 3, naming: "start-year" };

function p(label: string, cal: FiscalCalendar = MAR): Period {
  const period = parsePeriod(label, cal);
  if (!period) throw new Error(`test label ${label} did not parse`);
  return period;
}

describe("periodKey", () => {
  test("does not depend on how the label was written", () => {
    const keys = [
      "4Q01",
      "Q4 FY2001",
      "Q4 2001",
      "4Q FY01",
      "FY01 Q4",
      "2002年3月期 第4四半期",
      "2002-03-31",
      "Mar-02",
    ].map((l) => periodKey(p(l)));
    expect(new Set(keys)).toEqual(new Set(["Q2001-4"]));
    expect(
      new Set(
        ["FY2001", "FY01", "FY3/02", "FY3/2002", "2002年3月期", "2001"].map((l) => periodKey(p(l)))
      )
    ).toEqual(new Set(["Y2001"]));
  });
});

describe("comparePeriods", () => {
  test("sorts the seed's interleaved header chronologically, quarters before the year they close", () => {
    const labels = [
      "FY3/02",
      "4Q01",
      "1Q00",
      "FY3/01",
      "3Q01",
      "2Q00",
      "1Q01",
      "4Q00",
      "2Q01",
      "3Q00",
    ];
    const sorted = labels
      .map((l) => p(l))
      .sort(comparePeriods)
      .map((x) => x.label);
    expect(sorted).toEqual([
      "1Q00",
      "2Q00",
      "3Q00",
      "4Q00",
      "FY3/01",
      "1Q01",
      "2Q01",
      "3Q01",
      "4Q01",
      "FY3/02",
    ]);
  });

  test("same end: quarter, then half, then ytd, then year", () => {
    const sorted = ["FY01", "1Q-4Q01", "2H01", "4Q01"]
      .map((l) => p(l))
      .sort(comparePeriods)
      .map((x) => x.label);
    expect(sorted).toEqual(["4Q01", "2H01", "1Q-4Q01", "FY01"]);
  });
});

describe("formatPeriod", () => {
  test.each([
    ["4Q01", "Q2001-4", "4Q01"],
    ["Q4 FY2001", "Q2001-4", "Q4 FY2001"],
    ["FY3/02", "Y2001", "FY3/02"],
    ["FY3/02", "Y2000", "FY3/01"],
    ["Q4 FY2001", "Y2000", "FY2000"],
    ["2002年3月期", "Y2002", "2003年3月期"],
    ["1Q-3Q19", "YTD2001-1-3", "1Q-3Q01"],
    ["9M19", "YTD2001-1-3", "9M01"],
  ])("like %p, %s is written %p", (like, key, expected) => {
    const all = ["1Q00", "4Q01", "FY2000", "FY2001", "FY2002", "1Q-3Q01"].map((l) => p(l));
    const period = all.find((x) => periodKey(x) === key)!;
    expect(formatPeriod(period, MAR, like)).toBe(expected);
  });

  const calendars = fc.record({
    endMonth: fc.integer({ min: 1, max: 12 }),
    naming: fc.constantFrom("start-year" as const, "end-year" as const),
  });
  const labelForms = fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 99 }))
      .map(([q, y]) => `${q}Q${String(y).padStart(2, "0")}`),
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1960, max: 2090 }))
      .map(([q, y]) => `Q${q} FY${y}`),
    fc
      .tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 99 }))
      .map(([h, y]) => `${h}H${String(y).padStart(2, "0")}`),
    fc
      .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1960, max: 2090 }))
      .map(([q, y]) => `1Q-${q}Q${y}`),
    fc.integer({ min: 1960, max: 2090 }).map((y) => `FY${y}`),
    fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }))
      .map(([m, y]) => `FY${m}/${String(y).padStart(2, "0")}`),
    fc
      .tuple(fc.integer({ min: 1961, max: 2090 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}年${m}月期`),
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 99 }))
      .map(([q, y]) => `TTM ${q}Q${String(y).padStart(2, "0")}`),
    fc
      .tuple(
        fc.integer({ min: 1961, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 })
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    fc.integer({ min: 18264, max: 73050 })
  );
  const likes = fc.constantFrom(
    undefined,
    "4Q01",
    "Q4 FY2001",
    "Q4 2001",
    "4Q FY01",
    "FY3/02",
    "FY 3/2002",
    "2002年3月期",
    "1H17",
    "9M19",
    "LTM 4Q01",
    "Mar-02",
    "2001",
    "H1 FY2017",
    "Q1-Q3 FY2019",
    "2002-02-28",
    "FY 2001"
  );

  test("formatPeriod(parsePeriod(x)) parses back to the same key, in any style", () => {
    fc.assert(
      fc.property(labelForms, calendars, likes, (label, cal, like) => {
        const parsed = parsePeriod(label, cal);
        if (!parsed) return;
        // A label naming its own year-end month only round-trips under a calendar with that month.
        if (
          typeof label === "string" &&
          /\/|月期/.test(label) &&
          parsed.end.slice(5, 7) !== String(cal.endMonth).padStart(2, "0")
        )
          return;
        const written = formatPeriod(parsed, cal, like);
        const back = parsePeriod(written, cal);
        expect(back && periodKey(back)).toBe(periodKey(parsed));
      }),
      { numRuns: 5000 }
    );
  });
});
