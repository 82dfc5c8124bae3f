/**
 * Every check of the seed deck's published figures (tests/fixtures/seed/expected.json) against one headless JSON:
 * the KPIs, the FY3/02 slip on the cell that holds it, the order of the issues and the highlights, verbatim.
 */
import fs from "node:fs";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { HeadlessJson } from "../../src/core/analyse";
import { parseCellAddress } from "../../src/core/grid/cell-address";
import { splitSheetPrefix } from "../../src/core/grid/sheet-name";
import type { GuidanceItem } from "../../src/core/settings";
import type { LoadedWorkbook } from "../../src/workbook/file/load";
import { SEED_DIR } from "./dataset";

export interface Check {
  metric: string;
  period: string;
  kpi: string;
  value?: number | null;
  tol?: number;
  min?: number;
  seed: string;
}
export interface Expected {
  fiscalYear: { endMonth: number; naming: string };
  checks: Check[];
  issues: { code: string; metric: string; period: string; severity: string }[];
  highlights: string[];
  guidance: (GuidanceItem & { seed: string })[];
}

/** The cell an issue names, looked up in the loaded workbook. */
export function cellAt(book: LoadedWorkbook, address: string | undefined): unknown {
  const split = address === undefined ? null : splitSheetPrefix(address);
  const pos = split === null ? null : parseCellAddress(split.rest);
  const sheet = book.sheets.find((s) => s.name === split?.sheet);
  return pos === null || sheet === undefined ? undefined : sheet.values[pos.row]?.[pos.col];
}

export async function cliJson(file: string, flags: string[] = []): Promise<HeadlessJson> {
  let out = "";
  let err = "";
  const code = await main(["compute", file, ...flags], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  if (code !== 0)
    throw new Error(`quarterdeck compute ${[file, ...flags].join(" ")} exited ${code}: ${err}`);
  return JSON.parse(out) as HeadlessJson;
}

/** Every check of expected.json against one headless JSON. */
export function describeChecks(
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

/** The seed's expected figures. */
export function seedExpected(): Expected {
  return JSON.parse(fs.readFileSync(path.join(SEED_DIR, "expected.json"), "utf8")) as Expected;
}
