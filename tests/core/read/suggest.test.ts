import { readRange } from "../../../src/core/read";
import { editDistance, suggestMetric } from "../../../src/core/read/suggest";
import { metricForLabel } from "../../../src/core/read/synonyms";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

describe("the most likely metric of an unknown label", () => {
  test.each<[string, string, string]>([
    // slips of the keyboard
    ["Opertaing income", "operating_income", "Operating income"],
    ["Total revenus", "revenue.total", "Total revenues"],
    ["Depreciation and amortizaton", "da", "Depreciation and amortization"],
    // more words than the vocabulary's label
    ["Consolidated operating income", "operating_income", "Operating income"],
    ["Profit before tax and exceptional items", "pretax_income", "Profit before tax"],
    ["Total AUM - Wealth", "ops.aum", "AUM"],
    // Japanese: pairs of characters
    ["営業利益額", "operating_income", "営業利益"],
    ["連結経常利益", "ordinary_income", "経常利益"],
  ])("%j → %s (%s)", (label, metric, synonym) => {
    expect(metricForLabel(label)).toBeNull();
    expect(suggestMetric(label)).toEqual({ metric, label: synonym });
  });

  test.each([
    // nothing close
    "Marketing events",
    "Cloud hosting",
    "",
    // two metrics alike: operating PBT or PBT margin; AUM or total equity
    "Operating PBT margin",
    "Total AUM - Equity",
  ])("%j gets no suggestion", (label) => {
    expect(suggestMetric(label)).toBeNull();
  });

  test.each<[string, string, number]>([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "abd", 1],
    ["kitten", "sitting", 3],
    ["営業利益", "経常利益", 2],
  ])("edit distance %j, %j = %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("an unknown label keeps its line and its issue suggests a mapping", () => {
  const { dataset, issues } = readRange(
    {
      sheet: "P&L",
      topLeft: "A1",
      values: [
        ["USD in millions", "1Q24", "2Q24"],
        ["Total revenues", 100, 110],
        ["Opertaing income", 10, 12],
        ["Marketing events", 3, 4],
      ],
    },
    DEFAULT_SETTINGS
  );

  test("the line is read under a slug of its label", () => {
    const s = dataset.series.find((x) => x.label === "Opertaing income");
    expect(s).toMatchObject({ metric: "opertaing_income", unknownLabel: true, values: [10, 12] });
  });

  test("its issue says what it most likely is", () => {
    const unknown = issues.filter((i) => i.code === "unknown-label");
    expect(unknown.map((i) => i.cell)).toEqual(["'P&L'!A3", "'P&L'!A4"]);
    expect(unknown[0]?.message).toMatch(/Did you mean Operating income \(operating_income\)\?$/);
    expect(unknown[1]?.message).not.toMatch(/Did you mean/);
  });
});
