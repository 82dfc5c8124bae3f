import { readRange } from "../../../src/core/read";
import type { Grid } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";

function read(values: Grid, settings: Settings = DEFAULT_SETTINGS) {
  return readRange({ sheet: "S", topLeft: "A1", values }, settings);
}

describe("unit sources and scaling", () => {
  test.each<[string, Grid, Settings, string | undefined, number]>([
    [
      "header note in English",
      [
        ["(JPY in millions)", ""],
        ["", "1Q24"],
        ["Revenue", 5],
      ],
      DEFAULT_SETTINGS,
      "JPY",
      1e6,
    ],
    [
      "header note (¥ millions)",
      [
        ["Results (¥ millions)", ""],
        ["", "1Q24"],
        ["Revenue", 5],
      ],
      DEFAULT_SETTINGS,
      "JPY",
      1e6,
    ],
    [
      "header note in Japanese",
      [
        ["単位：百万円", ""],
        ["", "1Q24"],
        ["売上高", 5],
      ],
      DEFAULT_SETTINGS,
      "JPY",
      1e6,
    ],
    [
      "US dollars in thousands",
      [
        ["in thousands of U.S. dollars", ""],
        ["", "1Q24"],
        ["Revenue", 5],
      ],
      DEFAULT_SETTINGS,
      "USD",
      1e3,
    ],
    [
      "unit column",
      [
        ["", "Unit", "1Q24"],
        ["Revenue", "千円", 5],
      ],
      DEFAULT_SETTINGS,
      "JPY",
      1e3,
    ],
    [
      "settings",
      [
        ["", "1Q24"],
        ["Revenue", 5],
      ],
      { ...DEFAULT_SETTINGS, reportingCurrency: "EUR", unitScale: 1e6 },
      "EUR",
      1e6,
    ],
    [
      "the input beats the settings",
      [
        ["USD m", ""],
        ["", "1Q24"],
        ["Revenue", 5],
      ],
      { ...DEFAULT_SETTINGS, reportingCurrency: "EUR" },
      "USD",
      1e6,
    ],
  ])("%s", (_what, grid, settings, currency, scale) => {
    const { dataset, issues } = read(grid, settings);
    expect(dataset.money.currency).toBe(currency);
    expect(dataset.money.scale).toBe(scale);
    expect(dataset.series[0]?.unit).toEqual(dataset.money);
    expect(issues.filter((i) => i.code === "unit-unknown")).toEqual([]);
  });

  test("a row in JPY thousands in a JPY mn dataset is scaled and records its factor", () => {
    const grid: Grid = [
      ["", "Unit", "1Q24", "2Q24"],
      ["Revenue", "JPY mn", 1000, 1100],
      ["Operating income", "JPY mn", 100, 110],
      ["Interest expense", "JPY thousands", 1234, 2500],
    ];
    const { dataset } = read(grid);
    const interest = dataset.series.find((s) => s.metric === "interest_expense");
    expect(interest?.factor).toBe(0.001);
    expect(interest?.values).toEqual([1.234, 2.5]);
    expect(interest?.unit).toMatchObject({ currency: "JPY", scale: 1e6 });
  });

  test("a row in another currency keeps its own unit", () => {
    const grid: Grid = [
      ["", "Unit", "1Q24"],
      ["Revenue", "JPY mn", 1000],
      ["Capex", "JPY mn", 100],
      ["Net income", "USD m", 3],
    ];
    const { dataset } = read(grid);
    const ni = dataset.series.find((s) => s.metric === "net_income");
    expect(ni).toMatchObject({ factor: 1, values: [3], unit: { currency: "USD", scale: 1e6 } });
  });
});

describe("every number-text form in a range", () => {
  const forms: [string, number | null][] = [
    ["1,234", 1234],
    ["(394)", -394],
    ["△394", -394],
    ["▲394", -394],
    ["12.1%", 0.121],
    ["−394", -394],
    ["1 234", 1234],
    ["JPY 1,234", 1234],
    ["—", null],
    ["-", null],
    ["n/a", null],
    ["", null],
  ];
  const header = [
    "",
    "Unit",
    ...forms.map((_, i) => `${(i % 4) + 1}Q${String(10 + Math.floor(i / 4))}`),
  ];
  const { dataset, issues } = read([header, ["Revenue", "JPY mn", ...forms.map(([t]) => t)]]);

  test("values", () => {
    const values = dataset.series[0]?.values ?? [];
    forms.forEach(([, expected], i) => {
      if (expected === null) expect(values[i]).toBeNull();
      else expect(values[i]).toBeCloseTo(expected, 12);
    });
  });

  test("blanks raise no issue", () => {
    expect(issues).toEqual([]);
  });
});

describe("ids and synonyms", () => {
  test("Japanese statement labels", () => {
    const grid: Grid = [
      ["（単位：百万円）", "", ""],
      ["", "2023年3月期", "2024年3月期"],
      ["売上高", 1000, 1200],
      ["売上原価", 600, 700],
      ["売上総利益", 400, 500],
      ["販売費及び一般管理費", 300, 320],
      ["営業利益", 100, 180],
      ["親会社株主に帰属する当期純利益", 60, "△5"],
      ["営業活動によるキャッシュ・フロー", 90, 150],
    ];
    const { dataset, issues } = read(grid);
    expect(dataset.series.map((s) => s.metric)).toEqual([
      "revenue.total",
      "cost.total",
      "gross_profit",
      "sga",
      "operating_income",
      "net_income",
      "cf.operating",
    ]);
    expect(dataset.series[5]?.values).toEqual([60, -5]);
    expect(dataset.periods.map((p) => p.kind)).toEqual(["year", "year"]);
    expect(dataset.calendar.endMonth).toBe(3);
    expect(issues).toEqual([]);
  });

  test("English synonyms and segments just above the total, without a heading", () => {
    const grid: Grid = [
      ["", "1Q24"],
      ["Cloud", 60],
      ["Hardware", 40],
      ["Net sales", 100],
      ["Operating profit", 10],
    ];
    const { dataset, issues } = read(grid, { ...DEFAULT_SETTINGS, reportingCurrency: "USD" });
    expect(dataset.series.map((s) => s.metric)).toEqual([
      "revenue.cloud",
      "revenue.hardware",
      "revenue.total",
      "operating_income",
    ]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "structure", cell: "S!A4", metric: "revenue.total" }),
    ]);
  });

  test("known segment names on their own are revenue segments", () => {
    const grid: Grid = [
      ["Segment", "4Q01"],
      ["Systems integration", 4300],
      ["Data center services", 650],
    ];
    const { dataset } = read(grid, { ...DEFAULT_SETTINGS, reportingCurrency: "JPY" });
    expect(dataset.series.map((s) => [s.metric, s.unknownLabel])).toEqual([
      ["revenue.si", undefined],
      ["revenue.data_center", undefined],
    ]);
  });

  test("a first column of ids is taken as is, labels kept", () => {
    const grid: Grid = [
      ["id", "label", "1Q24"],
      ["revenue.total", "Turnover", 100],
      ["ops.sites", "Sites", 4],
    ];
    const { dataset } = read(grid, { ...DEFAULT_SETTINGS, reportingCurrency: "USD" });
    expect(dataset.series.map((s) => [s.metric, s.label, s.nature])).toEqual([
      ["revenue.total", "Turnover", "flow"],
      ["ops.sites", "Sites", "stock"],
    ]);
  });

  test("of-which lines by words or indentation; total-first blocks (indented lines adding up are segments)", () => {
    const grid: Grid = [
      ["", "1Q24"],
      ["SG&A", 50],
      ["of which personnel", 30],
      ["Total revenues", 100],
      ["   Licences", 70],
      ["   Services", 30],
    ];
    const { dataset } = read(grid, { ...DEFAULT_SETTINGS, reportingCurrency: "USD" });
    expect(dataset.series.map((s) => [s.metric, s.parent])).toEqual([
      ["sga", undefined],
      ["sga.personnel", "sga"],
      ["revenue.total", undefined],
      ["revenue.licences", undefined],
      ["revenue.services", undefined],
    ]);
  });
});
