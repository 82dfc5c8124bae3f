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
 * Then the installed `quarterdeck` command end to end (bench/cli.ts): on the bundled sample (`cli_sample_ms`,
 * target ≤ 400 ms) and on a 200 × 80 book with --json and --out summary.xlsx (`path_200x80_ms`, target ≤ 1.5 s)
 * and on a 1,000 × 400 book (`path_1000x400_ms` ≤ 15 s, `path_1000x400_peak_mb` ≤ 1,536 MB under node's default
 * heap, `path_per_cell_ratio`: its time per data cell over the 200 × 80 one's, ≤ 1.5).
 * The last line is one JSON object: {"wide_ms": …, "long_ms": …, "long_peak_mb": …, "cli_sample_ms": …, …}.
 * Then a refresh through the Office adapter over the test fake of Excel.run (bench/office-case.ts, bundled
 * likewise, fake included) on 200 × 80 and 1,000 × 400 books: syncs, request MB (JSON bytes of what the adapter
 * sends), its ratio to the formulas and values written (≤ 1.3), CPU ms of the refresh without the fake's own
 * work (`office_1000x400_ms` ≤ 3,000: the median of three processes, each warmed up by one 200 × 80 refresh;
 * `office_1000x400_cold_ms`: a fresh process's first refresh, compiling included; `…_with_fake_cpu_ms` adds the
 * fake applying operations and measuring bytes); the fake's formula evaluation (HyperFormula, Excel's work) is measured apart and left out of both.
 * `npm run bench -- --only cli,path` runs some groups only (core, cli, path, office); the JSON then has their
 * fields.
 * Where the time goes, stage by stage: `node --import tsx bench/stages.ts wide|long [SIZE] [RUNS]`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSync } from "esbuild";
import { buildCli, cliSample, path1000x400, path200x80, perCellRatio, scratch } from "./cli";
import type { CliRuns } from "./cli";

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

function bundle(entry = "run-case"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quarterdeck-bench-"));
  const outfile = path.join(dir, `${entry}.mjs`);
  buildSync({
    entryPoints: [path.join(__dirname, `${entry}.ts`)],
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

const GROUPS = ["core", "cli", "path", "office"] as const;
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? "").split(",") : [...GROUPS];
const unknown = only.filter((g) => !(GROUPS as readonly string[]).includes(g));
if (unknown.length > 0)
  throw new Error(`--only: unknown ${unknown.join(", ")}; one of ${GROUPS.join(", ")}`);
const want = (group: (typeof GROUPS)[number]): boolean => only.includes(group);

const figures: Record<string, number | null> = {};

function core(): void {
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
    Object.assign(figures, { wide_ms: wideMs, long_ms: longMs, long_peak_mb: peakMb });
  } finally {
    fs.rmSync(path.dirname(script), { recursive: true, force: true });
  }
}

function cliRow(name: string, r: CliRuns, target: string): string {
  return (
    `${name.padEnd(20)} ${String(r.median_ms).padStart(6)} ms  peak ${String(r.peak_mb).padStart(5)} MB  ` +
    `CPU ${r.cpu_ms} ms  runs ${r.runs_ms.join("/")} ms  (target ${target})`
  );
}

function cli(): void {
  buildCli();
  const dir = scratch();
  try {
    if (want("cli")) {
      const sample = cliSample(dir);
      process.stdout.write(cliRow("cli sample", sample, "≤ 400 ms") + "\n");
      Object.assign(figures, { cli_sample_ms: sample.median_ms, cli_sample_cpu_ms: sample.cpu_ms });
    }
    if (want("path")) {
      const book = path200x80(dir);
      process.stdout.write(cliRow("path 200 × 80", book, "≤ 1500 ms") + "\n");
      Object.assign(figures, {
        path_200x80_ms: book.median_ms,
        path_200x80_cpu_ms: book.cpu_ms,
        path_200x80_peak_mb: book.peak_mb,
      });
      try {
        const large = path1000x400(dir);
        process.stdout.write(cliRow("path 1000 × 400", large, "≤ 15000 ms, ≤ 1536 MB") + "\n");
        Object.assign(figures, {
          path_1000x400_ms: large.median_ms,
          path_1000x400_cpu_ms: large.cpu_ms,
          path_1000x400_peak_mb: large.peak_mb,
          path_per_cell_ratio: perCellRatio(book, large),
        });
      } catch (e) {
        // A run that dies (out of memory under the default heap) is a result, not a crash of the bench.
        const reason = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
        process.stdout.write(`path 1000 × 400      failed: ${reason}\n`);
        Object.assign(figures, { path_1000x400_ms: null, path_1000x400_peak_mb: null });
      }
    }
    process.stdout.write(
      "(quarterdeck processes, start to exit; medians without the first 2 sample / 1 path 200 × 80 runs; " +
        "CPU: the process's user + system time, the figure to read on a loaded machine)\n"
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface OfficeRun {
  cpu_ms: number;
  eval_cpu_ms: number;
  write_cpu_ms: number;
  fake_cpu_ms: number;
  own_cpu_ms: number;
  syncs: number;
  request_bytes: number;
  content_bytes: number;
  peak_mb: number;
  runs_cpu_ms: number[];
  runs_own_cpu_ms: number[];
}

function runOffice(
  script: string,
  metrics: number,
  periods: number,
  runs: number,
  warm: string[] = []
): OfficeRun {
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=4096", script, String(metrics), String(periods), String(runs), ...warm],
    { encoding: "utf8", cwd: path.join(__dirname, ".."), maxBuffer: 1 << 26 }
  );
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as OfficeRun;
}

function office(): void {
  const script = bundle("office-case");
  try {
    const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
    const ratio = (r: OfficeRun): number =>
      Math.round((r.request_bytes / Math.max(1, r.content_bytes)) * 100) / 100;
    const row = (name: string, r: OfficeRun, cpu: number, target: string): string =>
      `${name.padEnd(20)} CPU ${String(cpu).padStart(6)} ms (with the fake's work ${r.cpu_ms}, of which ` +
      `the write ${r.write_cpu_ms}; the fake's evaluation ${r.eval_cpu_ms} apart)  ${r.syncs} syncs  ` +
      `requests ${mb(r.request_bytes)} MB = ${ratio(r)} × ${mb(r.content_bytes)} MB written  ` +
      `peak ${r.peak_mb} MB  runs ${r.runs_own_cpu_ms.join("/")} ms  (target ${target})`;
    const small = runOffice(script, 200, 80, 4);
    const smallCpu = medianOf(small.runs_own_cpu_ms.slice(1));
    process.stdout.write(row("office 200 × 80", small, smallCpu, "ratio ≤ 1.3") + "\n");
    // three processes, each warmed up by a 200 × 80 refresh; the median of their one timed run
    const warmed = [0, 1, 2].map(() => runOffice(script, 1000, 400, 1, ["--warm", "200x80"]));
    const largeCpu = medianOf(warmed.map((r) => r.own_cpu_ms));
    const large = warmed.find((r) => r.own_cpu_ms === largeCpu) ?? (warmed[0] as OfficeRun);
    process.stdout.write(
      row("office 1000 × 400", large, largeCpu, "≤ 3000 ms, ratio ≤ 1.3") +
        `  (processes ${warmed.map((r) => r.own_cpu_ms).join("/")} ms)\n`
    );
    const cold = runOffice(script, 1000, 400, 1);
    process.stdout.write(
      `office 1000 × 400 cold: CPU ${cold.own_cpu_ms} ms (the first refresh of a fresh process, compiling included)\n`
    );
    process.stdout.write(
      "(refresh use case over the fake, each book in its own process; 200 × 80: median without the first run, " +
        "1000 × 400: median of three processes each warmed up by one 200 × 80 refresh; CPU: user + system of the " +
        "refresh without the fake's work (core, summary, layout, adapter); 'with the fake's work' adds its " +
        "applying operations and measuring bytes)\n"
    );
    Object.assign(figures, {
      office_200x80_syncs: small.syncs,
      office_200x80_request_mb: mb(small.request_bytes),
      office_200x80_request_ratio: ratio(small),
      office_200x80_cpu_ms: smallCpu,
      office_200x80_with_fake_cpu_ms: medianOf(small.runs_cpu_ms.slice(1)),
      office_1000x400_ms: largeCpu,
      office_1000x400_cold_ms: cold.own_cpu_ms,
      office_1000x400_with_fake_cpu_ms: large.cpu_ms,
      office_1000x400_write_cpu_ms: large.write_cpu_ms,
      office_1000x400_fake_cpu_ms: large.fake_cpu_ms,
      office_1000x400_eval_cpu_ms: large.eval_cpu_ms,
      office_1000x400_syncs: large.syncs,
      office_1000x400_request_mb: mb(large.request_bytes),
      office_1000x400_request_ratio: ratio(large),
    });
  } finally {
    fs.rmSync(path.dirname(script), { recursive: true, force: true });
  }
}

if (want("core")) core();
if (want("cli") || want("path")) cli();
if (want("office")) office();
process.stdout.write(JSON.stringify(figures) + "\n");
