import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { analyse, toHeadlessJson } from "../core/analyse";
import type { Analysis } from "../core/analyse";
import { DEFAULT_SETTINGS } from "../core/settings";
import type { Settings } from "../core/settings";
import { loadWorkbookFile } from "../workbook/file/load";
import { HELP, parseArgs } from "./args";
import type { ComputeArgs } from "./args";
import { cliMessages } from "./messages";
import { renderKpiTable } from "./render";
import { pickSource } from "./source";
import { writeSummaryFile } from "./summaryFile";

/** Where the CLI writes: injectable so tests capture it. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Thrown inside the CLI only, turned into exit 2 with one line at the top. */
class InputError extends Error {}

const SAMPLE = path.resolve(__dirname, "../../assets/sample/iij-4q01-sample.xlsx");
const DEMO_DIR = path.resolve(__dirname, "../../artifacts/demo");

function readInput(file: string): Uint8Array {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new InputError(cliMessages.missingFile(file));
  }
  if (stats.isDirectory()) throw new InputError(cliMessages.notAFile(file));
  return readFileSync(file);
}

function settingsFor(args: Pick<ComputeArgs, "fyEndMonth" | "ebitda" | "valuesOnly">): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(args.fyEndMonth !== undefined ? { fyEndMonth: args.fyEndMonth } : {}),
    ...(args.ebitda !== undefined ? { ebitda: args.ebitda } : {}),
    formulas: !args.valuesOnly,
  };
}

/** Load, pick the range and analyse it; unreadable input becomes an InputError. */
async function computeFile(args: ComputeArgs): Promise<{ analysis: Analysis; bytes: Uint8Array }> {
  const bytes = readInput(args.input);
  const book = await loadWorkbookFile(bytes, path.basename(args.input));
  if (!book.ok) throw new InputError(book.message);
  const picked = pickSource(book, args.sheet, args.range);
  if (!picked.ok) throw new InputError(picked.error);
  const analysis = analyse(picked.range, settingsFor(args));
  if (analysis.dataset.periods.length === 0 || analysis.dataset.series.length === 0) {
    throw new InputError(cliMessages.noFigures(`${analysis.dataset.source.sheet}!${analysis.dataset.source.range}`));
  }
  return { analysis, bytes };
}

function writeText(file: string, text: string): void {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, text);
  } catch (e) {
    throw new InputError(cliMessages.cannotWrite(file, e instanceof Error ? e.message : String(e)));
  }
}

async function compute(args: ComputeArgs, io: CliIo): Promise<void> {
  const { analysis, bytes } = await computeFile(args);
  const json = JSON.stringify(toHeadlessJson(analysis), null, 2) + "\n";
  if (args.json !== undefined) {
    writeText(args.json, json);
    io.err(cliMessages.wroteJson(args.json) + "\n");
  } else {
    io.out(json);
  }
  if (args.out !== undefined) {
    const charts = await writeSummaryFile(analysis, bytes, path.basename(args.input), args.out);
    if (!charts.ok) throw new InputError(cliMessages.cannotWrite(args.out, charts.error));
    io.err(cliMessages.wroteSummary(args.out, charts.charts) + "\n");
  }
}

/** `quarterdeck demo`: the bundled sample, its highlights and KPI table in the terminal, the JSON and summary written. */
async function demo(json: string | undefined, out: string | undefined, io: CliIo): Promise<void> {
  try {
    statSync(SAMPLE);
  } catch {
    throw new InputError(cliMessages.sampleMissing(path.relative(process.cwd(), SAMPLE)));
  }
  const jsonFile = json ?? path.join(DEMO_DIR, "iij-4q01.json");
  const outFile = out ?? path.join(DEMO_DIR, "iij-4q01-summary.xlsx");
  const args: ComputeArgs = { command: "compute", input: SAMPLE, valuesOnly: false, json: jsonFile, out: outFile };
  const { analysis, bytes } = await computeFile(args);
  const { dataset, issues, kpis, highlights } = analysis;
  const first = dataset.periods[0]?.label ?? "";
  const last = dataset.periods[dataset.periods.length - 1]?.label ?? "";
  io.out(`QuarterDeck — ${path.basename(SAMPLE)}, ${dataset.source.sheet}!${dataset.source.range}\n`);
  io.out(`${dataset.series.length} metrics, ${dataset.periods.length} periods (${first} … ${last}), fiscal year ends month ${dataset.calendar.endMonth} (${dataset.calendar.naming} naming)\n\n`);
  io.out("Highlights\n");
  for (const h of highlights) io.out(`  • ${h}\n`);
  io.out(`\nIssues: ${issues.length}\n`);
  for (const i of issues.filter((x) => x.severity !== "info").slice(0, 10)) {
    io.out(`  ${i.severity.toUpperCase().padEnd(7)} ${i.cell ?? ""}  ${i.message}\n`);
  }
  const periods = dataset.periods.slice(-6).map((p) => p.label);
  io.out(`\nKPIs (${dataset.money.label})\n`);
  io.out(renderKpiTable(kpis, periods, ["value", "yoy", "qoq", "margin"]) + "\n\n");
  writeText(jsonFile, JSON.stringify(toHeadlessJson(analysis), null, 2) + "\n");
  io.out(cliMessages.wroteJson(path.relative(process.cwd(), jsonFile)) + "\n");
  const written = await writeSummaryFile(analysis, bytes, path.basename(SAMPLE), outFile);
  if (!written.ok) throw new InputError(cliMessages.cannotWrite(outFile, written.error));
  io.out(cliMessages.wroteSummary(path.relative(process.cwd(), outFile), written.charts) + "\n");
}

/** Runs the CLI; resolves to the exit status (0 computed, 2 input unreadable or arguments wrong). */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`quarterdeck: ${parsed.error}\n`);
    return 2;
  }
  const { args } = parsed;
  try {
    if (args.command === "help") io.out(HELP);
    else if (args.command === "demo") await demo(args.json, args.out, io);
    else await compute(args, io);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`quarterdeck: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
