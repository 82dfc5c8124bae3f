import fc from "fast-check";
import {
  isoToSerial,
  quarterOfDate,
  serialToIso,
  tryQuarterOfDate,
  periodKey,
} from "../../../src/core/periods";

describe("Excel serials (1900 date system)", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    // 2000-01-01 is the well-known 36526; 2002-03-31 = 36526 + 366 + 365 + 31 + 28 + 30.
    [36526, "2000-01-01"],
    [37346, "2002-03-31"],
    [37346.999, "2002-03-31"],
    [2958465, "9999-12-31"],
  ])("serial %p is %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });

  test.each([[60], [0], [-5], [2958466], [Number.NaN]])(
    "serial %p is no date (60 is the phantom 29 Feb 1900)",
    (s) => {
      expect(serialToIso(s)).toBeNull();
    }
  );

  test("serials round-trip through dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60),
        (n) => {
          const iso = serialToIso(n)!;
          expect(
            isoToSerial(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))
          ).toBe(n);
        }
      )
    );
  });
});

describe("quarterOfDate", () => {
  test.each([
    ["2002-02-15", 3, "start-year", "Q2001-4", "2002-01-01", "2002-03-31"],
    ["2001-04-01", 3, "start-year", "Q2001-1", "2001-04-01", "2001-06-30"],
    ["2001-04-01", 3, "end-year", "Q2002-1", "2001-04-01", "2001-06-30"],
    ["2001-12-31", 12, "end-year", "Q2001-4", "2001-10-01", "2001-12-31"],
    ["2001-10-05", 9, "end-year", "Q2002-1", "2001-10-01", "2001-12-31"],
    ["2001-09-30", 9, "end-year", "Q2001-4", "2001-07-01", "2001-09-30"],
  ] as const)("%s with year end %i (%s) is %s", (iso, endMonth, naming, key, start, end) => {
    const q = quarterOfDate(iso, { endMonth, naming });
    expect(periodKey(q)).toBe(key);
    expect([q.start, q.end]).toEqual([start, end]);
  });

  test("a malformed date never throws", () => {
    expect(tryQuarterOfDate("31/03/2002", { endMonth: 3, naming: "start-year" })).toBeNull();
    expect(quarterOfDate("garbage", { endMonth: 3, naming: "start-year" }).kind).toBe("quarter");
  });

  test("property: the quarter contains the date", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1950-01-01T00:00:00Z"),
          max: new Date("2099-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("start-year" as const, "end-year" as const),
        (d, endMonth, naming) => {
          const iso = d.toISOString().slice(0, 10);
          const q = quarterOfDate(iso, { endMonth, naming });
          expect(q.start <= iso && iso <= q.end).toBe(true);
        }
      )
    );
  });
});
