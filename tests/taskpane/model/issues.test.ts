import { affectedKpis, groupBySeverity } from "../../../src/taskpane/model/issues";
import type { Issue } from "../../../src/core/issue";
import type { KpiValue } from "../../../src/core/compute/types";

const issue = (severity: Issue["severity"], cell: string, extra: Partial<Issue> = {}): Issue => ({
  severity,
  code: "outlier",
  message: cell,
  cell,
  ...extra,
});

describe("groupBySeverity", () => {
  it("puts errors first, then warnings, then notes, keeps order and drops empty groups", () => {
    const issues = [
      issue("info", "A1"),
      issue("error", "B2"),
      issue("info", "C3"),
      issue("error", "D4"),
    ];
    expect(groupBySeverity(issues).map((g) => [g.severity, g.issues.map((i) => i.cell)])).toEqual([
      ["error", ["B2", "D4"]],
      ["info", ["A1", "C3"]],
    ]);
  });
  it("gives no group for no issues", () => {
    expect(groupBySeverity([])).toEqual([]);
  });
});

describe("affectedKpis", () => {
  const k = (
    metric: string,
    period: string,
    kpi: KpiValue["kpi"],
    value: number | null,
    base?: string
  ): KpiValue => ({
    metric,
    label: metric,
    period,
    kpi,
    value,
    display: value === null ? "n.m." : String(value),
    numberFormat: "0",
    ...(base ? { base } : {}),
  });
  const kpis = [
    k("capex", "4Q01", "value", null),
    k("capex", "1Q02", "yoy", null, "1Q01"),
    k("capex", "4Q01", "qoq", 0.05, "3Q01"),
    k("capex", "1Q02", "qoq", null, "4Q01"),
    k("revenue.total", "4Q01", "value", null),
  ];
  it.each([
    [
      "the n.m. KPIs of the metric in or against the period",
      { metric: "capex", period: "4Q01" },
      ["4Q01 value", "1Q02 qoq"],
    ],
    [
      "every n.m. KPI of the metric when no period is named",
      { metric: "capex" },
      ["4Q01 value", "1Q02 yoy", "1Q02 qoq"],
    ],
    ["nothing when the issue names no metric", { period: "4Q01" }, []],
    ["nothing for a metric with no n.m. KPI", { metric: "sga", period: "4Q01" }, []],
  ])("%s", (_name, extra, expected) => {
    expect(
      affectedKpis(issue("error", "X1", extra), kpis).map((x) => `${x.period} ${x.kpi}`)
    ).toEqual(expected);
  });
});
