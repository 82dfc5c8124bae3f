import { inferCalendar } from "../../../src/core/periods";
import type { CellValue } from "../../../src/core/grid/types";

describe("inferCalendar", () => {
  test.each<[string, CellValue[], number, string, boolean, boolean]>([
    // The seed's header: 4Q01 closes the year ending 3/02 and is numbered 01 → start-year.
    [
      "seed header",
      ["1Q00", "2Q00", "3Q00", "4Q00", "FY3/01", "1Q01", "2Q01", "3Q01", "4Q01", "FY3/02"],
      3,
      "start-year",
      true,
      true,
    ],
    // Same shape but quarters numbered by the year they end in → end-year.
    ["end-year quarters", ["1Q02", "2Q02", "3Q02", "4Q02", "FY3/02"], 3, "end-year", true, true],
    // The first quarter after FY3/01 is 1Q01 under start-year naming.
    ["year first, then quarters", ["FY3/01", "1Q01", "2Q01"], 3, "start-year", true, true],
    ["Japanese year label", ["2002年3月期 第1四半期", "2002年3月期"], 3, "end-year", true, true],
    [
      "FY beside quarter-end dates",
      ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31", "FY2002"],
      3,
      "end-year",
      true,
      true,
    ],
    [
      "FY numbered by start beside dates",
      ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31", "FY2001"],
      3,
      "start-year",
      true,
      true,
    ],
    // Serials 37071 (2001-06-30) and 37164 (2001-09-30), then FY2001 → September, end-year.
    ["FY beside serial dates", [37071, 37164, "FY2001"], 9, "end-year", true, true],
    ["September by label", ["FY 9/01", "FY 9/02"], 9, "end-year", true, true],
    ["nothing says it", ["1Q01", "2Q01", "3Q01", "4Q01", "FY2001"], 12, "end-year", false, false],
    ["labels and blanks", ["", "Total", "4Q01"], 12, "end-year", false, false],
  ])("%s", (_name, labels, endMonth, naming, confident, namingKnown) => {
    const guess = inferCalendar(labels);
    expect(guess).toEqual({ calendar: { endMonth, naming }, confident, namingKnown });
  });

  test("year-end month known but naming not said, with numbered quarters: confident on the month only", () => {
    expect(inferCalendar(["FY3/02", "", "1Q05"])).toEqual({
      calendar: { endMonth: 3, naming: "end-year" },
      confident: true,
      namingKnown: false,
    });
  });

  test.each<[string, CellValue[], number, string]>([
    // Newest first: FY3/02 then its quarters 4Q01 … 1Q01 (start-year), or 4Q02 … (end-year).
    [
      "newest first, start-year",
      ["FY3/02", "4Q01", "3Q01", "2Q01", "1Q01", "FY3/01", "4Q00"],
      3,
      "start-year",
    ],
    [
      "newest first, end-year",
      ["FY3/02", "4Q02", "3Q02", "2Q02", "1Q02", "FY3/01", "4Q01"],
      3,
      "end-year",
    ],
    // Newest first with dates: FY2002 precedes the quarter-end date that closes it.
    [
      "newest first, dates",
      ["FY2002", "2002-06-30", "2002-03-31", "2001-12-31", "2001-09-30"],
      6,
      "end-year",
    ],
  ])("%s", (_name, labels, endMonth, naming) => {
    expect(inferCalendar(labels)).toEqual({
      calendar: { endMonth, naming },
      confident: true,
      namingKnown: true,
    });
  });

  test("no period at all gives null", () => {
    expect(inferCalendar(["id", "label", "unit", 12, true])).toBeNull();
    expect(inferCalendar([])).toBeNull();
  });
});
