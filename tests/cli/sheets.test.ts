/**
 * A results pack across sheets from the command line: an index sheet first, the P&L and the segments on two
 * sheets. The expected KPIs are worked out by hand from the figures below.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { HeadlessJson } from "../../src/core/analyse";

const HEADER = ["", "1Q24", "2Q24", "3Q24", "4Q24", "FY2024", "1Q25"];
const PNL = [
  ["Consolidated statement of income (JPY mn)"],
  [],
  HEADER,
  ["Total revenues", 100, 110, 120, 130, 460, 120],
  ["Operating income", 10, 11, 15, 13, 49, 18],
];
const SEGMENTS = [
  ["Revenue by segment (JPY mn)"],
  [],
  HEADER,
  ["Revenue"],
  ["Cloud", 60, 66, 70, 80, 276, 72],
  ["Hosting", 40, 44, 50, 50, 184, 48],
  ["Total revenues", 100, 110, 120, 130, 460, 120],
];
const INDEX = [["Results pack"], [], ["Contents"], ["P&L"], ["Segments"]];

const dir = mkdtempSync(path.join(tmpdir(), "qd-sheets-"));

async function book(name: string, sheets: [string, unknown[][]][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of sheets) wb.addWorksheet(sheet).addRows(rows);
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const kpi = (json: HeadlessJson, metric: string, period: string, k: string): number | null =>
  json.values.find((v) => v.metric === metric && v.period === period && v.kpi === k)?.value ?? null;

let pack = "";
let covers = "";
beforeAll(async () => {
  pack = await book("pack.xlsx", [
    ["Index", INDEX],
    ["P&L", PNL],
    ["Segments", SEGMENTS],
  ]);
  covers = await book("covers.xlsx", [
    ["Index", INDEX],
    ["Notes", [["Figures are unaudited."]]],
  ]);
}, 30_000);

describe("quarterdeck compute on a pack of sheets", () => {
  it.each<[string, string[]]>([
    ["no --sheet: the index is passed over", []],
    ["--sheet twice", ["--sheet", "P&L", "--sheet", "Segments"]],
    ["--sheet all", ["--sheet", "all"]],
    ["sheet-qualified ranges", ["--range", "'P&L'!A1:G5", "--range", "Segments!A1:G7"]],
    [
      "one --sheet for its ranges, a qualified range elsewhere",
      ["--sheet", "Segments", "--range", "A3:G7", "--range", "'P&L'!A3:G5"],
    ],
    [
      "--range per --sheet",
      ["--sheet", "P&L", "--sheet", "Segments", "--range", "A1:G5", "--range", "A1:G7"],
    ],
  ])("%s gives the KPIs worked out by hand", async (_name, flags) => {
    const r = await run(["compute", pack, ...flags]);
    expect(r.err).not.toMatch(/^quarterdeck:/m);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as HeadlessJson;
    // revenue 1Q25 120 on 1Q24 100: +20%; operating margin 18 / 120 = 15%
    expect(kpi(json, "revenue.total", "1Q25", "yoy")).toBeCloseTo(0.2, 9);
    expect(kpi(json, "operating_income", "1Q25", "margin")).toBeCloseTo(0.15, 9);
    expect(kpi(json, "operating_income", "FY2024", "margin")).toBeCloseTo(49 / 460, 9);
    // Cloud: 72 of 120 = 60% of revenues, +20% on 60
    const cloud = json.values.find(
      (v) => v.metric.startsWith("revenue.") && /cloud/.test(v.metric)
    );
    expect(cloud).toBeDefined();
    expect(kpi(json, cloud!.metric, "1Q25", "share")).toBeCloseTo(0.6, 9);
    expect(kpi(json, cloud!.metric, "1Q25", "yoy")).toBeCloseTo(0.2, 9);
    // total revenues given on both sheets, agreeing: no warning
    expect(json.issues.filter((i) => i.code === "block-overlap" && i.severity !== "info")).toEqual(
      []
    );
  });

  it("prints the sources it found in one line when the first sheet holds no figures", async () => {
    const r = await run(["compute", pack]);
    const lines = r.err.split("\n").filter((l) => l.startsWith("Sources:"));
    expect(lines).toEqual(["Sources: 'P&L'!A1:G5, Segments!A1:G7"]);
  });

  it("prints no sources line when sheets are named", async () => {
    const r = await run(["compute", pack, "--sheet", "P&L", "--sheet", "Segments"]);
    expect(r.err).not.toMatch(/Sources:/);
  });

  it("exits 2 naming the sheets looked at when none holds figures", async () => {
    for (const flags of [[], ["--sheet", "all"]]) {
      const r = await run(["compute", covers, ...flags]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(/no figures found on any sheet \(looked at "Index", "Notes"\)/);
    }
  });

  it.each<[string, string[], RegExp]>([
    [
      "ranges and sheets that do not pair",
      [
        "--sheet",
        "P&L",
        "--sheet",
        "Segments",
        "--sheet",
        "Index",
        "--range",
        "A1:G5",
        "--range",
        "A1:G7",
      ],
      /3 --sheet and 2 --range/,
    ],
    [
      "--sheet all with a range",
      ["--sheet", "all", "--range", "A1:G5"],
      /--sheet all reads every sheet whole/,
    ],
  ])("exits 2 on %s", async (_name, flags, message) => {
    const r = await run(["compute", pack, ...flags]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("reads the first sheet alone when it holds figures", async () => {
    const first = await book("pnl-first.xlsx", [
      ["P&L", PNL],
      ["Segments", SEGMENTS],
    ]);
    const r = await run(["compute", first]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as HeadlessJson;
    expect(json.values.some((v) => /cloud/.test(v.metric))).toBe(false);
    expect(kpi(json, "revenue.total", "1Q25", "yoy")).toBeCloseTo(0.2, 9);
  });
});

describe("quarterdeck detect", () => {
  it("lists the blocks of every sheet, and a business sheet as read apart", async () => {
    const file = await book("detect.xlsx", [
      ["Index", INDEX],
      ["P&L", PNL],
      ["Segments", SEGMENTS],
      [
        "Cloud",
        [
          ["Cloud business (JPY mn)"],
          HEADER,
          ["Total revenues", 60, 66, 70, 80, 276, 72],
          ["Operating income", 6, 7, 9, 8, 30, 11],
        ],
      ],
    ]);
    const r = await run(["detect", file]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split("\n")).toEqual([
      "Index: no figures",
      "P&L:",
      "  Block 'P&L'!A3:G5: 1Q24 … 1Q25 (6 periods), unit JPY mn, 2 lines",
      "Segments:",
      "  Block Segments!A3:G7: 1Q24 … 1Q25 (6 periods), unit JPY mn, 3 lines",
      'Cloud: a business of its own (lines prefixed "cloud.")',
      "  Block Cloud!A2:G4: 1Q24 … 1Q25 (6 periods), unit JPY mn, 2 lines",
    ]);
  });

  it("needs an input file", async () => {
    const r = await run(["detect"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/detect needs an input file/);
  });
});
