import fc from "fast-check";
import { chartXml } from "../../../src/workbook/file/charts/chartXml";
import { drawingXml } from "../../../src/workbook/file/charts/drawingXml";
import { esc } from "../../../src/workbook/file/charts/xml";
import { layoutSummary } from "../../../src/workbook/layout";
import { sampleModel } from "../contract/sampleModel";
import type { ChartType } from "../../../src/core/summarise/types";
import { all, parseXml } from "./xmlTree";

// Workbook round trips are slow on a busy machine; these are not timing tests.
jest.setTimeout(60_000);

test.each([
  ["a < b & c > d", "a &lt; b &amp; c &gt; d"],
  ['say "hi"', "say &quot;hi&quot;"],
  ["bell\u0007 tab\t ok", "bell tab\t ok"],
  ["lone \uD800 surrogate", "lone  surrogate"],
  ["pair 😀 kept", "pair 😀 kept"],
])("esc(%p)", (input, expected) => {
  expect(esc(input)).toBe(expected);
});

const types: ChartType[] = ["stackedColumn", "clusteredColumn", "line", "combo", "pie", "doughnut"];

test("property: any titles, names and figures give well-formed chart parts with every series and cached point", () => {
  const base = sampleModel();
  fc.assert(
    fc.property(
      fc.constantFrom(...types),
      fc.string({ unit: "binary" }),
      fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)), {
        minLength: 10,
        maxLength: 10,
      }),
      (type, title, names, figures) => {
        const rows = base.table.rows.map((r, i) =>
          i < names.length
            ? {
                ...r,
                label: names[i] ?? "",
                values: r.values.map((_, p) => figures[p] ?? null),
              }
            : r
        );
        const model = {
          ...base,
          table: { ...base.table, rows },
          charts: [
            {
              id: "QD_x",
              title,
              type,
              periodColumns: type === "pie" || type === "doughnut" ? [9] : [0, 1, 2, 3, 5, 6, 7, 8],
              series: names.map((name, row) => ({
                name,
                row,
                as: row % 2 ? ("line" as const) : ("column" as const),
                axis: row % 2 ? ("secondary" as const) : ("primary" as const),
              })),
              yAxisTitle: title,
              y2AxisTitle: title,
            },
          ],
        };
        const layout = layoutSummary(model);
        const chart = layout.charts[0]!;
        const root = parseXml(chartXml(chart));
        const sers = all(root, "c:ser");
        expect(sers).toHaveLength(chart.series.length);
        const expectedPts = chart.series.reduce(
          (n, s) => n + s.values.filter((v) => v !== null).length,
          0
        );
        expect(all(root, "c:numCache").reduce((n, c) => n + all(c, "c:pt").length, 0)).toBe(
          expectedPts
        );
        parseXml(drawingXml(layout.charts, ["rId1"]));
      }
    ),
    { numRuns: 150 }
  );
});
