/**
 * Acceptance: the seed deck's published figures (../shared/seed/expected.json) reproduced from its figures
 * (iij-figures.csv), through the product's CSV loader and the whole core (analyse → headless JSON).
 */
import fs from "node:fs";
import path from "node:path";
import { analyse, toHeadlessJson, type HeadlessJson } from "../../src/core/analyse";
import { quoteSheetName } from "../../src/core/grid/sheet-name";
import { DEFAULT_SETTINGS, type GuidanceItem, type Settings } from "../../src/core/settings";
import { loadCsv } from "../../src/workbook/file/load";

const SEED = path.resolve(__dirname, "../../../shared/seed");
const present = fs.existsSync(path.join(SEED, "expected.json")) && fs.existsSync(path.join(SEED, "iij-figures.csv"));

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

if (!present) {
  it.skip(`seed not found at ${SEED}: acceptance test skipped`, () => undefined);
} else {
  const expected = JSON.parse(fs.readFileSync(path.join(SEED, "expected.json"), "utf8")) as Expected;
  const loaded = loadCsv(new Uint8Array(fs.readFileSync(path.join(SEED, "iij-figures.csv"))), "iij-figures.csv");
  const sheet = loaded.sheets[0]!;
  const guidance: GuidanceItem[] = expected.guidance.map(({ seed: _seed, ...item }) => item);
  const settings: Settings = { ...DEFAULT_SETTINGS, guidance };
  const analysis = analyse({ sheet: sheet.name, topLeft: "A1", values: sheet.values }, settings, new Date(2026, 10, 25, 14, 5));
  const json: HeadlessJson = toHeadlessJson(analysis);
  const find = (metric: string, period: string, kpi: string) =>
    json.values.filter((v) => v.metric === metric && v.period === period && v.kpi === kpi);

  describe("seed acceptance: expected.json against iij-figures.csv", () => {
    it("infers the seed's fiscal calendar: 4Q01 = January–March 2002 of fiscal 2001", () => {
      expect(analysis.dataset.calendar).toEqual({ endMonth: expected.fiscalYear.endMonth, naming: expected.fiscalYear.naming });
      expect(json.periods.find((p) => p.label === "4Q01")).toEqual({
        label: "4Q01",
        kind: "quarter",
        fiscalYear: 2001,
        quarter: 4,
        start: "2002-01-01",
        end: "2002-03-31",
      });
    });

    it.each(expected.checks.map((c) => [`${c.metric} ${c.kpi} ${c.period} (${c.seed})`, c] as const))("%s", (_name, check) => {
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

    it.each(expected.issues.map((i) => [i.code, i] as const))("reports %s on the FY3/02 total-revenues cell", (_code, issue) => {
      const hit = json.issues.find((i) => i.code === issue.code && i.metric === issue.metric && i.period === issue.period);
      expect(hit).toBeDefined();
      expect(hit!.severity).toBe(issue.severity);
      // revenue.total is the CSV's 7th line; FY3/02 its 13th column (M).
      expect(hit!.cell).toBe(`${quoteSheetName(sheet.name)}!M7`);
      expect(hit!.message).toMatch(/399,000/);
    });

    it("lists errors before warnings and notes", () => {
      const rank = { error: 0, warning: 1, info: 2 };
      const ranks = json.issues.map((i) => rank[i.severity]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    });

    it.each(expected.highlights)("highlights, verbatim: %s", (sentence) => {
      expect(json.highlights).toContain(sentence);
    });

    it("says what the guidance means", () => {
      // 1Q02 revenues JPY9.0–9.5B: mid-point 9,250 vs 1Q01's 8,689 → +6.5%.
      const q = find("revenue.total", "1Q02", "guidance")[0];
      expect(q?.value).toBeCloseTo(9250 / 8689 - 1, 6);
      // Full fiscal 2002 (FY3/03) ~20% on FY3/02's 39,900 (the sum of quarters) → about JPY47.9B.
      expect(find("revenue.total", "FY3/03", "guidance")[0]?.value).toBeCloseTo(0.2, 9);
      expect(json.highlights).toEqual(
        expect.arrayContaining([
          "1Q02 is expected to achieve JPY9.0-9.5B in revenues (6.5% up from 1Q01 at the mid-point)",
          "1Q02 is expected to show an operating loss",
          "FY3/03 is expected to grow revenues by approximately 20% from FY3/02 (about JPY47.9B)",
        ]),
      );
    });

    it("says the full-year results as the deck does, with the corrected total", () => {
      expect(json.highlights).toEqual(
        expect.arrayContaining(["Total revenues JPY39.9B, a 25.2% increase from FY3/01", "Operating income turned positive with JPY54M"]),
      );
    });

    it("never lets NaN or Infinity out", () => {
      expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
      for (const v of json.values) expect(v.value === null || Number.isFinite(v.value)).toBe(true);
    });
  });
}
