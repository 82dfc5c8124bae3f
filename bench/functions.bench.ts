/**
 * `npm run bench:functions`: QUARTERDECK.KPI on the wide 1,000 metrics × 400 periods range. Excel passes the
 * range as a new array at every call, so each call here gets a fresh copy (copied outside the timing).
 * - first: the first call, which analyses the range (read → validate → compute → summarise) and indexes it;
 * - next: the median of later calls on the same content, each asking another line and measure (the cache's key
 *   and cell comparison over all 400,000 cells, then a lookup);
 * - changed: a call after one figure changed (analysed again).
 * Target: later calls well under a second. The last line is one JSON object.
 */
import { performance } from "node:perf_hooks";
import type { Grid } from "../src/core/grid/types";
import { createAnalysisCache } from "../src/functions/analysis-cache";
import { kpiOf } from "../src/functions/kpi";
import { wideGrid } from "./grids";

const RUNS = 21;
const grid = wideGrid(1000, 400);
const copy = (g: Grid): Grid => g.map((row) => [...row]);
const cache = createAnalysisCache();
const kinds = ["value", "yoy", "qoq"] as const;

function timed(values: Grid, i: number): { ms: number; ok: boolean } {
  const t = performance.now();
  const r = kpiOf({ values }, { line: `Metric ${(i * 37) % 1000}`, kpi: kinds[i % 3] }, cache);
  return { ms: performance.now() - t, ok: r.ok };
}

const first = timed(copy(grid), 0);
const next: number[] = [];
let allOk = first.ok;
for (let i = 1; i <= RUNS; i++) {
  const r = timed(copy(grid), i);
  next.push(r.ms);
  allOk &&= r.ok;
}
const changed = copy(grid);
const row = changed[1];
if (row) row[5] = 12345;
const afterChange = timed(changed, 1);
next.sort((a, b) => a - b);
const round = (ms: number): number => Math.round(ms * 10) / 10;
const result = {
  first_ms: round(first.ms),
  next_median_ms: round(next[Math.floor(next.length / 2)] ?? NaN),
  next_max_ms: round(next[next.length - 1] ?? NaN),
  changed_ms: round(afterChange.ms),
  analyses: cache.analyses,
  all_ok: allOk && afterChange.ok,
};
process.stdout.write(JSON.stringify(result) + "\n");
