import fc from "fast-check";
import { layoutSummary, runs, uniqueHeaders, type Block } from "../../src/workbook/layout";
import { sampleModel } from "./contract/sampleModel";
import type { ChartType, SummaryModel } from "../../src/core/summarise/types";

// Workbook round trips are slow on a busy machine; these are not timing tests.
jest.setTimeout(60_000);

describe("layoutSummary on the seed sample (positions derived by hand)", () => {
  const layout = layoutSummary(sampleModel());

  test.each<[string, () => string, string]>([
    ["title", () => layout.title.address, "A1"],
    ["subtitle", () => layout.subtitle.address, "A2"],
    ["highlights: heading + 2 sentences", () => layout.highlights.address, "A4:A6"],
    ["table: 4 fixed + 10 period columns, header + 11 rows", () => layout.table.address, "A8:N19"],
    [
      "notes: below the last chart (row 54) after a blank row",
      () => layout.notes.address,
      "A56:B59",
    ],
    ["checks: heading, header, one issue", () => layout.issues.address, "A61:D63"],
    ["whole written block", () => layout.used.address, "A1:N63"],
  ])("%s", (_what, get, expected) => {
    expect(get()).toBe(expected);
  });

  test("charts sit two per row right of the table, 8 × 15 cells with one-cell gaps", () => {
    expect(layout.charts.map((c) => c.block.address)).toEqual([
      "P8:W22",
      "Y8:AF22",
      "P24:W38",
      "Y24:AF38",
      "P40:W54",
      "Y40:AF54",
    ]);
    expect(layout.charts[0]?.from).toEqual({ row: 7, col: 15 });
    expect(layout.charts[0]?.to).toEqual({ row: 22, col: 23 });
    expect(layout.charts.map((c) => c.name)).toEqual(sampleModel().charts.map((c) => c.id));
  });

  test("table headers, values, formulas and formats", () => {
    expect(layout.values[7]?.slice(0, 6)).toEqual([
      "KPI",
      "Metric",
      "Measure",
      "Unit",
      "1Q00",
      "2Q00",
    ]);
    expect(layout.values[8]?.slice(0, 5)).toEqual([
      "Dedicated access services",
      "revenue.dedicated_access",
      "Value",
      "JPY mn",
      3800,
    ]);
    expect(layout.formulas[8]?.[4]).toBe("=Figures!D2");
    expect(layout.formulas[8]?.[0]).toBe("Dedicated access services");
    expect(layout.numberFormats[8]?.[4]).toBe("#,##0");
    // Total revenues YoY (row index 8 → sheet row 17): n.m. for fiscal 2000, 4Q01 = 12100/9195 − 1.
    expect(layout.values[16]?.[4]).toBe("n.m.");
    expect(layout.values[16]?.[12]).toBeCloseTo(0.31593, 5);
    expect(layout.values[16]?.[2]).toBe("YoY");
    expect(layout.numberFormats[16]?.[12]).toBe("0.0%");
  });

  test("series references: quarters skip the FY column; pie runs down one period column", () => {
    const stacked = layout.charts[0];
    expect(stacked?.series[0]?.valuesRef).toBe("('KPI Summary'!$E$9:$H$9,'KPI Summary'!$J$9:$M$9)");
    expect(stacked?.series[0]?.categoriesRef).toBe(
      "('KPI Summary'!$E$8:$H$8,'KPI Summary'!$J$8:$M$8)"
    );
    expect(stacked?.series[0]?.categories).toEqual([
      "1Q00",
      "2Q00",
      "3Q00",
      "4Q00",
      "1Q01",
      "2Q01",
      "3Q01",
      "4Q01",
    ]);
    expect(stacked?.series[2]?.values).toEqual([1750, 1900, 2050, 2521, 2200, 2600, 2735, 4300]);
    const combo = layout.charts[2];
    expect(combo?.series.map((s) => [s.valuesRef, s.as, s.axis])).toEqual([
      ["'KPI Summary'!$J$14:$M$14", "column", "primary"],
      ["'KPI Summary'!$J$17:$M$17", "line", "secondary"],
    ]);
    const pie = layout.charts[4];
    expect(pie?.series).toHaveLength(1);
    expect(pie?.series[0]?.valuesRef).toBe("'KPI Summary'!$I$9:$I$13");
    expect(pie?.series[0]?.categoriesRef).toBe("'KPI Summary'!$A$9:$A$13");
    expect(pie?.series[0]?.values).toEqual([16150, 5110, 8221, 1204, 1185]);
  });

  test("values only: formulas array holds the values", () => {
    const v = layoutSummary(sampleModel(), { valuesOnly: true });
    expect(v.formulas).toEqual(v.values);
  });

  test("another sheet name is used in every reference", () => {
    const v = layoutSummary(sampleModel(), { sheetName: "KPI Summary (2)" });
    expect(v.sheetName).toBe("KPI Summary (2)");
    expect(v.charts[4]?.series[0]?.valuesRef).toBe("'KPI Summary (2)'!$I$9:$I$13");
  });

  test("no highlights, no rows, no issues still give a valid table and messages", () => {
    const v = layoutSummary(
      sampleModel({
        highlights: [],
        issues: [],
        charts: [],
        table: { name: "T", periods: ["4Q01"], rows: [] },
      })
    );
    expect(v.table.address).toBe("A7:E8");
    expect(v.values[7]?.[0]).toMatch(/No KPIs/);
    expect(v.values[v.issues.bottom - 1]?.[0]).toBe("No issues found.");
  });
});

test.each<[string[], string[]]>([
  [
    ["KPI", "4Q01", "4Q01"],
    ["KPI", "4Q01", "4Q01 (2)"],
  ],
  [
    ["A", "", "a"],
    ["A", "Column 2", "a (2)"],
  ],
])("uniqueHeaders %p", (input, expected) => {
  expect(uniqueHeaders(input)).toEqual(expected);
});

test.each<[number[], [number, number][]]>([
  [
    [5, 6, 7, 9],
    [
      [5, 7],
      [9, 9],
    ],
  ],
  [[1], [[1, 1]]],
  [[], []],
])("runs %p", (input, expected) => {
  expect(runs(input)).toEqual(expected);
});

// ---------- property: nothing overlaps ----------

const intersects = (a: Block, b: Block): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

const chartTypes: ChartType[] = [
  "stackedColumn",
  "clusteredColumn",
  "line",
  "combo",
  "pie",
  "doughnut",
];

const modelArb: fc.Arbitrary<SummaryModel> = fc
  .record({
    periods: fc.integer({ min: 0, max: 30 }),
    rows: fc.integer({ min: 0, max: 60 }),
    highlights: fc.array(fc.string({ maxLength: 80 }), { maxLength: 8 }),
    notes: fc.integer({ min: 0, max: 8 }),
    issues: fc.integer({ min: 0, max: 20 }),
    charts: fc.array(
      fc.record({ type: fc.constantFrom(...chartTypes), series: fc.integer({ min: 1, max: 5 }) }),
      { maxLength: 12 }
    ),
  })
  .map(({ periods, rows, highlights, notes, issues, charts }) => {
    const base = sampleModel();
    const periodLabels = Array.from({ length: periods }, (_, i) => `P${i % 7}`); // duplicates on purpose
    return {
      ...base,
      highlights,
      notes: Array.from({ length: notes }, (_, i): [string, string] => [`k${i}`, `v${i}`]),
      issues: Array.from({ length: issues }, () => ({ ...base.issues[0]! })),
      table: {
        name: "T",
        periods: periodLabels,
        rows: Array.from({ length: rows }, (_, r) => ({
          label: `Row ${r}`,
          metric: `m${r}`,
          kpi: "value" as const,
          unit: "JPY mn",
          values: periodLabels.map((_, p) => r * 100 + p),
          formats: periodLabels.map(() => "#,##0"),
          formulas: periodLabels.map(() => undefined),
        })),
      },
      charts: charts.map((c, i) => ({
        id: `QD_${i}`,
        title: `Chart ${i}`,
        type: c.type,
        periodColumns: Array.from({ length: Math.min(periods, 4) }, (_, p) => p * 2).filter(
          (p) => p < periods
        ),
        series: Array.from({ length: c.series }, (_, s) => ({ name: `S${s}`, row: s * 3 })),
      })),
    };
  });

test("property: charts, table and text never overlap; arrays are rectangular; refs point into the table", () => {
  fc.assert(
    fc.property(modelArb, (model) => {
      const l = layoutSummary(model);
      const problems: string[] = [];
      const textBlocks = [l.title, l.subtitle, l.highlights, l.notes, l.issues];
      const all = [...textBlocks, l.table];
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++)
          if (intersects(all[i]!, all[j]!))
            problems.push(`${all[i]!.address} ∩ ${all[j]!.address}`);
      // Text runs on to the right: a chart may not share a row with any text block.
      const bands = textBlocks.map((b) => ({ ...b, right: 16384 }));
      for (const c of l.charts) {
        if (intersects(c.block, l.table)) problems.push(`chart ${c.name} over the table`);
        for (const band of bands)
          if (intersects(c.block, band)) problems.push(`chart ${c.name} over text ${band.address}`);
        for (const d of l.charts)
          if (d !== c && intersects(c.block, d.block))
            problems.push(`chart ${c.name} over ${d.name}`);
        for (const s of c.series) {
          for (const a1 of [...s.valuesBlocks, ...s.categoriesBlocks]) {
            const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
            if (!m || Number(m[2]) < l.table.top || Number(m[4] ?? m[2]) > l.table.bottom)
              problems.push(`ref ${a1} outside the table`);
          }
          if (!s.values.every((v) => v === null || Number.isFinite(v)))
            problems.push("non-finite chart value");
        }
      }
      for (const arr of [l.values, l.formulas, l.numberFormats]) {
        if (arr.length !== l.used.bottom || arr.some((row) => row.length !== l.used.right))
          problems.push("ragged array");
      }
      if (new Set(l.table.headers.map((h) => h.toLowerCase())).size !== l.table.headers.length)
        problems.push("duplicate headers");
      expect(problems).toEqual([]);
    }),
    { numRuns: 150 }
  );
});
