import type { KpiKind } from "../../../src/core/compute/types";
import { isProfitLine, showsMeasure } from "../../../src/core/summarise/measures";

describe("showsMeasure: the key measures an earnings deck prints per line", () => {
  const cases: [metric: string, shown: KpiKind[], hidden: KpiKind[]][] = [
    ["revenue.total", ["value", "yoy", "qoq", "usd", "cagr", "guidance"], ["margin", "share"]],
    ["revenue.si", ["value", "yoy", "qoq", "share", "share_change"], ["margin", "usd"]],
    ["cost.total", ["value", "yoy", "margin"], ["qoq", "share"]],
    ["cost.backbone", ["value", "yoy"], ["qoq", "margin", "share"]],
    ["gross_profit", ["value", "yoy", "margin"], ["qoq"]],
    ["gross_profit.si", ["value", "margin"], ["yoy", "qoq"]],
    ["sga", ["value", "margin"], ["yoy", "qoq"]],
    ["operating_income", ["value", "yoy", "qoq", "margin", "usd"], ["share"]],
    ["net_income", ["value", "yoy", "margin"], ["qoq"]],
    ["da", ["value"], ["yoy", "margin"]],
    ["ebitda", ["value", "yoy", "qoq", "margin", "usd"], ["share"]],
    ["ebitda_minus_capex", ["value"], ["yoy", "margin"]],
    ["capex", ["value", "yoy"], ["qoq", "margin"]],
    ["cf.operating", ["value"], ["yoy", "margin"]],
    ["free_cash_flow", ["value"], ["margin"]],
    ["arpu.ip_service", ["value", "yoy", "qoq"], ["margin"]],
    ["ops.bandwidth_mbps", ["value", "yoy", "qoq"], ["margin", "share"]],
    ["fx.jpy_per_usd", ["value"], ["yoy", "qoq"]],
    ["customer_churn", ["value", "yoy", "qoq"], ["margin"]],
  ];
  it.each(cases)("%s", (metric, shown, hidden) => {
    for (const kind of shown)
      expect([kind, showsMeasure(metric, kind, "key")]).toEqual([kind, true]);
    for (const kind of hidden)
      expect([kind, showsMeasure(metric, kind, "key")]).toEqual([kind, false]);
  });

  it("shows every measure at full detail", () => {
    const kinds: KpiKind[] = [
      "value",
      "yoy",
      "qoq",
      "margin",
      "share",
      "share_change",
      "usd",
      "cagr",
      "guidance",
    ];
    for (const metric of ["da", "cost.backbone", "fx.jpy_per_usd"]) {
      for (const kind of kinds) expect(showsMeasure(metric, kind, "full")).toBe(true);
    }
  });

  it.each([
    ["gross_profit", true],
    ["gross_profit.si", true],
    ["operating_income", true],
    ["ebitda", true],
    ["net_income", true],
    ["cost.total", false],
    ["sga", false],
    ["capex", false],
  ])("isProfitLine(%s) = %s", (metric, expected) => {
    expect(isProfitLine(metric)).toBe(expected);
  });
});
