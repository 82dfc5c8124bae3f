/**
 * The installed `quarterdeck` command end to end (`node bin/quarterdeck.cjs …`, process start to exit), each run
 * in its own process, the compiled CLI built first (`npm run build:cli`) so the launcher runs it:
 * - `cli_sample`: `compute` on the bundled sample with `--json`;
 * - `path_200x80`: `compute` on a generated .csv of 200 metrics × 80 periods with `--json` and `--out summary.xlsx`;
 * - `path_1000x400`: the same on 1,000 metrics × 400 periods, under node's default heap (no --max-old-space-size,
 *   whatever NODE_OPTIONS says), its peak resident set the largest of its runs.
 * The first runs warm up (the first one writes the code cache) and are left out; the figure is the median of
 * the rest. Each process also reports its CPU time and peak resident set (bench/usage.cjs).
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { wideGrid } from "./grids";

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "quarterdeck.cjs");
const USAGE = path.join(__dirname, "usage.cjs");
const SAMPLE = path.join(ROOT, "assets", "sample", "iij-4q01-sample.xlsx");

export interface CliRuns {
  runs_ms: number[];
  median_ms: number;
  cpu_ms: number;
  peak_mb: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** One `quarterdeck` process: wall milliseconds from spawn to exit, its CPU time and peak memory. */
function runOnce(argv: string[]): { ms: number; cpu_ms: number; peak_mb: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--require", USAGE, BIN, ...argv], {
    cwd: ROOT,
    encoding: "utf8",
    // Node's default heap: no inherited --max-old-space-size.
    env: { ...process.env, QUARTERDECK_FROM_SOURCE: "", NODE_OPTIONS: "" },
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`quarterdeck ${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
  if (/running the sources/.test(r.stderr)) throw new Error(`not the compiled CLI: ${r.stderr}`);
  const usage = /quarterdeck-usage (\{.*\})/.exec(r.stderr)?.[1];
  const parsed = usage ? (JSON.parse(usage) as { cpu_ms: number; peak_mb: number }) : null;
  return { ms, cpu_ms: parsed?.cpu_ms ?? 0, peak_mb: parsed?.peak_mb ?? 0 };
}

function runMany(argv: string[], warmUp: number, runs: number): CliRuns {
  const all = Array.from({ length: warmUp + runs }, () => runOnce(argv));
  const kept = all.slice(warmUp);
  return {
    runs_ms: all.map((r) => Math.round(r.ms)),
    median_ms: Math.round(median(kept.map((r) => r.ms))),
    cpu_ms: Math.round(median(kept.map((r) => r.cpu_ms))),
    peak_mb: Math.max(...kept.map((r) => r.peak_mb)),
  };
}

/** The compiled CLI as `npm run build:cli` makes it. */
export function buildCli(): void {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.cjs")], {
    cwd: ROOT,
    stdio: "ignore",
  });
}

/** A data book of `metrics` × `periods` (the core bench's wide shape) as CSV text. */
export function wideCsv(metrics: number, periods: number): string {
  return wideGrid(metrics, periods)
    .map((row) => row.map((cell) => String(cell ?? "")).join(","))
    .join("\n");
}

export function cliSample(dir: string): CliRuns {
  return runMany(["compute", SAMPLE, "--json", path.join(dir, "sample.json")], 2, 7);
}

/** `compute` with --json and --out on a generated book of `metrics` × `periods`. */
function pathRuns(
  dir: string,
  metrics: number,
  periods: number,
  warmUp: number,
  runs: number
): CliRuns {
  const book = path.join(dir, `book-${metrics}x${periods}.csv`);
  fs.writeFileSync(book, wideCsv(metrics, periods));
  const argv = [
    "compute",
    book,
    "--json",
    path.join(dir, "book.json"),
    "--out",
    path.join(dir, "summary.xlsx"),
  ];
  return runMany(argv, warmUp, runs);
}

export function path200x80(dir: string): CliRuns {
  return pathRuns(dir, 200, 80, 1, 3);
}

/**
 * The large book: no warm-up run of its own (a run takes seconds, the code cache is written by the earlier
 * cases; without them the first run pays ~0.1 s to write it), the median of 3.
 */
export function path1000x400(dir: string): CliRuns {
  return pathRuns(dir, 1000, 400, 0, 3);
}

/** Time per data cell of the large book over that of the 200 × 80 book (1 = linear). */
export function perCellRatio(small: CliRuns, large: CliRuns): number {
  const perCell = (r: CliRuns, cells: number): number => r.median_ms / cells;
  return Math.round((perCell(large, 1000 * 400) / perCell(small, 200 * 80)) * 100) / 100;
}

/** A scratch folder for the runs' inputs and outputs. */
export function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "quarterdeck-bench-cli-"));
}
