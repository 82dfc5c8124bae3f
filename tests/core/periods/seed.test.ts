import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  comparePeriods,
  componentQuarterKeys,
  inferCalendar,
  parsePeriod,
  periodKey,
  qoqBaseKey,
  yoyBaseKey,
} from "../../../src/core/periods";
import { SEED_DIR } from "../../helpers/dataset";

describe("the seed's period header (iij-figures.csv)", () => {
  const header = (
    readFileSync(resolve(SEED_DIR, "iij-figures.csv"), "utf8").split(/\r?\n/)[0] ?? ""
  )
    .split(",")
    .slice(3);
  const expected = JSON.parse(readFileSync(resolve(SEED_DIR, "expected.json"), "utf8")) as {
    fiscalYear: { endMonth: number; naming: string };
  };

  test("infers the calendar expected.json states", () => {
    const guess = inferCalendar(header);
    expect(guess?.calendar).toEqual({
      endMonth: expected.fiscalYear.endMonth,
      naming: expected.fiscalYear.naming,
    });
    expect(guess?.confident).toBe(true);
    expect(guess?.namingKnown).toBe(true);
  });

  test("reads every column; 4Q01 = Jan–Mar 2002, fiscal 2001, and FY3/02 is made of 1Q01…4Q01", () => {
    const calendar = inferCalendar(header)!.calendar;
    const periods = header.map((l) => parsePeriod(l, calendar));
    expect(periods.every((p) => p !== null)).toBe(true);
    const byLabel = new Map(periods.map((p) => [p!.label, p!]));
    expect(byLabel.get("4Q01")).toMatchObject({
      kind: "quarter",
      fiscalYear: 2001,
      quarter: 4,
      start: "2002-01-01",
      end: "2002-03-31",
    });
    expect(componentQuarterKeys(byLabel.get("FY3/02")!)).toEqual(
      ["1Q01", "2Q01", "3Q01", "4Q01"].map((l) => periodKey(byLabel.get(l)!))
    );
    // The deck compares 4Q01 with 4Q00 (year on year) and 3Q01 (sequential).
    const keyToLabel = new Map(periods.map((p) => [periodKey(p!), p!.label]));
    expect(keyToLabel.get(yoyBaseKey(byLabel.get("4Q01")!)!)).toBe("4Q00");
    expect(keyToLabel.get(qoqBaseKey(byLabel.get("4Q01")!)!)).toBe("3Q01");
    expect(keyToLabel.get(yoyBaseKey(byLabel.get("FY3/02")!)!)).toBe("FY3/01");
    // Input order is already chronological.
    expect([...periods].sort((a, b) => comparePeriods(a!, b!)).map((p) => p!.label)).toEqual(
      header
    );
  });
});
