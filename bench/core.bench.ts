/**
 * `npm run bench`: the core alone (read → validate → compute) on a wide range of 1,000 metrics × 400 periods
 * and a long table of 1,048,576 rows × 5 columns.
 *
 * The core is bundled first (esbuild, as the add-in ships it: one module, no per-import indirection), and each
 * measurement runs in its own process:
 * - time: several runs of the whole job on a grid built beforehand; the first runs warm the JIT up and are left
 *   out; the figure is the median of the rest;
 * - peak memory (long table): a fresh process doing the job once; its maximum resident set, input grid included.
 * Targets on a 2-core machine: wide < 250 ms; long < 1.5 s and < 400 MB.
 * The last line is one JSON object: {"wide_ms": …, "long_ms": …, "long_peak_mb": …}.
 * Where the time goes, stage by stage: `node --import tsx bench/stages.ts wide|long [SIZE] [RUNS]`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";

interface CaseResult {
  case: string;
  runs_ms: number[];
  median_ms: number;
  peak_mb: number;
  series: number;
  issues: number;
  kpis: number;
}

const WARM_UP = { wide: 3, long: 1 } as const;
const RUNS = { wide: 10, long: 5 } as const;

function bundle(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quarterdeck-bench-"));
  const outfile = path.join(dir, "run-case.mjs");
  buildSync({
    entryPoints: [path.join(__dirname, "run-case.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

function runCase(script: string, which: "wide" | "long", runs: number): CaseResult {
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=4096", script, which, String(runs)],
    {
      encoding: "utf8",
      cwd: path.join(__dirname, ".."),
    }
  );
  const line = out.trim().split("\n").pop() ?? "{}";
  return JSON.parse(line) as CaseResult;
}

function medianOf(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

const script = bundle();
try {
  const wide = runCase(script, "wide", RUNS.wide);
  const long = runCase(script, "long", RUNS.long);
  const longOnce = runCase(script, "long", 1);
  const wideMs = medianOf(wide.runs_ms.slice(WARM_UP.wide));
  const longMs = medianOf(long.runs_ms.slice(WARM_UP.long));
  const peakMb = longOnce.peak_mb;

  const row = (name: string, r: CaseResult, ms: number, peak: number, target: string): string =>
    `${name.padEnd(20)} ${String(ms).padStart(6)} ms  peak ${String(peak).padStart(5)} MB  ` +
    `${r.series} series, ${r.kpis} KPIs, ${r.issues} issues  runs ${r.runs_ms.join("/")} ms  (target ${target})`;

  process.stdout.write(row("wide 1,000 × 400", wide, wideMs, wide.peak_mb, "< 250 ms") + "\n");
  process.stdout.write(
    row("long 1,048,576 × 5", long, longMs, peakMb, "< 1500 ms, < 400 MB") + "\n"
  );
  process.stdout.write(
    `(medians without the first ${WARM_UP.wide} wide / ${WARM_UP.long} long runs; long peak from one run in a fresh process)\n`
  );
  process.stdout.write(
    JSON.stringify({ wide_ms: wideMs, long_ms: longMs, long_peak_mb: peakMb }) + "\n"
  );
} finally {
  fs.rmSync(path.dirname(script), { recursive: true, force: true });
}
