import path from "node:path";
import { main } from "../../src/cli/main";
import type { HeadlessJson } from "../../src/core/analyse";

const PACKS = path.join(__dirname, "../fixtures/packs");

async function compute(file: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["compute", path.join(PACKS, file), "--fy-end-month", "3"], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

describe("quarterdeck compute prints the blocks it read, one line each", () => {
  it.each([
    [
      "annual-then-quarterly.csv",
      [
        "Block 'annual-then-quarterly'!A2:G4: FY21 … FY25 (5 periods), unit JPY mn, 2 lines",
        "Block 'annual-then-quarterly'!A8:H10: Q2 FY25 … Q3 FY26 (6 periods), unit JPY mn, 2 lines",
      ],
    ],
    [
      "side-by-side.csv",
      [
        "Block 'side-by-side'!A1:D3: FY23 … FY24 (2 periods), unit JPY mn, 2 lines",
        "Block 'side-by-side'!F1:L3: 1Q FY25 … 1Q FY26 (5 periods), unit JPY bn, 2 lines",
      ],
    ],
  ])("%s", async (file, lines) => {
    const r = await compute(file);
    expect(r.code).toBe(0);
    expect(r.err.trim().split("\n")).toEqual(lines);
    // stdout stays the JSON contract
    const json = JSON.parse(r.out) as HeadlessJson;
    expect(json.periods.map((p) => p.label)).toContain(
      file.startsWith("annual") ? "Q3 FY26" : "1Q FY26"
    );
  });

  it("the stacked pack's slipped YoY% is a tie-out warning in the JSON, the CAGR % cells tie out", async () => {
    const json = JSON.parse((await compute("annual-then-quarterly.csv")).out) as HeadlessJson;
    const tie = json.issues.filter((i) => i.code === "tie-out");
    expect(tie.map((i) => [i.severity, i.cell?.replace(/^.*!/, "")])).toEqual([["warning", "H10"]]);
    const yoy = json.values.find(
      (v) => v.metric === "revenue.total" && v.period === "Q3 FY26" && v.kpi === "yoy"
    );
    expect(yoy?.value).toBeCloseTo(60 / 50 - 1, 12);
  });
});

describe("years as numbers beside quarters, the last year marked P", () => {
  it("reads each table with its own labels and prints the P warning plainly, naming its cell", async () => {
    const r = await compute("years-beside-quarters.csv");
    expect(r.code).toBe(0);
    expect(r.err.trim().split("\n")).toEqual([
      "Block 'years-beside-quarters'!A1:D3: 2023 … 2024 (2 periods), unit USD mn, 2 lines",
      "Block 'years-beside-quarters'!F1:I3: 1Q25 … 3Q25 (3 periods), unit USD mn, 2 lines",
    ]);
    const json = JSON.parse(r.out) as HeadlessJson;
    const warning = json.issues.find((i) => i.cell === "'years-beside-quarters'!D1");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toBe(
      "'years-beside-quarters'!D1 “2025P”: “P” may mean preliminary (actuals not yet audited) or " +
        "projected (a forecast), and nothing in the range says which: its figures are left out and no KPI " +
        "uses them. Rename it 2025 if the figures are actuals or 2025E if they are a projection, or add a " +
        "note such as “P = preliminary”."
    );
    // 3Q25 revenue is the right table's revenue line: 125 / 120 − 1 = 4.17 %
    const qoq = json.values.find(
      (v) => v.metric === "revenue.total" && v.period === "3Q25" && v.kpi === "qoq"
    );
    expect(qoq?.value).toBeCloseTo(125 / 120 - 1, 12);
    expect(json.periods.map((p) => p.label)).not.toContain("2025P");
  });
});
