/**
 * Acceptance: the seed deck's published figures (tests/fixtures/seed/expected.json) reproduced from its figures,
 * (1) through the product's CSV loader and the whole core (analyse → headless JSON, with the deck's guidance),
 * (2) from the CLI's JSON for the seed CSV and (3) for the bundled .xlsx sample laid out like a data book.
 */
import fs from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import { analyse, toHeadlessJson, type HeadlessJson } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid/types";
import { parseCellAddress } from "../../src/core/grid/cell-address";
import { splitSheetPrefix } from "../../src/core/grid/sheet-name";
import { DEFAULT_SETTINGS, type GuidanceItem, type Settings } from "../../src/core/settings";
import { loadCsv, loadWorkbookFile, type LoadedWorkbook } from "../../src/workbook/file/load";
import { SEED_DIR } from "../helpers/dataset";

const CSV = path.join(SEED_DIR, "iij-figures.csv");
const SAMPLE = path.resolve(__dirname, "../../assets/sample/iij-4q01-sample.xlsx");

interface Check {
  metric: string;
  period: string;
  kpi: string;
  value?: number | null;
  tol?: number;
  min?: number;
  seed: string;
}
interface Expected {
  fiscalYear: { endMonth: number; naming: string };
  checks: Check[];
  issues: { code: string; metric: string; period: string; severity: string }[];
  highlights: string[];
  guidance: (GuidanceItem & { seed: string })[];
}

/** The cell an issue names, looked up in the loaded workbook. */
function cellAt(book: LoadedWorkbook, address: string | undefined): unknown {
  const split = address === undefined ? null : splitSheetPrefix(address);
  const pos = split === null ? null : parseCellAddress(split.rest);
  const sheet = book.sheets.find((s) => s.name === split?.sheet);
  return pos === null || sheet === undefined ? undefined : sheet.values[pos.row]?.[pos.col];
}

async function cliJson(file: string): Promise<HeadlessJson> {
  let out = "";
  let err = "";
  const code = await main(["compute", file], { out: (t) => (out += t), err: (t) => (err += t) });
  if (code !== 0) throw new Error(`quarterdeck compute ${file} exited ${code}: ${err}`);
  return JSON.parse(out) as HeadlessJson;
}

/** Every check of expected.json against one headless JSON. */
function describeChecks(
  name: string,
  expected: Expected,
  source: () => { json: HeadlessJson; book: LoadedWorkbook }
): void {
  describe(name, () => {
    const find = (metric: string, period: string, kpi: string) =>
      source().json.values.filter(
        (v) => v.metric === metric && v.period === period && v.kpi === kpi
      );

    it("reads the seed's fiscal calendar: 4Q01 = January–March 2002, fiscal 2001", () => {
      expect(source().json.periods.find((p) => p.label === "4Q01")).toEqual({
        label: "4Q01",
        kind: "quarter",
        fiscalYear: 2001,
        quarter: 4,
        start: "2002-01-01",
        end: "2002-03-31",
      });
    });

    it.each(
      expected.checks.map((c) => [`${c.metric} ${c.kpi} ${c.period} (${c.seed})`, c] as const)
    )("%s", (_n, check) => {
      const hits = find(check.metric, check.period, check.kpi);
      expect(hits).toHaveLength(1);
      const actual = hits[0]!.value;
      if (check.min !== undefined) {
        expect(actual).not.toBeNull();
        expect(actual!).toBeGreaterThanOrEqual(check.min);
      } else if (check.value === null) {
        expect(actual).toBeNull();
        expect(hits[0]!.display).toBe("n.m.");
      } else {
        expect(actual).not.toBeNull();
        expect(Math.abs(actual! - check.value!)).toBeLessThanOrEqual((check.tol ?? 0) + 1e-9);
      }
    });

    it.each(expected.issues.map((i) => [i.code, i] as const))(
      "reports %s on the cell that holds the slip",
      (_c, issue) => {
        const hit = source().json.issues.find(
          (i) => i.code === issue.code && i.metric === issue.metric && i.period === issue.period
        );
        expect(hit).toBeDefined();
        expect(hit!.severity).toBe(issue.severity);
        // The reported FY3/02 total revenues: 399,000 where the quarters add up to 39,900.
        expect(cellAt(source().book, hit!.cell)).toBe(399000);
        expect(hit!.message).toMatch(/399,000/);
      }
    );

    it("lists errors before warnings and notes", () => {
      const rank = { error: 0, warning: 1, info: 2 };
      const ranks = source().json.issues.map((i) => rank[i.severity]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    });

    it.each(expected.highlights)("highlights, verbatim: %s", (sentence) => {
      expect(source().json.highlights).toContain(sentence);
    });

    it("says the full-year results as the deck does, with the corrected total", () => {
      expect(source().json.highlights).toEqual(
        expect.arrayContaining([
          "Total revenues JPY39.9B, a 25.2% increase from FY3/01",
          "Operating income turned positive with JPY54M",
        ])
      );
    });

    it("never lets NaN or Infinity out", () => {
      expect(JSON.stringify(source().json)).not.toMatch(/NaN|Infinity/);
      for (const v of source().json.values)
        expect(v.value === null || Number.isFinite(v.value)).toBe(true);
    });
  });
}

const expected = JSON.parse(
  fs.readFileSync(path.join(SEED_DIR, "expected.json"), "utf8")
) as Expected;
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
