import { knownMetrics, metricForLabel } from "../../../src/core/read";
import { looksLikeId } from "../../../src/core/read/metrics";

describe("the vocabulary offered for label corrections", () => {
  const known = knownMetrics();

  test.each<[string, string]>([
    ["revenue.total", "Total revenues"],
    ["cost.total", "Total cost of revenues"],
    ["operating_income", "Operating income (loss)"],
    ["ops.ip_contracts", "IP service contracts"],
    ["fx.jpy_per_usd", "Yen per US dollar"],
    ["revenue.si", "Systems integration"],
    ["cost.si", "Cost of systems integration"],
    ["cost.data_center", "Cost of data center services"],
  ])("%s is offered as %s", (id, label) => {
    expect(known.find((k) => k.id === id)?.label).toBe(label);
  });

  test.each<[string, string | undefined]>([
    ["revenue.total", "売上高"],
    ["cost.total", "売上原価"],
    ["revenue.si", "システムインテグレーション"],
    ["cost.si", "システムインテグレーション原価"],
    ["revenue.backbone", undefined],
  ])("%s has the Japanese label %s", (id, labelJa) => {
    expect(known.find((k) => k.id === id)?.labelJa).toBe(labelJa);
  });

  test("each Japanese label of a synonym id reads back as that id", () => {
    const withJa = known.filter(
      (k) => k.labelJa !== undefined && !/^(revenue|cost)\.(?!total$)/.test(k.id)
    );
    expect(withJa.length).toBeGreaterThan(10);
    for (const k of withJa) expect(metricForLabel(k.labelJa as string)).toBe(k.id);
  });

  test("ids are unique and follow the id rules", () => {
    const ids = known.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(looksLikeId(id)).toBe(true);
  });

  test("each synonym id's label reads back as that id", () => {
    const synonymIds = known.filter((k) => !/^(revenue|cost)\.(?!total$)/.test(k.id));
    expect(synonymIds.length).toBeGreaterThan(15);
    for (const k of synonymIds) expect(metricForLabel(k.label)).toBe(k.id);
  });
});
