/**
 * One benchmark case in its own process, so its peak memory is its own:
 * `node --import tsx bench/run-case.ts wide|long RUNS` prints one JSON line
 * `{ "case": …, "runs_ms": [...], "median_ms": …, "peak_mb": …, "series": …, "issues": …, "kpis": … }`.
 * Timed: read → validate → compute on a grid built beforehand (building it is not timed; its memory counts).
 */
import { performance } from "node:perf_hooks";
import { readRange } from "../src/core/read";
import { validate } from "../src/core/validate";
import { computeKpiSet } from "../src/core/compute";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import type { Grid } from "../src/core/grid/types";
import { longGrid, wideGrid } from "./grids";

const which = process.argv[2] === "long" ? "long" : "wide";
const runs = Math.max(1, Number(process.argv[3] ?? 5));

const grid: Grid = which === "wide" ? wideGrid(1000, 400) : longGrid(1_048_576);
const settings =
  which === "wide"
    ? { ...DEFAULT_SETTINGS, fyEndMonth: 12 }
    : { ...DEFAULT_SETTINGS, fyEndMonth: 3 };

const times: number[] = [];
let counts = { series: 0, issues: 0, kpis: 0 };
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const { dataset, issues } = readRange({ sheet: "Bench", topLeft: "A1", values: grid }, settings);
  const checks = validate(dataset, settings);
  const kpis = computeKpiSet(dataset, settings);
  times.push(performance.now() - t0);
  counts = {
    series: dataset.series.length,
    issues: issues.length + checks.length,
    kpis: kpis.size,
  };
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  JSON.stringify({
    case: which,
    runs_ms: times.map((t) => Math.round(t)),
    median_ms: Math.round(median),
    peak_mb: Math.round(peakMb),
    ...counts,
  }) + "\n"
);
