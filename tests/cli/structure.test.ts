/** `quarterdeck compute` shows the structure it chose: which rows are parts of which total, as notes in the issues. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

const dir = mkdtempSync(path.join(tmpdir(), "qd-cli-structure-"));

async function compute(name: string, csv: string) {
  const file = path.join(dir, name);
  writeFileSync(file, csv);
  let out = "";
  let err = "";
  const code = await main(["compute", file], { out: (t) => (out += t), err: (t) => (err += t) });
  return {
    code,
    err,
    json: JSON.parse(out) as {
      issues: { code: string; severity: string; cell?: string; message: string }[];
      values: { metric: string; period: string; kpi: string; value: number | null }[];
    },
  };
}

describe("quarterdeck compute prints the structure chosen", () => {
  test("segments between Total revenue and Total cost of revenue: their total named, shares of it", async () => {
    const csv = [
      "USD in millions,Q1 FY25,Q2 FY25",
      "Total revenue,100,120",
      "Subscription,70,84",
      "Services,30,36",
      "Total cost of revenue,40,50",
      "Gross profit,60,70",
    ].join("\n");
    const { code, json } = await compute("statement.csv", csv);
    expect(code).toBe(0);
    const note = json.issues.find((i) => i.code === "structure");
    expect(note).toMatchObject({ severity: "info", cell: "statement!A2" });
    expect(note?.message).toContain(
      "“Total revenue” (statement!A2) is the total of “Subscription” (statement!A3) and “Services” (statement!A4)"
    );
    const share = json.values.find(
      (v) => v.metric === "revenue.subscription" && v.period === "Q2 FY25" && v.kpi === "share"
    );
    expect(share?.value).toBeCloseTo(84 / 120, 12);
  });

  test("rows the figures cannot place: a warning, and no share", async () => {
    const csv = [
      "USD in millions,Q1 FY25,Q2 FY25",
      "Total revenue,100,120",
      "Product A,60,70",
      "Product B,40,50",
      "Total cost of revenue,100,120",
    ].join("\n");
    const { json } = await compute("both.csv", csv);
    expect(json.issues.find((i) => i.code === "structure-undecided")).toMatchObject({
      severity: "warning",
      cell: "both!A3",
    });
    expect(json.values.filter((v) => v.kpi === "share")).toEqual([]);
  });
});
