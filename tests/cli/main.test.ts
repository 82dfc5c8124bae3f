import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { main } from "../../src/cli/main";

function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  return main(argv, { out: (t) => (out += t), err: (t) => (err += t) }).then((code) => ({
    code,
    out,
    err,
  }));
}

const dir = mkdtempSync(path.join(tmpdir(), "qd-cli-"));
const write = (name: string, content: string | Buffer): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe("quarterdeck compute: unreadable input exits 2 with one line naming the problem", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["a missing file", () => ["compute", path.join(dir, "nope.xlsx")], /nope\.xlsx: no such file/],
    ["a folder", () => ["compute", dir], /it is a folder/],
    [
      "a broken .xlsx",
      () => ["compute", write("broken.xlsx", "PK\u0003\u0004 not really a zip")],
      /broken\.xlsx/,
    ],
    ["an empty file", () => ["compute", write("empty.csv", "")], /empty\.csv/],
    [
      "a CSV without figures",
      () => ["compute", write("words.csv", "name,colour\nalpha,red\nbeta,blue\n")],
      /words\.csv: No period labels found in words!A1:B3/,
    ],
    [
      "an unknown sheet",
      () => ["compute", write("one.csv", "id,1Q01\nrevenue.total,5\n"), "--sheet", "Other"],
      /one\.csv: .*"Other".*does not exist/,
    ],
    [
      "a range outside the cells",
      () => ["compute", write("two.csv", "id,1Q01\nrevenue.total,5\n"), "--range", "Z100:Z200"],
      /two\.csv: .*no figures/i,
    ],
    [
      "a malformed range",
      () => ["compute", write("three.csv", "id,1Q01\nrevenue.total,5\n"), "--range", "A1:??"],
      /--range A1:\?\? is not a range address/,
    ],
  ];
  it.each(cases)("%s", async (_name, argv, message) => {
    const r = await run(argv());
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^quarterdeck: /);
    expect(r.err).toMatch(message);
  });
});

describe("quarterdeck compute on figures", () => {
  const csv = [
    "id,label,unit,1Q01,2Q01,3Q01,4Q01",
    "revenue.total,Total revenues,JPY mn,100,110,121,133.1",
    "operating_income,Operating income,JPY mn,10,-5,12,13",
  ].join("\n");

  it("writes the headless JSON to --json and exits 0", async () => {
    const input = write("small.csv", csv);
    const jsonFile = path.join(dir, "out", "small.json");
    const r = await run(["compute", input, "--json", jsonFile]);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(jsonFile, "utf8")) as {
      periods: { label: string; kind: string }[];
      values: { metric: string; period: string; kpi: string; value: number | null }[];
    };
    // The four quarters as written, then the fiscal year they complete (derived, flows summed).
    expect(json.periods.slice(0, 4).map((p) => p.label)).toEqual(["1Q01", "2Q01", "3Q01", "4Q01"]);
    const year = json.periods.find((p) => p.kind === "year");
    expect(year).toBeDefined();
    const yearRevenue = json.values.find(
      (v) => v.metric === "revenue.total" && v.period === year?.label && v.kpi === "value"
    );
    expect(yearRevenue?.value).toBeCloseTo(100 + 110 + 121 + 133.1, 10);
    const qoq = json.values.find(
      (v) => v.metric === "revenue.total" && v.period === "2Q01" && v.kpi === "qoq"
    );
    expect(qoq?.value).toBeCloseTo(0.1, 10);
    // Growth on a negative base is not meaningful.
    const oiQoq = json.values.find(
      (v) => v.metric === "operating_income" && v.period === "3Q01" && v.kpi === "qoq"
    );
    expect(oiQoq?.value).toBeNull();
  });

  it("prints the JSON on standard output without --json", async () => {
    const r = await run(["compute", write("stdout.csv", csv)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveProperty("highlights");
  });

  it("runs as the package's bin", () => {
    const bin = path.resolve(__dirname, "../../bin/quarterdeck.cjs");
    const out = execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(out).toMatch(/quarterdeck compute <input\.xlsx\|input\.csv>/);
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, [bin, "compute", path.join(dir, "missing.csv")], {
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (e) {
      const failure = e as { status: number; stderr: string };
      status = failure.status;
      stderr = failure.stderr;
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(/missing\.csv: no such file/);
  });
});
