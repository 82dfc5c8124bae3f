/**
 * A US quarterly statement as filed: title rows, a unit note that runs on ("In millions, except number of shares,
 * …"), "Three Months Ended" / "Nine Months Ended" over 52/53-week dates ("June 29, 2024", "July 1, 2023"),
 * "$ 61,564" and "(265)" figures, and sections ("Net sales:", "Cost of sales:") over their segment lines.
 */
import { computeKpis } from "../../../src/core/compute";
import { readRange } from "../../../src/core/read";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { fixtureRange } from "./grids";

const range = fixtureRange("us-quarterly-statement.csv");
const { dataset, issues } = readRange(range, DEFAULT_SETTINGS);
const kpis = computeKpis(dataset, DEFAULT_SETTINGS);
const kpi = (metric: string, period: string, kind: string) =>
  kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind);

const Q = "Three Months Ended June 29, 2024";
const NINE = "Nine Months Ended June 29, 2024";

describe("a US quarterly statement", () => {
  test("the nine-month columns say the fiscal year ends in September", () => {
    expect(dataset.calendar.endMonth).toBe(9);
    expect(dataset.calendarInferred).toBe(true);
  });

  test.each([
    [Q, "quarter", 2024, "2024-04-01", "2024-06-30"],
    ["Three Months Ended July 1, 2023", "quarter", 2023, "2023-04-01", "2023-06-30"],
    [NINE, "ytd", 2024, "2023-10-01", "2024-06-30"],
    ["Nine Months Ended July 1, 2023", "ytd", 2023, "2022-10-01", "2023-06-30"],
  ])("%s is a %s of fiscal %d", (label, kind, fy, start, end) => {
    expect(dataset.periods.find((p) => p.label === label)).toMatchObject({
      kind,
      fiscalYear: fy,
      start,
      end,
    });
  });

  test("the unit note's first clause gives the scale", () => {
    expect(dataset.money.scale).toBe(1e6);
    expect(issues.some((i) => i.code === "unit-unknown")).toBe(false);
  });

  test.each([
    ["revenue.total", Q, "value", 85777],
    ["revenue.services", Q, "value", 24213],
    ["cost.products", Q, "value", 39803],
    ["other_income_expense_net", "Three Months Ended July 1, 2023", "value", -265],
    ["revenue.total", Q, "yoy", 85777 / 81797 - 1],
    ["revenue.total", NINE, "yoy", 296105 / 293787 - 1],
    ["operating_income", Q, "margin", 25352 / 85777],
    ["revenue.services", Q, "share", 24213 / 85777],
    ["gross_profit", Q, "value", 85777 - 46099],
  ])("%s %s %s", (metric, period, kind, expected) => {
    expect(kpi(metric, period, kind)?.value).toBeCloseTo(expected, 10);
  });

  test("no period column is left out or repeated", () => {
    expect(
      issues.filter((i) => i.code === "unknown-period" || i.code === "duplicate-period")
    ).toEqual([]);
  });
});
