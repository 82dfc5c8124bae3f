import { kpiCards, latestQuarter, quarterLabels } from "../../../src/taskpane/model/cards";
import { dataset, kpis } from "../fixtures";

describe("KPI cards", () => {
  it("orders quarters by their dates, not by input order", () => {
    expect(quarterLabels(dataset)).toEqual(["4Q00", "3Q01", "4Q01"]);
  });

  it("picks the latest quarter that has total revenues", () => {
    expect(latestQuarter(dataset, kpis)).toBe("4Q01");
    const without4Q01 = kpis.filter(
      (k) => !(k.period === "4Q01" && k.metric === "revenue.total" && k.kpi === "value")
    );
    expect(latestQuarter(dataset, without4Q01)).toBe("3Q01");
  });

  it("builds revenue, growth, margin and EBITDA cards from the core's displays", () => {
    const { period, cards } = kpiCards(dataset, kpis);
    expect(period).toBe("4Q01");
    expect(cards.map((c) => [c.id, c.value])).toEqual([
      ["revenue", "JPY12.1B"],
      ["growth", "31.6%"],
      ["margin", "1.5%"],
      ["ebitda", "JPY968M"],
    ]);
    // Displays that name their currency need no unit caption.
    expect(cards.map((c) => c.unit)).toEqual([undefined, undefined, undefined, undefined]);
    expect(cards[0]?.details).toEqual([{ kind: "yoy", display: "31.6%", base: "4Q00" }]);
    expect(cards[1]?.details).toEqual([{ kind: "qoq", display: "21.9%", base: "3Q01" }]);
    // Capex is n.m. in the fixture: the card still shows it, as n.m.
    expect(cards[3]?.details).toEqual([{ kind: "capex", display: "n.m." }]);
    // Trend of revenue over 4Q00, 3Q01, 4Q01 (seed values).
    expect(cards[0]?.trend).toEqual([9195, 9926, 12100]);
    expect(cards[1]?.trend).toEqual([null, null, 12100 / 9195 - 1]);
  });

  it("gives no cards when there is no quarter", () => {
    expect(
      kpiCards({ ...dataset, periods: dataset.periods.filter((p) => p.kind !== "quarter") }, kpis)
    ).toEqual({ period: null, cards: [] });
  });

  it("captions bare money figures with the dataset's unit", () => {
    const bare = kpis.map((k) =>
      k.kpi === "value" && (k.metric === "revenue.total" || k.metric === "ebitda")
        ? { ...k, display: k.value === null ? "n.m." : k.value.toLocaleString("en-US") }
        : k
    );
    const { cards } = kpiCards(dataset, bare);
    expect(cards.map((c) => [c.value, c.unit])).toEqual([
      ["12,100", "JPY mn"],
      ["31.6%", undefined],
      ["1.5%", undefined],
      ["968", "JPY mn"],
    ]);
  });
});
