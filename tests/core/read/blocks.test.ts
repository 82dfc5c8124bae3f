import { analyse, type Analysis } from "../../../src/core/analyse";
import type { Grid } from "../../../src/core/grid/types";
import { readRange } from "../../../src/core/read";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { annualThenQuarterly, beside, blockRows, stack } from "./packs";

const MARCH: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 3 };
const NOW = new Date("2026-11-29T00:00:00Z");

function run(values: Grid, settings: Settings = MARCH): Analysis {
  return analyse({ sheet: "Pack", topLeft: "A1", values }, settings, NOW);
}

function kpi(a: Analysis, metric: string, period: string, kind: string): number | null | undefined {
  return a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind)?.value;
}

describe("two stacked tables: annual with CAGR %, quarterly with YoY%", () => {
  const a = run(annualThenQuarterly());

  it("reads each table with its own periods, the latest quarter included", () => {
    expect(a.dataset.blocks).toEqual([
      { range: "Pack!A2:G4", first: "FY21", last: "FY25", periods: 5, unit: "JPY mn", lines: 2 },
      {
        range: "Pack!A8:H10",
        first: "Q2 FY25",
        last: "Q3 FY26",
        periods: 6,
        unit: "JPY mn",
        lines: 2,
      },
    ]);
    expect(a.dataset.periods.map((p) => p.label)).toEqual([
      ...["FY21", "FY22", "FY23", "FY24", "FY25"],
      ...["Q2 FY25", "Q3 FY25", "Q4 FY25", "Q1 FY26", "Q2 FY26", "Q3 FY26"],
    ]);
  });

  it("never reads the quarterly header or the ratio columns as figures", () => {
    const codes = a.issues.map((i) => i.code);
    expect(codes).not.toContain("not-a-number");
    expect(codes).not.toContain("unknown-period");
    const revenue = a.dataset.series.find((s) => s.metric === "revenue.total");
    expect(revenue?.values).toEqual([100, 120, 150, 180, 200, 48, 50, 55, 52, 56, 60]);
    expect(a.dataset.series.map((s) => s.metric).sort()).toEqual([
      "operating_income",
      "revenue.total",
    ]);
  });

  it("computes the quarterly KPIs from the quarterly cells (worked out by hand)", () => {
    expect(kpi(a, "revenue.total", "Q3 FY26", "value")).toBe(60);
    expect(kpi(a, "revenue.total", "Q3 FY26", "yoy")).toBeCloseTo(60 / 50 - 1, 12);
    expect(kpi(a, "revenue.total", "Q3 FY26", "qoq")).toBeCloseTo(60 / 56 - 1, 12);
    expect(kpi(a, "revenue.total", "Q2 FY26", "yoy")).toBeCloseTo(56 / 48 - 1, 12);
    expect(kpi(a, "operating_income", "Q3 FY26", "margin")).toBeCloseTo(6.5 / 60, 12);
    expect(kpi(a, "revenue.total", "FY25", "value")).toBe(200);
    expect(kpi(a, "revenue.total", "FY25", "yoy")).toBeCloseTo(200 / 180 - 1, 12);
    expect(kpi(a, "revenue.total", "FY25", "cagr")).toBeCloseTo(Math.pow(200 / 100, 1 / 4) - 1, 12);
  });

  it("ties out the book's CAGR % and YoY%: only the slipped cell is a warning, naming both figure cells", () => {
    const tie = a.issues.filter((i) => i.code === "tie-out");
    expect(tie).toHaveLength(1);
    expect(tie[0]).toMatchObject({ severity: "warning", cell: "Pack!H10", period: "Q3 FY26" });
    expect(tie[0]?.message).toMatch(/Pack!C10 and Pack!G10/);
    expect(tie[0]?.message).toMatch(/25\.0%.*30\.0%/);
  });
});

describe("blocks side by side, each with its own unit note", () => {
  const left = blockRows({
    corner: "(JPY mn)",
    periods: ["FY23", "FY24"],
    computed: "CAGR %",
    lines: [
      { label: "Revenue", values: [1000, 1200], book: "20%" },
      { label: "Operating income", values: [100, 150], book: "50%" },
    ],
  });
  const right = blockRows({
    corner: "(JPY bn)",
    periods: ["1Q FY25", "2Q FY25", "3Q FY25", "4Q FY25", "1Q FY26"],
    computed: "QoQ %",
    lines: [
      { label: "Revenue", values: [0.3, 0.31, 0.32, 0.33, 0.36], book: "9.1%" },
      { label: "Operating income", values: [0.03, 0.031, 0.032, 0.033, 0.045], book: "30.0%" },
    ],
  });
  const a = run(beside(left, right, 1));

  it("reads two blocks and puts the billions in the first block's millions", () => {
    expect(a.dataset.blocks?.map((b) => [b.range, b.first, b.last, b.unit])).toEqual([
      ["Pack!A1:D3", "FY23", "FY24", "JPY mn"],
      ["Pack!F1:L3", "1Q FY25", "1Q FY26", "JPY bn"],
    ]);
    expect(a.dataset.money.label).toBe("JPY mn");
    expect(kpi(a, "revenue.total", "1Q FY25", "value")).toBeCloseTo(300, 9);
    expect(kpi(a, "revenue.total", "1Q FY26", "yoy")).toBeCloseTo(360 / 300 - 1, 12);
    // the year the quarters add up to, compared with the year of the other block
    expect(kpi(a, "revenue.total", "FY25", "value")).toBeCloseTo(300 + 310 + 320 + 330, 9);
    expect(kpi(a, "revenue.total", "FY25", "yoy")).toBeCloseTo(1260 / 1200 - 1, 12);
  });

  it("ties out QoQ % per line: 45 / 33 − 1 = 36.4%, not the 30.0% written", () => {
    const tie = a.issues.filter((i) => i.code === "tie-out");
    expect(tie.map((i) => [i.severity, i.cell])).toEqual([["warning", "Pack!L3"]]);
    expect(tie[0]?.message).toMatch(/36\.4%/);
  });
});

describe("the same metric and period in two blocks", () => {
  const grid = stack(
    blockRows({
      title: "JPY in millions",
      periods: ["FY2023", "FY2024"],
      lines: [
        { label: "Revenue", values: [100, 120] },
        { label: "Operating income", values: [10, 12] },
      ],
    }),
    blockRows({
      periods: ["FY2024", "FY2025"],
      lines: [
        { label: "Revenue", values: [120, 130] },
        { label: "Operating income", values: [11, 14] },
      ],
    }),
    1
  );
  const a = run(grid);

  it("agreeing: one figure from the first cell, an info naming both cells", () => {
    expect(kpi(a, "revenue.total", "FY2024", "value")).toBe(120);
    expect(kpi(a, "revenue.total", "FY2025", "yoy")).toBeCloseTo(130 / 120 - 1, 12);
    const info = a.issues.find((i) => i.code === "block-overlap" && i.severity === "info");
    expect(info?.message).toMatch(/Pack!B7.*Pack!C3/);
    const revenue = a.dataset.series.find((s) => s.metric === "revenue.total");
    expect(revenue?.cells[1]).toMatchObject({ row: 2, col: 2 });
  });

  it("disagreeing: a warning naming both cells, and the KPIs that need the figure are n.m.", () => {
    const warning = a.issues.find((i) => i.code === "block-overlap" && i.severity === "warning");
    expect(warning?.message).toMatch(/Pack!C4.*12.*Pack!B8.*11/);
    expect(kpi(a, "operating_income", "FY2024", "value")).toBeNull();
    expect(kpi(a, "operating_income", "FY2024", "yoy")).toBeNull();
    expect(kpi(a, "operating_income", "FY2025", "yoy")).toBeNull();
    expect(kpi(a, "operating_income", "FY2025", "value")).toBe(14);
  });
});

describe("blocks in other shapes", () => {
  it("a unit note above a block applies to it only; a block without one takes the note above it", () => {
    const grid = stack(
      stack(
        blockRows({
          title: "JPY in millions",
          periods: ["FY2023", "FY2024"],
          lines: [{ label: "Revenue", values: [100, 120] }],
        }),
        blockRows({ title: "JPY in billions", periods: ["FY2025"], lines: [] }).slice(0, 1),
        0
      ),
      [
        ["", "Q1 FY2025", "Q2 FY2025"],
        ["Revenue", 0.03, 0.031],
      ],
      0
    );
    const { dataset } = readRange({ sheet: "Pack", topLeft: "A1", values: grid }, MARCH);
    expect(dataset.blocks?.map((b) => b.unit)).toEqual(["JPY mn", "JPY bn"]);
    expect(dataset.series[0]?.values.map((v) => (v === null ? v : Math.round(v)))).toEqual([
      100, 120, 30, 31,
    ]);
    const plain = stack(
      blockRows({
        title: "JPY in millions",
        periods: ["FY2023", "FY2024"],
        lines: [{ label: "Revenue", values: [100, 120] }],
      }),
      blockRows({
        periods: ["Q1 FY2025", "Q2 FY2025"],
        lines: [{ label: "Revenue", values: [30, 31] }],
      }),
      2
    );
    const read = readRange({ sheet: "Pack", topLeft: "A1", values: plain }, MARCH);
    expect(read.dataset.blocks?.map((b) => b.unit)).toEqual(["JPY mn", "JPY mn"]);
    expect(read.dataset.series[0]?.values).toEqual([100, 120, 30, 31]);
    expect(read.issues.map((i) => i.code)).not.toContain("unit-unknown");
  });

  it("periods in rows: tables stacked are blocks with their own columns of labels", () => {
    const grid: Grid = [
      ["(JPY mn)", "Revenue", "Operating income"],
      ["FY2023", 100, 10],
      ["FY2024", 120, 12],
      ["", "", ""],
      ["", "Revenue", "Operating income"],
      ["Q1 FY2025", 30, 3],
      ["Q2 FY2025", 31, 4],
    ];
    const a = run(grid);
    expect(a.dataset.layout).toBe("tall");
    expect(a.dataset.blocks?.map((b) => [b.range, b.first, b.last])).toEqual([
      ["Pack!A1:C3", "FY2023", "FY2024"],
      ["Pack!A5:C7", "Q1 FY2025", "Q2 FY2025"],
    ]);
    expect(kpi(a, "operating_income", "Q2 FY2025", "margin")).toBeCloseTo(4 / 31, 12);
    expect(a.issues.map((i) => i.code)).not.toContain("not-a-number");
  });

  it("a YoY % row under a line is the book's ratio of that line, not a metric", () => {
    const grid: Grid = [
      ["(JPY mn)", "Q1 FY2024", "Q2 FY2024", "Q1 FY2025", "Q2 FY2025"],
      ["Revenue", 100, 110, 120, 121],
      ["YoY %", "", "", "20%", "12.0%"],
    ];
    const a = run(grid);
    expect(a.dataset.series.map((s) => s.metric)).toEqual(["revenue.total"]);
    const tie = a.issues.filter((i) => i.code === "tie-out");
    // 121 / 110 − 1 = 10.0%, not 12.0%
    expect(tie.map((i) => [i.severity, i.cell])).toEqual([["warning", "Pack!E3"]]);
  });

  it("a ratio column whose periods the layout does not say is not tied out, and an info says so", () => {
    const grid: Grid = [
      ["(JPY mn)", "FY2024", "Q1 FY2025", "% change"],
      ["Revenue", 400, 120, 0.5],
    ];
    const a = run(grid);
    const tie = a.issues.filter((i) => i.code === "tie-out");
    expect(tie).toHaveLength(1);
    expect(tie[0]).toMatchObject({ severity: "info", cell: "Pack!D2" });
    expect(a.issues.map((i) => i.code)).not.toContain("unknown-period");
  });

  it("a lower block whose header is written over two rows (2026年2月期 over 第1四半期 …) is its own block", () => {
    const grid: Grid = [
      ["(百万円)", "2024年2月期", "2025年2月期", "", ""],
      ["売上高", 400, 440, "", ""],
      ["", "", "", "", ""],
      ["", "2026年2月期", "", "", ""],
      ["", "第1四半期", "第2四半期", "第3四半期", "第4四半期"],
      ["売上高", 110, 115, 120, 125],
    ];
    const a = run(grid, { ...DEFAULT_SETTINGS, fyEndMonth: 2 });
    expect(a.dataset.blocks?.map((b) => [b.range, b.periods])).toEqual([
      ["Pack!A1:C2", 2],
      ["Pack!A5:E6", 4],
    ]);
    const revenue = a.dataset.series.find((s) => s.metric === "revenue.total");
    expect(revenue?.values).toEqual([400, 440, 110, 115, 120, 125]);
    // the year its quarters add up to, against the year of the block above
    const fy = a.kpis.find(
      (k) =>
        k.metric === "revenue.total" &&
        k.kpi === "yoy" &&
        k.value !== null &&
        /2026/.test(k.period) &&
        !/四半期/.test(k.period)
    );
    expect(fy?.value).toBeCloseTo((110 + 115 + 120 + 125) / 440 - 1, 12);
  });
});
