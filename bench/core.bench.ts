/**
 * `npm run bench`: the core alone (read → validate → compute) on a wide range of 1,000 metrics × 400 periods
 * and a long table of 1,048,576 rows × 5 columns. Each case runs in its own process (peak memory = its max RSS,
 * the input grid included); times are medians of several runs after the first (warm-up excluded).
 * Targets on a 2-core machine: wide < 250 ms; long < 1.5 s and < 400 MB.
 * The last line is one JSON object: {"wide_ms": …, "long_ms": …, "long_peak_mb": …}.
 * Where the time goes, stage by stage: `node --import tsx bench/stages.ts wide|long [SIZE] [RUNS]`.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

interface CaseResult {
  case: string;
  runs_ms: number[];
  median_ms: number;
  peak_mb: number;
  series: number;
  issues: number;
  kpis: number;
}

function runCase(which: "wide" | "long", runs: number): CaseResult {
  const script = path.join(__dirname, "run-case.ts");
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "--max-old-space-size=4096", script, which, String(runs)],
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

const wide = runCase("wide", 7);
const long = runCase("long", 3);
// Drop the first (warm-up) run of each case from the median.
const wideMs = medianOf(wide.runs_ms.slice(1));
const longMs = medianOf(long.runs_ms.slice(1));

const row = (name: string, r: CaseResult, ms: number, target: string): string =>
  `${name.padEnd(30)} ${String(ms).padStart(6)} ms  peak ${String(r.peak_mb).padStart(5)} MB  ` +
  `${r.series} series, ${r.kpis} KPIs, ${r.issues} issues  runs ${r.runs_ms.join("/")} ms  (target ${target})`;

process.stdout.write(row("wide 1,000 × 400", wide, wideMs, "< 250 ms") + "\n");
process.stdout.write(row("long 1,048,576 × 5", long, longMs, "< 1500 ms, < 400 MB") + "\n");
process.stdout.write(
  JSON.stringify({ wide_ms: wideMs, long_ms: longMs, long_peak_mb: long.peak_mb }) + "\n"
);
