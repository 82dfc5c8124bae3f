import type { SheetDetected } from "../app/detectWorkbook";
import type { BlockInfo } from "../core/read/types";

/** Every line the CLI says to the user, in one place. */
export const cliMessages = {
  missingFile: (file: string) => `cannot read ${file}: no such file`,
  notAFile: (file: string) => `cannot read ${file}: it is a folder, not a file`,
  badRange: (range: string) =>
    `--range ${range} is not a range address (expected e.g. A1:N30 or Figures!A1:N30)`,
  notComputed: (file: string, message: string) => `${file}: ${message}`,
  wroteJson: (file: string) => `KPI JSON written to ${file}`,
  wroteSummary: (file: string, charts: number) =>
    `Summary workbook written to ${file} (${charts} charts)`,
  cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
  block: (b: BlockInfo) =>
    `Block ${b.range}: ${b.first} … ${b.last} (${b.periods} periods), ` +
    `unit ${b.unit !== "" ? b.unit : "none"}, ${b.lines} lines`,
  allWithRange: `--sheet all reads every sheet whole: give --range with named sheets instead`,
  sheetsAndRanges: (sheets: number, ranges: number) =>
    `${sheets} --sheet and ${ranges} --range: give one --sheet for all ranges, or one --sheet per --range`,
  noSheetWithFigures: (file: string, sheets: readonly string[]) =>
    `${file}: no figures found on any sheet (looked at ${sheets.map((s) => `"${s}"`).join(", ")})`,
  sourcesUsed: (addresses: readonly string[]) => `Sources: ${addresses.join(", ")}`,
  detected: (s: SheetDetected) =>
    s.blocks.length === 0
      ? `${s.sheet}: no figures`
      : [
          `${s.sheet}:${s.entity !== undefined ? ` a business of its own (lines prefixed "${s.entity}.")` : ""}`,
          ...s.blocks.map((b) => `  ${cliMessages.block(b)}`),
        ].join("\n"),
  sampleMissing: (file: string) =>
    `the bundled sample ${file} is missing: run "npx tsx scripts/make-sample.ts"`,
};
