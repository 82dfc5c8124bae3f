/** Every line the CLI says to the user, in one place. */
export const cliMessages = {
  missingFile: (file: string) => `cannot read ${file}: no such file`,
  notAFile: (file: string) => `cannot read ${file}: it is a folder, not a file`,
  unknownSheet: (sheet: string, file: string, sheets: string[]) =>
    `sheet "${sheet}" is not in ${file} (sheets: ${sheets.map((s) => `"${s}"`).join(", ") || "none"})`,
  emptySheet: (sheet: string, file: string) => `sheet "${sheet}" of ${file} is empty: there are no figures to read`,
  badRange: (range: string, why: string) => `--range ${range} is not a range address: ${why}`,
  rangeOutside: (range: string, sheet: string, used: string) =>
    `--range ${range} lies outside the used cells of sheet "${sheet}" (${used}): there are no figures to read`,
  noFigures: (where: string) => `${where} holds no figures: no period labels with numbers were found`,
  wroteJson: (file: string) => `KPI JSON written to ${file}`,
  wroteSummary: (file: string, charts: number) => `Summary workbook written to ${file} (${charts} charts)`,
  cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
  sampleMissing: (file: string) => `the bundled sample ${file} is missing: run "npx tsx scripts/make-sample.ts"`,
};
