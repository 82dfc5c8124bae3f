/** Where the summary places each metric: read from the catalog entries' declarations and the reported-metric rules. */
import { catalog } from "../../../src/core/compute/catalog";
import { placesOf } from "../../../src/core/compute/places";
import type { RatioKpi } from "../../../src/core/settings";

const userRatio: RatioKpi = {
  id: "revenue_per_store",
  label: "Revenue per store",
  numerator: "revenue.total",
  denominator: "ops.stores",
  averaging: "closing",
  perMonth: false,
};

describe("placesOf", () => {
  const placeOf = placesOf(catalog([userRatio]));

  it("ranks metrics in the summary's reading order", () => {
    const reading = [
      "revenue.total",
      "revenue.si",
      "cost.total",
      "cost.backbone",
      "gross_profit",
      "gross_profit.si",
      "sga",
      "operating_income",
      "net_income",
      "ebitda",
      "capex",
      "ebitda_minus_capex",
      "cf.operating",
      "free_cash_flow",
      "arpu.ip_service",
      "ops.stores",
      "fx.jpy_per_usd",
      "customer_churn",
    ];
    const ranks = reading.map((m) => placeOf(m).rank);
    for (let i = 1; i < ranks.length; i++)
      expect([reading[i], ranks[i]! > ranks[i - 1]!]).toEqual([reading[i], true]);
  });

  it.each([
    ["revenue_per_mbps", "unit-economics", "currency"],
    ["arpu.ip_service", "unit-economics", "currency"],
    // a user's ratio sits with the unit economics (not after the FX rows); its unit is not assumed
    ["revenue_per_store", "unit-economics", undefined],
    ["gross_profit.si", "segment-gross-profit", undefined],
    ["ebitda_adjusted", "ebitda", undefined],
    ["customer_churn", "other", undefined],
  ])("%s → %s", (metric, family, unit) => {
    expect(placeOf(metric).family).toBe(family);
    expect(placeOf(metric).unit).toBe(unit);
  });

  it("a catalog entry's declaration wins over the reported-metric rules", () => {
    // revenue.total is declared by its entry (usd, cagr, guidance shown); a revenue segment by the rule
    expect(placeOf("revenue.total").measures).toContain("cagr");
    expect(placeOf("revenue.si").measures).not.toContain("cagr");
    expect(placeOf("ebitda_minus_capex").measures).toEqual(["value"]);
  });
});
