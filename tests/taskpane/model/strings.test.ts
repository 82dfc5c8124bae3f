import { en } from "../../../src/taskpane/strings/en";
import { ja } from "../../../src/taskpane/strings/ja";
import { localeOf, setLocale, t } from "../../../src/taskpane/strings";

describe("strings", () => {
  it.each([
    ["ja-JP", "ja"],
    ["ja", "ja"],
    ["JA-jp", "ja"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    [undefined, "en"],
  ])("localeOf(%j) is %s", (tag, locale) => {
    expect(localeOf(tag)).toBe(locale);
  });

  it("has a Japanese text for every English key, of the same kind", () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(typeof ja[key]).toBe(typeof en[key]);
    expect(ja.months).toHaveLength(12);
  });

  it("switches language and back", () => {
    setLocale("ja");
    expect(t("refreshKpis")).toBe("KPI を更新");
    expect(t("opened")("a.xlsx")).toBe("a.xlsx を開きました");
    setLocale("en");
    expect(t("refreshKpis")).toBe("Refresh KPIs");
  });
});
