import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { refresh } from "../app/refresh";
import type { Analysis } from "../core/analyse";
import { parseRangeAddress, quoteSheetName } from "../core/grid";
import { DEFAULT_SETTINGS } from "../core/settings";
import { sourceAddress as datasetAddress } from "../core/summarise/notes";
import type { Settings } from "../core/settings";
import { FileWorkbook } from "../workbook/file/fileWorkbook";
import { reasonOf } from "../workbook/reason";
import { withSources, type SourceRequest, type StoredSettings } from "../workbook/port";
import { findSources } from "../app/findSources";
import { detectWorkbook } from "../app/detectWorkbook";
import { HELP, parseArgs } from "./args";
import type { ComputeArgs } from "./args";
import { writeHeadlessJson } from "./headlessJson";
import { cliMessages } from "./messages";
import { packageRoot } from "./packageRoot";
import { renderKpiTable } from "./render";

/** Where the CLI writes: injectable so tests capture it. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** Raised inside the CLI only, turned into exit 2 with one line. */
class InputError extends Error {}

const ROOT = packageRoot(__dirname);
const SAMPLE = path.join(ROOT, "assets/sample/iij-4q01-sample.xlsx");
const DEMO_DIR = path.join(ROOT, "artifacts/demo");

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

/** One `--sheet` and `--range` as a source request; neither: the first sheet's used cells. */
function sourceRequest(sheet: string | undefined, range: string | undefined): SourceRequest {
  if (range !== undefined) {
    const parsed = parseRangeAddress(range);
    if (parsed === null) throw new InputError(cliMessages.badRange(range));
    const qualified =
      sheet !== undefined && parsed.sheet === undefined
        ? `${quoteSheetName(sheet)}!${range}`
        : range;
    return { kind: "address", address: qualified };
  }
  if (sheet !== undefined) return { kind: "address", address: `${quoteSheetName(sheet)}!A:XFD` };
  return { kind: "selection" };
}

/**
 * The sources `--sheet` and `--range` ask for, in order: each range on the sheet given at its place (or on the one
 * sheet given), each sheet without a range whole; `--sheet all` every sheet holding figures. Neither: the sheet
 * the workbook opens on (its first, mostly), or, when that sheet holds no figures (an index, a cover), every sheet
 * that does (said on stderr in one line).
 */
async function sourcesFor(
  args: ComputeArgs,
  book: FileWorkbook,
  name: string,
  io: CliIo
): Promise<SourceRequest[]> {
  const { sheets, ranges } = args;
  if (sheets.includes("all")) {
    if (ranges.length > 0) throw new InputError(cliMessages.allWithRange);
    return searched(book, name, io, undefined);
  }
  if (ranges.length > 0) {
    if (sheets.length > 1 && sheets.length !== ranges.length)
      throw new InputError(cliMessages.sheetsAndRanges(sheets.length, ranges.length));
    return ranges.map((range, k) =>
      sourceRequest(sheets.length > 1 ? sheets[k] : sheets[0], range)
    );
  }
  if (sheets.length > 0) return sheets.map((sheet) => sourceRequest(sheet, undefined));
  // the sheet read by default: the active one (the first, in a workbook saved on it)
  const { sheets: all, activeSheet } = await book.listSources();
  if (all.length <= 1) return [sourceRequest(undefined, undefined)];
  const look = await findSources(book, [activeSheet]);
  if (look.ok && look.found.length > 0) return [sourceRequest(undefined, undefined)];
  return searched(book, name, io, all);
}

/** Every sheet (of `sheets`) holding figures; the sources used in one line on stderr; none: exit 2 naming the sheets. */
async function searched(
  book: FileWorkbook,
  name: string,
  io: CliIo,
  sheets: string[] | undefined
): Promise<SourceRequest[]> {
  const found = await findSources(book, sheets);
  if (!found.ok) throw new InputError(cliMessages.notComputed(name, found.message));
  if (found.found.length === 0)
    throw new InputError(cliMessages.noSheetWithFigures(name, found.lookedAt));
  io.err(cliMessages.sourcesUsed(found.found.map((f) => f.address)) + "\n");
  return found.found.map((f) => f.source);
}

/**
 * The CLI's job through the same refresh use case as the pane and the ribbon: open the file in the file
 * adapter, read → validate → compute → summarise → write the summary sheet into the in-memory workbook.
 */
async function computeFile(
  args: ComputeArgs,
  io: CliIo
): Promise<{ analysis: Analysis; book: FileWorkbook }> {
  const bytes = readInput(args.input);
  const name = path.basename(args.input);
  const book = await FileWorkbook.fromBytes(bytes, name, { valuesOnly: args.valuesOnly });
  if (!(book instanceof FileWorkbook)) throw new InputError(book.message);
  const stored: StoredSettings = withSources(
    { version: 1, source: { kind: "selection" }, settings: settingsFor(args) },
    await sourcesFor(args, book, name, io)
  );
  const result = await refresh(book, stored);
  if (!result.ok) {
    if (result.stage === "writing") throw new Error(result.message);
    throw new InputError(cliMessages.notComputed(name, result.message));
  }
  return { analysis: result.analysis, book };
}

function writeFile(file: string, content: string | Uint8Array): void {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, content);
  } catch (e) {
    throw new InputError(cliMessages.cannotWrite(file, reasonOf(e)));
  }
}

/** The headless JSON written to `file` piece by piece (never whole in memory). */
function writeJson(file: string, analysis: Analysis): void {
  let fd: number | undefined;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fd = openSync(file, "w");
    const out = fd;
    writeHeadlessJson(analysis, (chunk) => {
      writeSync(out, chunk);
    });
  } catch (e) {
    throw new InputError(cliMessages.cannotWrite(file, reasonOf(e)));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** One line per block of figures read (on stderr beside JSON on stdout). */
function blockLines(analysis: Analysis): string {
  return (analysis.dataset.blocks ?? []).map((b) => cliMessages.block(b) + "\n").join("");
}

async function compute(args: ComputeArgs, io: CliIo): Promise<void> {
  const { analysis, book } = await computeFile(args, io);
  io.err(blockLines(analysis));
  if (args.json !== undefined) {
    writeJson(args.json, analysis);
    io.err(cliMessages.wroteJson(args.json) + "\n");
  } else {
    writeHeadlessJson(analysis, (chunk) => io.out(chunk));
  }
  if (args.out !== undefined) {
    writeFile(args.out, await book.save());
    io.err(cliMessages.wroteSummary(args.out, analysis.summary.charts.length) + "\n");
  }
}

/** `quarterdeck detect`: every sheet, one line per block of figures found (or "no figures"). */
async function detect(input: string, io: CliIo): Promise<void> {
  const name = path.basename(input);
  const book = await FileWorkbook.fromBytes(readInput(input), name, { valuesOnly: true });
  if (!(book instanceof FileWorkbook)) throw new InputError(book.message);
  const found = await detectWorkbook(book);
  if (!found.ok) throw new InputError(cliMessages.notComputed(name, found.message));
  for (const sheet of found.sheets) io.out(cliMessages.detected(sheet) + "\n");
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
  const { analysis, book } = await computeFile(
    { command: "compute", input: SAMPLE, sheets: [], ranges: [], valuesOnly: false },
    io
  );
  const { dataset, issues, kpiList, highlights } = analysis;
  const first = dataset.periods[0]?.label ?? "";
  const last = dataset.periods[dataset.periods.length - 1]?.label ?? "";
  io.out(`QuarterDeck — ${path.basename(SAMPLE)}, ${datasetAddress(dataset)}\n`);
  io.out(
    `${dataset.series.length} metrics, ${dataset.periods.length} periods (${first} … ${last}), ` +
      `fiscal year ends month ${dataset.calendar.endMonth} (${dataset.calendar.naming} naming)\n\n`
  );
  io.out(blockLines(analysis) + "\n");
  io.out("Highlights\n");
  for (const h of highlights) io.out(`  • ${h}\n`);
  const shown = issues.filter((x) => x.severity !== "info");
  io.out(`\nIssues: ${shown.length} (+${issues.length - shown.length} notes)\n`);
  for (const i of shown.slice(0, 10))
    io.out(`  ${i.severity.toUpperCase().padEnd(7)} ${i.cell ?? ""}  ${i.message}\n`);
  const periods = dataset.periods.slice(-6).map((p) => p.label);
  io.out(`\nKPIs (${dataset.money.label})\n`);
  io.out(renderKpiTable(kpiList, periods, ["value", "yoy", "qoq", "margin"]) + "\n\n");
  writeJson(jsonFile, analysis);
  io.out(cliMessages.wroteJson(path.relative(process.cwd(), jsonFile)) + "\n");
  writeFile(outFile, await book.save());
  io.out(
    cliMessages.wroteSummary(
      path.relative(process.cwd(), outFile),
      analysis.summary.charts.length
    ) + "\n"
  );
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
    else if (args.command === "detect") await detect(args.input, io);
    else await compute(args, io);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`quarterdeck: ${e.message.replace(/\s*\n\s*/g, " ")}\n`);
      return 2;
    }
    throw e;
  }
}
