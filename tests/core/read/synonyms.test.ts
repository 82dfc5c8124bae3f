import {
  isOfWhichLabel,
  metricForLabel,
  segmentSlug,
  slugify,
} from "../../../src/core/read/synonyms";

describe("label synonyms", () => {
  test.each<[string, string]>([
    ["Total revenues", "revenue.total"],
    ["Net sales", "revenue.total"],
    ["Revenues:", "revenue.total"],
    ["Revenue", "revenue.total"],
    ["売上高", "revenue.total"],
    ["営業収益", "revenue.total"],
    ["Operating income (loss)", "operating_income"],
    ["Operating profit", "operating_income"],
    ["営業利益", "operating_income"],
    ["営業利益（損失）", "operating_income"],
    ["Total cost of revenues", "cost.total"],
    ["売上総利益", "gross_profit"],
    ["SG&A", "sga"],
    ["販売費及び一般管理費", "sga"],
    ["減価償却費", "da"],
    ["支払利息", "interest_expense"],
    ["法人税等", "income_taxes"],
    ["親会社株主に帰属する当期純利益", "net_income"],
    ["親会社株主に帰属する四半期純利益", "net_income"],
    ["親会社の所有者に帰属する当期利益", "net_income"],
    ["Net income (loss)", "net_income"],
    ["設備投資", "capex"],
    ["営業活動によるキャッシュ・フロー", "cf.operating"],
    ["投資活動によるキャッシュ・フロー", "cf.investing"],
    ["Net cash used in investing activities", "cf.investing"],
    ["EBITDA", "ebitda"],
    ["  Depreciation and amortization *1", "da"],
  ])("%s → %s", (label, id) => {
    expect(metricForLabel(label)).toBe(id);
  });

  // a stock's period-end note is not part of its label; a flow's label with such a note stays unknown
  test.each<[string, string | null]>([
    ["Subscribers (end of period)", "ops.subscribers"],
    ["Subscribers (period end)", "ops.subscribers"],
    ["加入者数（期末）", "ops.subscribers"],
    ["Total assets (end of period)", "bs.total_assets"],
    ["Revenue (end of period)", null],
    ["Cloud hosting (end of period)", null],
  ])("period-end note: %s → %s", (label, id) => {
    expect(metricForLabel(label)).toBe(id);
  });

  test("unknown labels match nothing", () => {
    expect(metricForLabel("Cloud hosting")).toBeNull();
  });

  test.each<[string, string]>([
    ["Systems integration", "si"],
    ["Cost of systems integration", "si"],
    ["Cost of data center services", "data_center"],
    ["Network operation costs", "network"],
    ["  of which backbone costs", "backbone"],
    ["Cloud & hosting", "cloud_hosting"],
  ])("segment %s → %s", (label, slug) => {
    expect(segmentSlug(label)).toBe(slug);
  });

  test("slugs keep letters of any script", () => {
    expect(slugify("クラウド サービス")).toBe("クラウド_サービス");
    expect(slugify("***")).toBe("unnamed");
  });

  test.each<[string, boolean]>([
    ["  of which backbone costs", true],
    ["Of which: leases", true],
    ["うち海外", true],
    ["Others", false],
  ])("of-which %j → %s", (label, expected) => {
    expect(isOfWhichLabel(label)).toBe(expected);
  });
});
