/**
 * Acceptance: the seed's figures split across three sheets of one workbook — revenues and costs on "P&L",
 * net income, D&A, CAPEX and cash flows on "Cash & capex", contracts and bandwidth on "Operating data", each
 * with its own title, unit note and header of periods, after a cover sheet — read as several sources by the
 * CLI reproduce every check of the seed's expected figures, exactly as the seed on one sheet does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { HeadlessJson } from "../../src/core/analyse";
import { parseCsv } from "../../src/workbook/file/csv";
import { loadWorkbookFile, type LoadedWorkbook } from "../../src/workbook/file/load";
import { SEED_CSV } from "../helpers/seed";
import { cliJson, describeChecks, seedExpected } from "../helpers/seedChecks";

/** Which sheet each seed line goes to (by its id). */
const SHEETS: { name: string; title: string; unit: string; holds: (id: string) => boolean }[] = [
  {
    name: "P&L",
    title: "Consolidated statements of income",
    unit: "(JPY in millions)",
    holds: (id) =>
      /^(revenue|cost)\./.test(id) ||
      ["sga", "operating_income", "interest_expense", "income_taxes"].includes(id),
  },
  {
    name: "Cash & capex",
    title: "Net income, depreciation, capital expenditures and cash flows",
    unit: "(JPY in millions)",
    holds: (id) => ["net_income", "da", "capex"].includes(id) || id.startsWith("cf."),
  },
  {
    name: "Operating data",
    title: "Operating data",
    unit: "(end of period; units as stated)",
    holds: (id) => id.startsWith("ops.") || id.startsWith("fx."),
  },
];

const [header = [], ...rows] = parseCsv(readFileSync(SEED_CSV, "utf8"));
const periods = header.slice(3);

/** The seed's lines laid out on three sheets after a cover sheet, like a results pack. */
async function splitSeed(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Cover").addRows([
    ["Internet Initiative Japan Inc."],
    ["Quarterly results pack, fourth quarter of fiscal 2001"],
    [],
    ["Contents: P&L, Cash & capex, Operating data"],
  ]);
  for (const sheet of SHEETS) {
    const ws = wb.addWorksheet(sheet.name);
    ws.addRows([[sheet.title], [sheet.unit], [], ["Code", "Item", "Unit", ...periods]]);
    for (const [id = "", label = "", unit = "", ...values] of rows) {
      if (!sheet.holds(id)) continue;
      ws.addRow([
        id,
        label,
        unit,
        ...values.map((v) => (v.trim() === "" ? null : Number(v.trim()))),
      ]);
    }
  }
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

const expected = seedExpected();
const file = path.join(mkdtempSync(path.join(tmpdir(), "qd-seed-sheets-")), "iij-pack.xlsx");
const runs: Record<string, { json?: HeadlessJson }> = {};
let book: LoadedWorkbook | undefined;

const FLAGS: [string, string[]][] = [
  ["--sheet three times", SHEETS.flatMap((s) => ["--sheet", s.name])],
  ["--sheet all", ["--sheet", "all"]],
];

beforeAll(async () => {
  await splitSeed(file);
  const loaded = await loadWorkbookFile(new Uint8Array(readFileSync(file)), "iij-pack.xlsx");
  if (!loaded.ok) throw new Error(`the split seed does not load: ${JSON.stringify(loaded)}`);
  book = loaded;
  for (const [name, flags] of FLAGS) runs[name] = { json: await cliJson(file, flags) };
}, 120_000);

describe("the split seed workbook", () => {
  it("puts every seed line on exactly one of the three sheets", () => {
    for (const [id = ""] of rows)
      expect([id, SHEETS.filter((s) => s.holds(id)).length]).toEqual([id, 1]);
  });

  it.each(FLAGS.map(([name]) => [name]))("%s reads lines from all three sheets", (name) => {
    const json = runs[name]!.json!;
    for (const metric of ["revenue.total", "capex", "ops.bandwidth_mbps"])
      expect(json.values.some((v) => v.metric === metric)).toBe(true);
  });
});

for (const [name] of FLAGS)
  describeChecks(
    `seed acceptance — CLI JSON of the seed split over three sheets, ${name}`,
    expected,
    () => ({
      json: runs[name]!.json!,
      book: book!,
    })
  );
