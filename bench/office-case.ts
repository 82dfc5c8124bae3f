/**
 * One refresh through the Office adapter (src/workbook/office) over the recording fake of Excel.run
 * (tests/workbook/office/fake), in its own process:
 * `node office-case.mjs METRICS PERIODS RUNS [--no-evaluate] [--warm M×P]` prints one JSON line
 * `{ "cpu_ms": …, "eval_cpu_ms": …, "syncs": …, "request_bytes": …, "content_bytes": …, … }`.
 * `--warm 200x80` first refreshes a book of that size once, not timed, so the timed runs find the code compiled
 * (a user's second refresh; the first one in a fresh process also pays for compiling it).
 * Each run is a fresh fake workbook holding a generated data book (bench/grids.ts `wideGrid`) as the sheet
 * "Figures"; building it is not timed. Timed: the app's refresh use case, CPU time of this process (user +
 * system). `eval_cpu_ms` is the part of it the fake spent evaluating formulas (HyperFormula, which Excel does
 * itself); `cpu_ms` is the rest: the core, the adapter and the fake's bookkeeping (recording each request's
 * JSON bytes, applying writes); `write_cpu_ms` the part of it in the port's writeSummary (the adapter's write
 * and the fake applying it, evaluation left out); `fake_cpu_ms` the fake's own work in it (measuring bytes,
 * applying operations, evaluation left out), `own_cpu_ms` the refresh without any of the fake's work (core,
 * summary, layout and the adapter). `content_bytes`: the formulas and values the refresh left outside the source,
 * each cell's formula or value as JSON, the least a request could carry.
 */
import { performance } from "node:perf_hooks";
import { refresh } from "../src/app/refresh";
import { formatRangeAddress } from "../src/core/grid";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import type { StoredSettings } from "../src/workbook/port";
import { FakeExcel, fakeWork, jsonBytes } from "../tests/workbook/office/fake/excel";
import { officePortOn } from "../tests/workbook/office/fake/port";
import { wideGrid } from "./grids";

const metrics = Number(process.argv[2] ?? 200);
const periods = Number(process.argv[3] ?? 80);
const runs = Math.max(1, Number(process.argv[4] ?? 1));
const evaluate = !process.argv.includes("--no-evaluate");
const warmAt = process.argv.indexOf("--warm");
const warm = warmAt > 0 ? (process.argv[warmAt + 1] ?? "").split("x").map(Number) : null;
const SOURCE = "Figures";

/** Bytes of the formulas and values on every sheet but the source: each non-empty cell's formula or value. */
function contentBytes(x: FakeExcel): number {
  let n = 0;
  for (const sheet of x.model.sheets) {
    if (sheet.name === SOURCE) continue;
    sheet.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        const f = sheet.formulas[r]?.[c];
        if (typeof f === "string") n += jsonBytes(f);
        else if (v !== "" && v !== null && v !== undefined) n += jsonBytes(v);
      })
    );
    sheet.formulas.forEach((row, r) =>
      row?.forEach((f, c) => {
        // Formula cells whose value slot is missing (not seen above).
        if (typeof f === "string" && sheet.values[r]?.[c] === undefined) n += jsonBytes(f);
      })
    );
  }
  return n;
}

async function once(m = metrics, p = periods): Promise<Record<string, number>> {
  const grid = wideGrid(m, p);
  const x = new FakeExcel();
  x.evaluate = evaluate;
  x.addSheet(SOURCE, grid);
  const address = formatRangeAddress({
    sheet: SOURCE,
    top: 0,
    left: 0,
    bottom: grid.length - 1,
    right: (grid[0]?.length ?? 1) - 1,
  });
  const stored: StoredSettings = {
    version: 1,
    source: { kind: "address", address },
    settings: { ...DEFAULT_SETTINGS, fyEndMonth: 12 },
  };
  const port = officePortOn(x);
  // The summary write alone (the adapter's part of the refresh), CPU timed around it.
  let writeCpuMs = 0;
  const writeSummary = port.writeSummary.bind(port);
  port.writeSummary = async (...args) => {
    const before = process.cpuUsage();
    try {
      return await writeSummary(...args);
    } finally {
      const spent = process.cpuUsage(before);
      writeCpuMs += (spent.user + spent.system) / 1000;
    }
  };
  const fake0 = fakeWork.cpuMs;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await refresh(port, stored, { now: new Date("2026-11-29T12:00:00Z") });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (!result.ok) throw new Error(`refresh failed at ${result.stage}: ${result.message}`);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const fakeMs = fakeWork.cpuMs - fake0;
  const writes = x.syncs.flatMap((s) => s.ops).filter((o) => /^range\.(values|formulas)$/.test(o));
  return {
    wall_ms: Math.round(wall),
    cpu_ms: Math.round(cpuMs - x.evaluationCpuMs),
    eval_cpu_ms: Math.round(x.evaluationCpuMs),
    write_cpu_ms: Math.round(writeCpuMs - x.evaluationCpuMs),
    fake_cpu_ms: Math.round(fakeMs - x.evaluationCpuMs),
    own_cpu_ms: Math.round(cpuMs - fakeMs),
    syncs: x.syncCount,
    request_bytes: x.syncs.reduce((n, s) => n + s.requestBytes, 0),
    max_request_bytes: Math.max(0, ...x.syncs.map((s) => s.requestBytes)),
    response_bytes: x.syncs.reduce((n, s) => n + s.responseBytes, 0),
    content_bytes: contentBytes(x),
    value_writes: writes.length,
  };
}

async function main(): Promise<void> {
  const all: Record<string, number>[] = [];
  if (warm) await once(warm[0], warm[1]);
  for (let i = 0; i < runs; i++) all.push(await once());
  const last = all[all.length - 1] ?? {};
  process.stdout.write(
    JSON.stringify({
      ...last,
      runs_cpu_ms: all.map((r) => r.cpu_ms),
      runs_own_cpu_ms: all.map((r) => r.own_cpu_ms),
      runs_eval_cpu_ms: all.map((r) => r.eval_cpu_ms),
      peak_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    }) + "\n"
  );
}

void main();
