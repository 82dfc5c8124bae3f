/**
 * Acceptance: the seed deck's published figures (tests/fixtures/seed/expected.json) reproduced from its figures,
 * (1) through the product's CSV loader and the whole core (analyse → headless JSON, with the deck's guidance),
 * (2) from the CLI's JSON for the seed CSV and (3) for the bundled .xlsx sample laid out like a data book.
 */
import fs from "node:fs";
import path from "node:path";
import { analyse, toHeadlessJson, type HeadlessJson } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid/types";
import { DEFAULT_SETTINGS, type GuidanceItem, type Settings } from "../../src/core/settings";
import { loadCsv, loadWorkbookFile, type LoadedWorkbook } from "../../src/workbook/file/load";
import { SEED_DIR } from "../helpers/dataset";
import { cliJson, describeChecks, seedExpected } from "../helpers/seedChecks";

const CSV = path.join(SEED_DIR, "iij-figures.csv");
const SAMPLE = path.resolve(__dirname, "../../assets/sample/iij-4q01-sample.xlsx");

const expected = seedExpected();
const csvBook = loadCsv(new Uint8Array(fs.readFileSync(CSV)), "iij-figures.csv");
const sheet = csvBook.sheets[0]!;
const grid: Grid = sheet.values;
const guidance: GuidanceItem[] = expected.guidance.map(({ seed: _seed, ...item }) => item);
const settings: Settings = { ...DEFAULT_SETTINGS, guidance };
const analysis = analyse(
  { sheet: sheet.name, topLeft: "A1", values: grid },
  settings,
  new Date(2026, 10, 25, 14, 5)
);
const coreJson = toHeadlessJson(analysis);

describeChecks("seed acceptance — the core on iij-figures.csv", expected, () => ({
  json: coreJson,
  book: csvBook,
}));

describe("seed acceptance — the core, calendar and guidance", () => {
  const find = (metric: string, period: string) =>
    coreJson.values.find((v) => v.metric === metric && v.period === period && v.kpi === "guidance");

  it("infers the fiscal calendar from the labels", () => {
    expect(analysis.dataset.calendar).toEqual({
      endMonth: expected.fiscalYear.endMonth,
      naming: expected.fiscalYear.naming,
    });
  });

  it("flags the slip on column M (FY3/02) of line 7 (total revenues)", () => {
    expect(coreJson.issues.find((i) => i.code === "fy-total-mismatch")?.cell).toMatch(/!M7$/);
  });

  it("says what the guidance means", () => {
    // 1Q02 revenues JPY9.0–9.5B: mid-point 9,250 vs 1Q01's 8,689 → +6.5%.
    expect(find("revenue.total", "1Q02")?.value).toBeCloseTo(9250 / 8689 - 1, 6);
    // Full fiscal 2002 (FY3/03) ~20% on FY3/02's 39,900 (the sum of quarters) → about JPY47.9B.
    expect(find("revenue.total", "FY3/03")?.value).toBeCloseTo(0.2, 9);
    expect(coreJson.highlights).toEqual(
      expect.arrayContaining([
        "1Q02 is expected to achieve JPY9.0-9.5B in revenues (6.5% up from 1Q01 at the mid-point)",
        "1Q02 is expected to show an operating loss",
        "FY3/03 is expected to grow revenues by approximately 20% from FY3/02 (about JPY47.9B)",
      ])
    );
  });
});

const cli: { csv?: HeadlessJson; xlsx?: HeadlessJson; xlsxBook?: LoadedWorkbook } = {};
beforeAll(async () => {
  cli.csv = await cliJson(CSV);
  if (fs.existsSync(SAMPLE)) {
    cli.xlsx = await cliJson(SAMPLE);
    const book = await loadWorkbookFile(
      new Uint8Array(fs.readFileSync(SAMPLE)),
      path.basename(SAMPLE)
    );
    if (book.ok) cli.xlsxBook = book;
  }
}, 60_000);

describeChecks("seed acceptance — CLI JSON of iij-figures.csv", expected, () => ({
  json: cli.csv!,
  book: csvBook,
}));
if (fs.existsSync(SAMPLE)) {
  describeChecks("seed acceptance — CLI JSON of the bundled .xlsx sample", expected, () => ({
    json: cli.xlsx!,
    book: cli.xlsxBook!,
  }));
}
