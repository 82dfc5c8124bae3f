/**
 * The written summary in a real spreadsheet application: LibreOffice recalculates every formula to what we
 * cached and to the engine's values, converts the workbook to PDF, and finds one chart per chart spec.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { analyse, type Analysis } from "../../src/core/analyse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { FileWorkbook } from "../../src/workbook/file/fileWorkbook";
import { parseCsv } from "../../src/workbook/file/csv";
import { convertWithLibreOffice, sheetsAsCsv, SOFFICE } from "../helpers/libreoffice";
import { SEED_CSV } from "../helpers/seed";

const SUMMARY = "KPI Summary";

async function writeSeedSummary(
  tamper = false
): Promise<{ bytes: Uint8Array; analysis: Analysis }> {
  const fw = await FileWorkbook.fromBytes(
    new Uint8Array(readFileSync(SEED_CSV)),
    "iij-figures.csv"
  );
  if (!(fw instanceof FileWorkbook)) throw new Error(fw.message);
  const [range] = await fw.readRanges([{ kind: "selection" }]);
  if (!range) throw new Error("no source range");
  const analysis = analyse(range, DEFAULT_SETTINGS, new Date("2026-11-25T14:05:00Z"));
  const result = await fw.writeSummary(analysis.summary, undefined);
  if (tamper) {
    // A formula whose cached result disagrees with what it computes: the recalculated CSV must differ.
    const ws = fw.workbook.getWorksheet(result.sheet);
    const cell = ws?.getCell(analysis.summary.highlights.length + 7, 5);
    if (!cell?.formula) throw new Error("expected a formula cell to tamper with");
    cell.value = { formula: cell.formula, result: 123456789 };
  }
  return { bytes: await fw.save(), analysis };
}

/** A cell as LibreOffice displays it ("12,100", "31.6%", "-0.8%", "n.m.") → its number, or null for n.m. */
function displayed(text: string): { value: number | null; halfUnit: number } | undefined {
  const t = text.trim();
  if (t === "n.m.") return { value: null, halfUnit: 0 };
  const m = /^(-?)([0-9,]*\.?[0-9]*)(%?)$/.exec(t);
  if (!m || m[2] === "") return undefined;
  const digits = (m[2] ?? "").replace(/,/g, "");
  const decimals = digits.includes(".") ? (digits.split(".")[1] ?? "").length : 0;
  const scale = m[3] === "%" ? 0.01 : 1;
  return { value: Number(`${m[1]}${digits}`) * scale, halfUnit: 0.5 * 10 ** -decimals * scale };
}

const withLibreOffice = SOFFICE === undefined ? describe.skip : describe;
if (SOFFICE === undefined)
  console.log(
    "LibreOffice tests skipped: soffice is not installed (apt-get install libreoffice-calc)"
  );

withLibreOffice("LibreOffice opens the written summary", () => {
  jest.setTimeout(600_000);
  let dir: string;
  let analysis: Analysis;
  let bytes: Uint8Array;
  let recalc: Map<string, string>;
  let cached: Map<string, string>;
  let tamperedRecalc: Map<string, string>;
  let tamperedCached: Map<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "qd-lo-"));
    ({ bytes, analysis } = await writeSeedSummary());
    const book = join(dir, "summary.xlsx");
    writeFileSync(book, bytes);
    const tampered = join(dir, "tampered.xlsx");
    writeFileSync(tampered, (await writeSeedSummary(true)).bytes);
    // LibreOffice starts slowly: every run goes at once, each with its own profile.
    [recalc, cached, tamperedRecalc, tamperedCached] = await Promise.all([
      sheetsAsCsv("recalc", book, join(dir, "recalc")),
      sheetsAsCsv("cached", book, join(dir, "cached")),
      sheetsAsCsv("recalc", tampered, join(dir, "t-recalc")),
      sheetsAsCsv("cached", tampered, join(dir, "t-cached")),
      convertWithLibreOffice(book, "pdf", dir),
      convertWithLibreOffice(book, "ods", dir),
    ]);
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("recalculated formulas equal the cached values, and both equal the engine's values", () => {
    const name = `summary-${SUMMARY}.csv`;
    expect([...recalc.keys()].sort()).toEqual([...cached.keys()].sort());
    for (const [file, text] of recalc)
      expect(`${file}\n${text}`).toBe(`${file}\n${cached.get(file)}`);
    const rows = parseCsv(recalc.get(name) ?? "");
    const model = analysis.summary;
    const headerIdx = rows.findIndex((r) => r[0] === "KPI" && r[1] === "Metric");
    expect(headerIdx).toBeGreaterThan(0);
    const byKey = new Map(analysis.kpis.map((k) => [`${k.metric}|${k.kpi}|${k.period}`, k]));
    const problems: string[] = [];
    let compared = 0;
    model.table.rows.forEach((row, i) => {
      const line = rows[headerIdx + 1 + i] ?? [];
      model.table.periods.forEach((period, p) => {
        const kpi = byKey.get(`${row.metric}|${row.kpi}|${period}`);
        const cell = line[4 + p] ?? "";
        if (!kpi || !row.formulas[p]) return;
        const shown = displayed(cell);
        if (!shown) return; // formats shown in words are covered by the HyperFormula test
        compared++;
        const wrong =
          kpi.value === null
            ? shown.value !== null
            : shown.value === null || Math.abs(shown.value - kpi.value) > shown.halfUnit + 1e-9;
        if (wrong)
          problems.push(`${row.label} ${period}: LibreOffice shows ${cell}, engine ${kpi.value}`);
      });
    });
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });

  test("control: a formula whose cached value is wrong shows up as a difference", () => {
    const name = `tampered-${SUMMARY}.csv`;
    expect(tamperedCached.get(name)).toContain("123,456,789");
    expect(tamperedRecalc.get(name)).not.toContain("123,456,789");
  });

  test("converts to PDF; the xlsx holds one chart part per spec and LibreOffice reads every chart", async () => {
    const pdf = join(dir, "summary.pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const specs = analysis.summary.charts.length;
    expect(specs).toBeGreaterThan(0);
    const xlsx = await JSZip.loadAsync(bytes);
    expect(
      Object.keys(xlsx.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    ).toHaveLength(specs);
    const ods = await JSZip.loadAsync(readFileSync(join(dir, "summary.ods")));
    const chartObjects = Object.keys(ods.files).filter((p) => /^Object \d+\/content\.xml$/.test(p));
    expect(chartObjects).toHaveLength(specs);
  });
});
