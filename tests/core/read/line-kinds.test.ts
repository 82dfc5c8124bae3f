import {
  isPercentLine,
  lineKind,
  mapLines,
  natureOf,
  type LineKind,
  type LineLabel,
} from "../../../src/core/read/metrics";
import { metricForLabel, slugify } from "../../../src/core/read/synonyms";
import type { Unit } from "../../../src/core/read/types";

const PCT: Unit = { scale: 1, label: "%" };
const INR_CR: Unit = { currency: "INR", scale: 1e7, label: "INR crore" };
const COUNT: Unit = { scale: 1, label: "people" };

/** The metric a label reads as on its own: a synonym, else a slug. */
const idOf = (label: string): string => metricForLabel(label) ?? slugify(label);

describe("kinds of line", () => {
  test.each<[string, Unit | null, LineKind]>([
    // percentages and ratios
    ["Operating margin", null, "percent"],
    ["EBITDA margin", null, "percent"],
    ["Net interest margin", null, "percent"],
    ["Cost to income ratio", null, "percent"],
    ["Cost/Income", null, "percent"],
    ["ROE", null, "percent"],
    ["Return on average assets", null, "percent"],
    ["Client retention", null, "percent"],
    ["Retention %", null, "percent"],
    ["Effective tax rate", null, "percent"],
    ["Tax rate", null, "percent"],
    ["Payout ratio", null, "percent"],
    ["営業利益率", null, "percent"],
    ["Share of digital sales", PCT, "percent"],
    ["Gross margin %", null, "percent"],
    // per-share figures
    ["EPS", INR_CR, "per-share"],
    ["Diluted EPS", null, "per-share"],
    ["Adjusted EPS", null, "per-share"],
    ["Dividend per share", null, "per-share"],
    ["Book value per share", null, "per-share"],
    ["1株当たり配当金", null, "per-share"],
    // stocks
    ["Total AUM", INR_CR, "stock"],
    ["AUM - Equity", null, "stock"],
    ["Assets under management", null, "stock"],
    ["Headcount", null, "stock"],
    ["Employees", null, "stock"],
    ["Team size", COUNT, "stock"],
    ["IP service contracts", null, "stock"],
    ["Subscribers (end of period)", null, "stock"],
    ["Number of stores", null, "stock"],
    ["店舗数", null, "stock"],
    ["Total assets", null, "stock"],
    // rates of exchange
    ["Yen per US dollar", null, "fx"],
    ["Exchange rate (INR/USD)", null, "fx"],
    // flows
    ["Total revenues", null, "flow"],
    ["Revenue from contracts with customers", null, "flow"],
    ["Gross margin", null, "flow"],
    ["Costs", INR_CR, "flow"],
    ["PAT", INR_CR, "flow"],
    ["Marketing events", null, "flow"],
  ])("%j (%o) is a %s line", (label, unit, kind) => {
    expect(lineKind(idOf(label), label, unit)).toBe(kind);
  });

  test.each<[LineKind, string]>([
    ["flow", "flow"],
    ["stock", "stock"],
    ["percent", "rate"],
    ["per-share", "rate"],
    ["fx", "rate"],
  ])("a %s line has the nature %s", (kind, nature) => {
    const label = {
      flow: "Total revenues",
      stock: "Total AUM",
      percent: "ROE",
      "per-share": "EPS",
      fx: "Yen per US dollar",
    }[kind];
    expect(natureOf(idOf(label), label, null)).toBe(nature);
  });

  test.each<[string, string, boolean]>([
    ["ratio.roe", "ROE", true],
    ["cost_to_income", "Cost to income", true],
    ["per_share.eps", "EPS", false],
    ["fx.jpy_per_usd", "Yen per US dollar", false],
    ["ops.aum", "Total AUM", false],
    ["revenue.total", "Revenue", false],
  ])("%s (%j) is a percent line: %s", (metric, label, expected) => {
    expect(isPercentLine({ metric, label, unit: null })).toBe(expected);
  });
});

describe("stock, ratio and per-share lines are never segments", () => {
  const line = (label: string, heading = false): LineLabel => ({
    label,
    id: "",
    indent: 0,
    heading,
  });

  test("under a revenue heading", () => {
    const mapped = mapLines([
      line("Revenues:", true),
      line("Wealth management"),
      line("AUM - Equity"),
      line("Retention %"),
      line("Asset management"),
      line("Total revenues"),
    ]);
    expect(mapped.map((m) => m?.metric ?? null)).toEqual([
      null,
      "revenue.wealth_management",
      "aum_equity",
      "ratio.retention",
      "revenue.asset_management",
      "revenue.total",
    ]);
  });

  test("just above a total", () => {
    const mapped = mapLines([
      line("Wealth management"),
      line("Advisory fees"),
      line("Client AUM"),
      line("Total revenues"),
    ]);
    expect(mapped.map((m) => m?.metric ?? null)).toEqual([
      "revenue.wealth_management",
      "revenue.advisory_fees",
      "client_aum",
      "revenue.total",
    ]);
  });

  test("a known stock or ratio line between segments and their total leaves them segments", () => {
    const mapped = mapLines([
      line("Wealth management"),
      line("Total AUM"),
      line("Asset management"),
      line("Cost to income ratio"),
      line("Total revenues"),
      line("Revenues:", true),
      line("Broking"),
      line("EPS"),
      line("Lending"),
      line("Total revenues"),
    ]);
    expect(mapped.map((m) => m?.metric ?? null)).toEqual([
      "revenue.wealth_management",
      "ops.aum",
      "revenue.asset_management",
      "ratio.cost_to_income",
      "revenue.total",
      null,
      "revenue.broking",
      "per_share.eps",
      "revenue.lending",
      "revenue.total_2",
    ]);
  });
});
