import type { MetricNature } from "../../../src/core/read/types";
import { metricWords, slugWords } from "../../../src/taskpane/model/metricWords";
import { en } from "../../../src/taskpane/strings/en";
import { ja } from "../../../src/taskpane/strings/ja";

const EN = { text: en.metricWords, japanese: false };
const JA = { text: ja.metricWords, japanese: true };

describe("metricWords: a line's metric in words", () => {
  const english: [string, MetricNature | undefined, string][] = [
    ["revenue.dedicated_access", "flow", "Revenue · segment · Dedicated access services"],
    ["cost.network", "flow", "Cost · segment · Network operation"],
    ["revenue.hosting", "flow", "Revenue · segment · Hosting"],
    ["operating_income", "flow", "Operating income"],
    ["revenue.total", "flow", "Total revenues"],
    ["ops.subscribers", "stock", "Subscribers (stock)"],
    ["ops.fibre_homes", "stock", "Fibre homes (stock)"],
    ["cf.leases", "flow", "Cash flow · Leases"],
    ["broadband_tv", undefined, "Broadband tv"],
    ["cost.network_2", "flow", "Cost · segment · Network operation (2)"],
    ["cloud.revenue.total", "flow", "Cloud · Total revenues"],
    ["operating_income_3", "flow", "Operating income (3)"],
    // an unknown slug ending in a number keeps it
    ["ops.homes_area_4", "stock", "Homes area 4 (stock)"],
    ["mobile_business.operating_income", "flow", "Mobile business · Operating income"],
  ];
  it.each(english)("%s (%s) → %s", (id, nature, words) => {
    expect(metricWords(id, nature ? { ...EN, nature } : EN)).toBe(words);
  });

  const japanese: [string, MetricNature | undefined, string][] = [
    ["revenue.dedicated_access", "flow", "売上高 · セグメント · 専用線接続サービス"],
    ["operating_income", "flow", "営業利益"],
    ["ops.subscribers", "stock", "加入者数 (期末値)"],
    ["cost.si", "flow", "原価 · セグメント · システムインテグレーション"],
    // no Japanese label in the vocabulary: the English one
    ["revenue.backbone", "flow", "売上高 · セグメント · Backbone"],
    ["cf.leases", "flow", "キャッシュフロー · Leases"],
  ];
  it.each(japanese)("ja: %s (%s) → %s", (id, nature, words) => {
    expect(metricWords(id, nature ? { ...JA, nature } : JA)).toBe(words);
  });

  it("never shows a dotted id nor an underscore for a slug", () => {
    for (const id of ["revenue.dedicated_access", "ops.ip_contracts", "a_b.c_d", "cf.free"]) {
      const words = metricWords(id, EN);
      expect(words).not.toMatch(/[._]/);
    }
  });

  it.each([
    ["dedicated_access", "Dedicated access"],
    ["x", "X"],
    ["", ""],
  ])("slugWords(%s) → %s", (slug, words) => expect(slugWords(slug)).toBe(words));
});
