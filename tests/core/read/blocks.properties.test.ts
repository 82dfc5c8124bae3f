import fc from "fast-check";
import { analyse } from "../../../src/core/analyse";
import type { KpiValue } from "../../../src/core/compute/types";
import { formatCellAddress } from "../../../src/core/grid";
import type { Grid } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { beside, blockRows, stack, type PackBlock } from "./packs";

const MARCH: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 3 };
const NOW = new Date("2026-11-29T00:00:00Z");
const LABELS = ["Revenue", "Cost of revenue", "Operating income", "Net income"];

/** A block of years FY<from>… or of quarters from Q1 of FY<from>, some of the four lines, maybe a YoY% column. */
function block(kind: "year" | "quarter", from: number): fc.Arbitrary<PackBlock> {
  return fc
    .record({
      count: fc.integer({ min: 2, max: kind === "year" ? 4 : 6 }),
      lines: fc.subarray(LABELS, { minLength: 1 }),
      computed: fc.boolean(),
      title: fc.boolean(),
      seed: fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 24, maxLength: 24 }),
    })
    .map(({ count, lines, computed, title, seed }) => {
      const periods = Array.from({ length: count }, (_, i) =>
        kind === "year" ? `FY${from + i}` : `Q${(i % 4) + 1} FY${from + Math.floor(i / 4)}`
      );
      return {
        ...(title ? { title: "JPY in millions" } : { corner: "(JPY mn)" }),
        periods,
        ...(computed ? { computed: "YoY%" } : {}),
        lines: lines.map((label, l) => ({
          label,
          values: periods.map((_, i) => seed[(l * 6 + i) % seed.length] as number),
          book: 0.123,
        })),
      };
    });
}

const pair = fc
  .integer({ min: 2010, max: 2015 })
  .chain((y) => fc.tuple(block("year", y), block("quarter", y + 5)));

type Key = string;
function keyOf(k: KpiValue): Key {
  return `${k.metric}|${k.period}|${k.kpi}`;
}

/** KPI values by metric, period and kind; CAGR left out (its span is the years given, which merging changes). */
function values(grid: Grid): Map<Key, number | null> {
  const a = analyse({ sheet: "Pack", topLeft: "A1", values: grid }, MARCH, NOW);
  const out = new Map<Key, number | null>();
  for (const k of a.kpis) if (k.kpi !== "cagr") out.set(keyOf(k), k.value);
  return out;
}

/** Every KPI that reading a block alone gives a value is the same when read with the other block. */
function sameAsAlone(together: Map<Key, number | null>, alone: Map<Key, number | null>): void {
  for (const [key, v] of alone) {
    if (v === null) continue;
    const w = together.get(key);
    expect([key, w]).toEqual([key, expect.closeTo(v, 9)]);
  }
}

describe("blocks read together give the KPIs of each block read alone", () => {
  it("stacked in either order with any number of blank rows, or side by side", () => {
    fc.assert(
      fc.property(
        pair,
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("stacked", "beside"),
        ([years, quarters], swap, gap, how) => {
          const a = blockRows(years);
          const b = blockRows(quarters);
          const [first, second] = swap ? [b, a] : [a, b];
          const grid = how === "stacked" ? stack(first, second, gap) : beside(first, second, gap);
          const together = values(grid);
          sameAsAlone(together, values(a));
          sameAsAlone(together, values(b));
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe("no KPI is computed from a header cell", () => {
  it("no series cell and no formula term is a cell of a block's header row", () => {
    fc.assert(
      fc.property(
        pair,
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        ([years, quarters], swap, gap) => {
          const a = blockRows(years);
          const b = blockRows(quarters);
          const [first, second] = swap ? [b, a] : [a, b];
          const grid = stack(first, second, gap);
          // the header rows as built: the row after a title, else the block's first row
          const firstHeader = (swap ? quarters : years).title !== undefined ? 1 : 0;
          const secondHeader =
            first.length + gap + ((swap ? years : quarters).title !== undefined ? 1 : 0);
          const headers = new Set<string>();
          for (const r of [firstHeader, secondHeader])
            for (let c = 0; c < (grid[r]?.length ?? 0); c++) headers.add(formatCellAddress(r, c));
          const analysis = analyse({ sheet: "Pack", topLeft: "A1", values: grid }, MARCH, NOW);
          for (const s of analysis.dataset.series)
            for (const ref of s.cells)
              if (ref) expect(headers.has(formatCellAddress(ref.row, ref.col))).toBe(false);
          for (const k of analysis.kpis)
            for (const m of (k.formula ?? "").matchAll(/Pack!\$?([A-Z]+)\$?(\d+)/g))
              expect(headers.has(`${m[1]}${m[2]}`)).toBe(false);
          // and every period of both headers is read
          const labels = analysis.dataset.periods.map((p) => p.label);
          expect(labels).toEqual(expect.arrayContaining([...years.periods, ...quarters.periods]));
        }
      ),
      { numRuns: 40 }
    );
  });
});
