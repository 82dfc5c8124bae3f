/**
 * Per-stage timing of the core, for profiling (not part of `npm run bench`):
 * `node --import tsx bench/stages.ts wide [METRICS] [RUNS]` or `… long [ROWS] [RUNS]`.
 * Prints wall and CPU milliseconds of read, validate and compute for each run.
 */
import { performance } from "node:perf_hooks";
import { readRange } from "../src/core/read";
import { validate } from "../src/core/validate";
import { computeKpiSet } from "../src/core/compute";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { longGrid, wideGrid } from "./grids";

const which = process.argv[2] === "long" ? "long" : "wide";
const size = Number(process.argv[3] ?? (which === "long" ? 1_048_576 : 1000));
const runs = Math.max(1, Number(process.argv[4] ?? 3));
const grid = which === "long" ? longGrid(size) : wideGrid(size, 400);
const settings = { ...DEFAULT_SETTINGS, fyEndMonth: which === "long" ? 3 : 12 };

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timed<T>(f: () => T): { result: T; wall: number; cpu: number } {
  const c0 = cpuMs();
  const t0 = performance.now();
  const result = f();
  return { result, wall: Math.round(performance.now() - t0), cpu: Math.round(cpuMs() - c0) };
}

for (let i = 0; i < runs; i++) {
  const read = timed(() => readRange({ sheet: "Bench", topLeft: "A1", values: grid }, settings));
  const dataset = read.result.dataset;
  const checks = timed(() => validate(dataset, settings));
  const kpis = timed(() => computeKpiSet(dataset, settings));
  const line = [
    `read ${read.wall}/${read.cpu}`,
    `validate ${checks.wall}/${checks.cpu}`,
    `compute ${kpis.wall}/${kpis.cpu}`,
    `(wall/cpu ms)`,
    `series ${dataset.series.length} kpis ${kpis.result.size}`,
    `issues ${read.result.issues.length + checks.result.length}`,
    `rss ${Math.round(process.memoryUsage().rss / 1048576)} MB`,
  ];
  process.stdout.write(line.join("  ") + "\n");
}
