import fc from "fast-check";
import type { Grid } from "../../../src/core/grid/types";
import { readRange } from "../../../src/core/read";
import { cleanMetricId, labelMapKey, labelOverrides } from "../../../src/core/read/label-map";
import type { Dataset } from "../../../src/core/read/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { seedRange } from "./grids";

function read(values: Grid, labelMap?: Settings["labelMap"]) {
  const settings: Settings = labelMap ? { ...DEFAULT_SETTINGS, labelMap } : DEFAULT_SETTINGS;
  return readRange({ sheet: "Figures", topLeft: "A1", values }, settings);
}

function metrics(ds: Dataset): string[] {
  return ds.series.map((s) => s.metric);
}

function unknown(ds: Dataset): string[] {
  return ds.series.filter((s) => s.unknownLabel).map((s) => s.metric);
}

/** Wide, no id column: two known labels and one the synonyms do not know (read as `hosting_fees`). */
const WIDE: Grid = [
  ["", "1Q01", "2Q01"],
  ["Net sales", 100, 110],
  ["Operating income", 10, 12],
  ["Hosting fees", 5, 6],
];

describe("label map on a wide block", () => {
  test.each<[string, Settings["labelMap"], string[], string[]]>([
    [
      "no override: unchanged",
      undefined,
      ["revenue.total", "operating_income", "hosting_fees"],
      ["hosting_fees"],
    ],
    [
      "an empty map: unchanged",
      {},
      ["revenue.total", "operating_income", "hosting_fees"],
      ["hosting_fees"],
    ],
    [
      "a map of labels not in the block: unchanged",
      { Capex: "capex" },
      ["revenue.total", "operating_income", "hosting_fees"],
      ["hosting_fees"],
    ],
    [
      "an unknown label mapped to revenue.si",
      { "Hosting fees": "revenue.si" },
      ["revenue.total", "operating_income", "revenue.si"],
      [],
    ],
    [
      "a known label remapped",
      { "Operating income": "gross_profit" },
      ["revenue.total", "gross_profit", "hosting_fees"],
      ["hosting_fees"],
    ],
    [
      "matched ignoring case and spaces",
      { "  HOSTING   fees ": "revenue.si" },
      ["revenue.total", "operating_income", "revenue.si"],
      [],
    ],
    [
      "an id colliding with another line's takes the duplicate suffix",
      { "Hosting fees": "operating_income" },
      ["revenue.total", "operating_income", "operating_income_2"],
      [],
    ],
    [
      "two labels mapped to one id: the second takes the suffix",
      { "Net sales": "revenue.si", "Hosting fees": "revenue.si" },
      ["revenue.si", "operating_income", "revenue.si_2"],
      [],
    ],
    [
      "an id outside the vocabulary is kept, lower-cased",
      { "Hosting fees": "Revenue.Hosting" },
      ["revenue.total", "operating_income", "revenue.hosting"],
      [],
    ],
    [
      "a blank id is no override",
      { "Hosting fees": "  " },
      ["revenue.total", "operating_income", "hosting_fees"],
      ["hosting_fees"],
    ],
  ])("%s", (_, labelMap, expected, expectedUnknown) => {
    const { dataset } = read(WIDE, labelMap);
    expect(metrics(dataset)).toEqual(expected);
    expect(unknown(dataset)).toEqual(expectedUnknown);
  });

  test("a mapped label raises no unknown-label issue; labels stay as written", () => {
    const labelIssues = (issues: { code: string; cell?: string }[]) =>
      issues.filter((i) => i.code === "unknown-label").map((i) => i.cell);
    expect(labelIssues(read(WIDE).issues)).toEqual(["Figures!A4"]);
    const after = read(WIDE, { "hosting fees": "revenue.si" });
    expect(labelIssues(after.issues)).toEqual([]);
    expect(after.dataset.series[2]).toMatchObject({
      metric: "revenue.si",
      label: "Hosting fees",
      values: [5, 6],
    });
  });

  test("the nature follows the chosen id: ops.* is a stock, fx.* a rate", () => {
    const stock = read(WIDE, { "Hosting fees": "ops.hosts" }).dataset.series[2];
    expect(stock).toMatchObject({ metric: "ops.hosts", nature: "stock" });
    const rate = read(WIDE, { "Hosting fees": "fx.jpy_per_usd" }).dataset.series[2];
    expect(rate).toMatchObject({ metric: "fx.jpy_per_usd", nature: "rate" });
    expect(read(WIDE).dataset.series[2]?.nature).toBe("flow");
  });

  test("a segment chosen inside a revenue block keeps the block open", () => {
    const block: Grid = [
      ["", "1Q01", "2Q01"],
      ["Revenues:", "", ""],
      ["Hosting", 5, 6],
      ["Consulting", 3, 4],
      ["Total revenues", 8, 10],
    ];
    expect(metrics(read(block).dataset)).toEqual([
      "revenue.hosting",
      "revenue.consulting",
      "revenue.total",
    ]);
    expect(metrics(read(block, { Hosting: "revenue.si" }).dataset)).toEqual([
      "revenue.si",
      "revenue.consulting",
      "revenue.total",
    ]);
  });

  test("a tall block (periods in rows) maps its column labels too", () => {
    const tall: Grid = [
      ["", "Net sales", "Hosting fees"],
      ["1Q01", 100, 5],
      ["2Q01", 110, 6],
      ["3Q01", 120, 7],
    ];
    const { dataset } = read(tall, { "Hosting fees": "revenue.si" });
    expect(dataset.layout).toBe("tall");
    expect(metrics(dataset)).toEqual(["revenue.total", "revenue.si"]);
  });
});

describe("label map on the seed (an id column)", () => {
  test("a mapped label wins over the id column; other lines keep their ids", () => {
    const plain = readRange(seedRange(), DEFAULT_SETTINGS).dataset;
    const mapped = readRange(seedRange(), {
      ...DEFAULT_SETTINGS,
      labelMap: { "Systems integration": "revenue.integration" },
    }).dataset;
    expect(metrics(plain)).toContain("revenue.si");
    const si = mapped.series.find((s) => s.label === "Systems integration");
    expect(si?.metric).toBe("revenue.integration");
    expect(metrics(mapped)).not.toContain("revenue.si");
    expect(metrics(mapped).filter((m) => m !== "revenue.integration")).toEqual(
      metrics(plain).filter((m) => m !== "revenue.si")
    );
  });
});

describe("label map on a long table", () => {
  const LONG: Grid = [
    ["Period", "Account", "Segment", "Amount"],
    ["1Q01", "Revenue", "Cloud", 60],
    ["1Q01", "Revenue", "Total", 100],
    ["1Q01", "Hosting fees", "", 5],
    ["2Q01", "Revenue", "Cloud", 66],
    ["2Q01", "Revenue", "Total", 110],
    ["2Q01", "Hosting fees", "", 6],
  ];

  test.each<[string, Settings["labelMap"], string[], string[]]>([
    [
      "no override",
      undefined,
      ["revenue.cloud", "revenue.total", "hosting_fees"],
      ["hosting_fees"],
    ],
    [
      "an unknown account mapped",
      { "hosting FEES": "revenue.si" },
      ["revenue.cloud", "revenue.total", "revenue.si"],
      [],
    ],
    [
      "an account and segment mapped by the label the pane shows",
      { "Revenue (Cloud)": "revenue.si" },
      ["revenue.si", "revenue.total", "hosting_fees"],
      ["hosting_fees"],
    ],
    [
      "an account mapped: its segments follow the new family",
      { Revenue: "sales.total" },
      ["sales.total.cloud", "sales.total", "hosting_fees"],
      ["hosting_fees"],
    ],
  ])("%s", (_, labelMap, expected, expectedUnknown) => {
    const { dataset } = read(LONG, labelMap);
    expect(dataset.layout).toBe("long");
    expect(metrics(dataset)).toEqual(expected);
    expect(unknown(dataset)).toEqual(expectedUnknown);
  });
});

describe("label map keys and ids", () => {
  test.each<[string, string | null]>([
    ["revenue.si", "revenue.si"],
    ["Revenue.SI", "revenue.si"],
    [" ops.IP contracts ", "ops.ip_contracts"],
    ["cost..network", "cost.network"],
    ["   ", null],
    ["...", null],
    ["売上", "売上"],
  ])("id %j → %j", (id, expected) => {
    expect(cleanMetricId(id)).toBe(expected);
  });

  test("a key ignores case, full-width forms and runs of spaces", () => {
    const lookup = labelOverrides({ "Hosting  fees": "revenue.si" });
    expect(lookup("HOSTING FEES")).toBe("revenue.si");
    expect(lookup("\tHosting\u3000fees ")).toBe("revenue.si");
    expect(lookup("Ｈｏｓｔｉｎｇ fees")).toBe("revenue.si");
    expect(lookup("Hosting fee")).toBeNull();
  });

  test("entries that are not text are left out", () => {
    const map = { A: 3, B: "capex" } as unknown as Record<string, string>;
    const lookup = labelOverrides(map);
    expect(lookup("A")).toBeNull();
    expect(lookup("b")).toBe("capex");
  });

  test("property: the key of a label is the key of its case and spacing variants", () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.nat(3), (words, pad) => {
        const label = words.join(" ");
        const variant = " ".repeat(pad) + words.map((w) => w.toUpperCase()).join("  ") + "\t";
        expect(labelMapKey(variant)).toBe(labelMapKey(label));
      })
    );
  });

  test("property: lines each mapped to a distinct id are read as exactly those ids", () => {
    const labels = fc.uniqueArray(fc.stringMatching(/^[a-z]{4,9}$/), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(labels, (words) => {
        const grid: Grid = [["", "1Q01", "2Q01"], ...words.map((w, i) => [`Line ${w}`, i, i + 1])];
        const labelMap = Object.fromEntries(words.map((w, i) => [`LINE ${w}`, `custom.m${i}`]));
        const { dataset } = read(grid, labelMap);
        expect(metrics(dataset)).toEqual(words.map((_, i) => `custom.m${i}`));
        expect(unknown(dataset)).toEqual([]);
      })
    );
  });
});
