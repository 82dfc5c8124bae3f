/**
 * Requirement-set audit: every Excel API member the source uses is within the manifest's minimum or under a
 * capability guard of its set (scripts/api-sets/audit.ts says what counts as a guard).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as ts from "typescript";
import {
  collectUses,
  compareVersions,
  describe as describeUses,
  manifestMinimum,
  programFor,
  unguarded,
  unguardedCalls,
  type Audit,
} from "../../scripts/api-sets/audit";
import { ALLOW_LIST } from "../../scripts/api-sets/allowList";
import { API } from "../../src/workbook/office/capabilities";

const ROOT = resolve(__dirname, "..", "..");
const TSCONFIG = join(ROOT, "tsconfig.json");
const MINIMUM = manifestMinimum(readFileSync(join(ROOT, "manifest.xml"), "utf8"));

jest.setTimeout(120_000);

describe("the requirement-set audit of src/", () => {
  let audit: Audit;
  beforeAll(() => {
    const files = ts.sys.readDirectory(join(ROOT, "src"), [".ts", ".tsx"]);
    audit = collectUses(programFor(files, TSCONFIG), { flags: API, allow: ALLOW_LIST, root: ROOT });
  });

  it("reads the manifest's minimum", () => {
    expect(MINIMUM).toBe("1.9");
  });

  it("finds the Office members the adapter uses, with their sets", () => {
    console.log(
      `Excel API members used by src/ (minimum ExcelApi ${MINIMUM}):\n${describeUses(audit.uses).join("\n")}`
    );
    const members = new Set(audit.uses.map((u) => u.member));
    for (const m of [
      "Excel.Range.formulas",
      "Excel.Workbook.settings",
      "Excel.Table.resize",
      "Excel.ChartSeries.setValues",
    ])
      expect(members).toContain(m);
    expect(audit.uses.find((u) => u.member === "Excel.Table.resize")?.set).toEqual({
      name: "ExcelApi",
      version: "1.13",
    });
  });

  it("uses nothing above the minimum outside a capability guard", () => {
    const bad = unguarded(audit.uses, MINIMUM ?? "1.1").map(
      (u) =>
        `${u.file}:${u.line} ${u.member} needs ${u.set.name} ${u.set.version}, guard ${u.guard ?? "none"}`
    );
    expect(bad).toEqual([]);
  });

  it("calls every allow-listed function under its guard", () => {
    expect(unguardedCalls(audit.calls, API)).toEqual([]);
    for (const entry of ALLOW_LIST) {
      expect(API).toHaveProperty(entry.flag);
      expect(entry.reason.length).toBeGreaterThan(10);
    }
  });
});

describe("the audit on a fixture", () => {
  let audit: Audit;
  beforeAll(() => {
    const file = join(__dirname, "fixtures", "apiSetUses.ts");
    audit = collectUses(programFor([file], TSCONFIG), {
      flags: API,
      allow: [
        {
          where: "tests/manifest/fixtures/apiSetUses.ts#trusted",
          flag: "tableResize",
          reason: "test",
        },
      ],
      root: ROOT,
    });
  });

  it("flags copyFrom unguarded and under a lower guard, and passes the guarded uses", () => {
    const bad = unguarded(audit.uses, "1.4").map((u) => `${u.member}:${u.line}:${u.guard ?? "-"}`);
    expect(bad).toEqual(["Excel.Range.copyFrom:6:-", "Excel.Range.copyFrom:10:1.7"]);
    const resize = audit.uses.filter((u) => u.member === "Excel.Table.resize");
    expect(resize.map((u) => u.guard)).toEqual(["1.13", "1.13", "1.13"]);
    expect(audit.uses.find((u) => u.member === "Excel.Range.values")?.set.version).toBe("1.1");
  });

  it("flags an allow-listed function called outside its guard", () => {
    expect(unguardedCalls(audit.calls, API).map((c) => c.line)).toEqual([37]);
    expect(audit.calls).toHaveLength(2);
  });
});

test.each([
  ["1.9", "1.13", -1],
  ["1.13", "1.4", 1],
  ["1.4", "1.4", 0],
  ["1.10", "1.9", 1],
])("compareVersions(%s, %s) has the sign of %d", (a, b, sign) => {
  expect(Math.sign(compareVersions(a, b))).toBe(sign);
});
