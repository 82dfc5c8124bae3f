/**
 * The compiled CLI (scripts/build-cli.cjs, loaded by bin/quarterdeck.cjs) prints what the sources print.
 * The test builds it into a folder of its own laid out like the package (bin/, dist-cli/, src and node_modules
 * linked), so it never depends on, nor touches, the project's own dist-cli/.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "../..");
const SAMPLE = path.join(ROOT, "assets/sample/iij-4q01-sample.xlsx");
const pkg = mkdtempSync(path.join(tmpdir(), "qd-built-"));
const built = path.join(pkg, "dist-cli");
const sourcesFile = path.join(built, "sources.json");

jest.setTimeout(120_000);

beforeAll(() => {
  mkdirSync(path.join(pkg, "bin"));
  copyFileSync(path.join(ROOT, "bin/quarterdeck.cjs"), path.join(pkg, "bin/quarterdeck.cjs"));
  writeFileSync(path.join(pkg, "package.json"), "{}\n");
  symlinkSync(path.join(ROOT, "src"), path.join(pkg, "src"), "dir");
  symlinkSync(path.join(ROOT, "node_modules"), path.join(pkg, "node_modules"), "dir");
  symlinkSync(path.join(ROOT, "assets"), path.join(pkg, "assets"), "dir");
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build-cli.cjs"), "--outdir", built], {
    encoding: "utf8",
  });
});
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

function launch(argv: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(pkg, "bin/quarterdeck.cjs"), ...argv], {
    encoding: "utf8",
    env: { ...process.env, QUARTERDECK_FROM_SOURCE: "" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function fromSources(argv: string[]): Promise<string> {
  return (await fromSourcesBoth(argv)).out;
}

/** What the sources print on stdout and on stderr. */
async function fromSourcesBoth(argv: string[]): Promise<{ out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  expect(code).toBe(0);
  return { out, err };
}

describe("the compiled CLI", () => {
  it("is one file listing the sources it was built from", () => {
    expect(existsSync(path.join(built, "quarterdeck.cjs"))).toBe(true);
    const sources = JSON.parse(readFileSync(sourcesFile, "utf8")) as string[];
    expect(sources).toContain("src/cli/main.ts");
    expect(sources.every((s) => s.startsWith("src/"))).toBe(true);
  });

  it("prints the same JSON as the sources on the sample, first start and cached start", async () => {
    const { out: expected, err: expectedErr } = await fromSourcesBoth(["compute", SAMPLE]);
    expect(JSON.parse(expected)).toHaveProperty("values");
    // stderr: the blocks read, one line each, as the sources print them
    expect(expectedErr).toMatch(/^Block /);
    const first = launch(["compute", SAMPLE]);
    expect(first.err).toBe(expectedErr);
    expect(first.code).toBe(0);
    expect(first.out).toBe(expected);
    expect(existsSync(path.join(built, "quarterdeck.cjs.v8cache"))).toBe(true);
    const cached = launch(["compute", SAMPLE]);
    expect(cached.err).toBe(expectedErr);
    expect(cached.out).toBe(expected);
  });

  it("finds the bundled sample from dist-cli/ and prints the sources' demo", async () => {
    const files = (who: string): string[] => [
      "--json",
      path.join(pkg, `${who}.json`),
      "--out",
      path.join(pkg, `${who}.xlsx`),
    ];
    const expected = await fromSources(["demo", ...files("out")]);
    const r = launch(["demo", ...files("out")]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe(expected);
    expect(r.out).toMatch(/^QuarterDeck — iij-4q01-sample\.xlsx/);
  });

  it("exits 2 with the sources' one line on unreadable input", async () => {
    const missing = path.join(pkg, "nope.xlsx");
    let err = "";
    const code = await main(["compute", missing], { out: () => undefined, err: (t) => (err += t) });
    const r = launch(["compute", missing]);
    expect(r.code).toBe(code);
    expect(r.code).toBe(2);
    expect(r.err).toBe(err);
  });
});

describe("the launcher runs the sources, saying why, when the build cannot be used", () => {
  const sourcesNote =
    /^quarterdeck: (.*); running the sources \(slower start\)\. Build it: npm run build:cli$/m;

  it("a source changed after the build", async () => {
    const saved = readFileSync(sourcesFile, "utf8");
    const marker = path.join(pkg, "src-edited.ts");
    writeFileSync(marker, "");
    const later = new Date(Date.now() + 60_000);
    utimesSync(marker, later, later);
    writeFileSync(sourcesFile, JSON.stringify([...JSON.parse(saved), "src-edited.ts"]));
    try {
      const r = launch(["compute", SAMPLE]);
      expect(r.err).toMatch(sourcesNote);
      expect(r.err).toMatch(/src-edited\.ts changed after dist-cli\/ was built/);
      expect(r.out).toBe(await fromSources(["compute", SAMPLE]));
    } finally {
      writeFileSync(sourcesFile, saved);
    }
  });

  it("no build", () => {
    const away = `${built}-away`;
    renameSync(built, away);
    try {
      const r = launch(["help"]);
      expect(r.code).toBe(0);
      expect(r.err).toMatch(sourcesNote);
      expect(r.err).toMatch(/not built/);
      expect(r.out).toMatch(/^quarterdeck/);
    } finally {
      renameSync(away, built);
    }
  });
});
