import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  copyFileSync,
  writeFileSync,
  existsSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { validateManifest, type ValidateOptions } from "../../scripts/manifest";
import { defaultXsdDir } from "../../scripts/manifest/xsd";
import { encodePng, pngSize } from "../../scripts/png";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS module shared with webpack.config.js
const { toProduction } = require("../../scripts/urls.cjs") as {
  toProduction: (text: string) => string;
};

const ROOT = resolve(__dirname, "..", "..");
const XSD_DIR = defaultXsdDir(ROOT);
const HAS_XSD = existsSync(join(XSD_DIR, "OfficeAppManifestV1_1.xsd"));
const DEV = "https://localhost:3000/";
const PROD = "https://quarterdeck.example.com/";
const REAL = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const NO_XSD = join(tmpdir(), "no-such-xsd-folder");

function writeManifest(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "qd-manifest-"));
  const file = join(dir, "manifest.xml");
  writeFileSync(file, text);
  return file;
}

function sourceOptions(manifestPath: string, xsdDir = NO_XSD): ValidateOptions {
  return {
    label: "manifest.xml",
    manifestPath,
    baseUrl: DEV,
    servedDir: ROOT,
    dist: false,
    devUrl: DEV,
    xsdDir,
  };
}

async function problemsOf(text: string): Promise<readonly string[]> {
  return (await validateManifest(sourceOptions(writeManifest(text)))).problems;
}

describe("the project's own manifest checks (no XSD needed)", () => {
  it("accepts the real manifest", async () => {
    const report = await validateManifest(sourceOptions(join(ROOT, "manifest.xml")));
    expect(report.problems).toEqual([]);
    expect(report.notes[0]).toMatch(
      /XSD validation skipped: the schemas are not in .*no-such-xsd-folder/
    );
  });

  it.each([
    [
      "missing ProviderName",
      (m: string) => m.replace(/\s*<ProviderName>.*<\/ProviderName>/, ""),
      /<ProviderName> is missing/,
    ],
    [
      "an http URL",
      (m: string) => m.replace('IconUrl DefaultValue="https://', 'IconUrl DefaultValue="http://'),
      /manifest\.xml: IconUrl uses http:\/\/ — Office requires HTTPS/,
    ],
    [
      "a missing icon",
      (m: string) => m.replace("assets/icon-80.png", "assets/icon-81.png"),
      /bt:Image "Icon\.80x80" points at assets\/icon-81\.png, which does not exist/,
    ],
    [
      "an icon of the wrong size",
      (m: string) =>
        m.replace(
          'HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"',
          'HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"'
        ),
      /HighResolutionIconUrl is declared 64×64 px but assets\/icon-32\.png is 32×32 px/,
    ],
    [
      "a bad GUID",
      (m: string) => m.replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"),
      /Id "not-a-guid" is not a GUID/,
    ],
    [
      "a bad version",
      (m: string) => m.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0</Version>"),
      /Version "1\.0" is not of the form n\.n\.n\.n/,
    ],
    [
      "an undefined resource id",
      (m: string) => m.replace('resid="RefreshKpis.Tooltip"', 'resid="Refresh.Tip"'),
      /resid "Refresh\.Tip" is not defined under <Resources>/,
    ],
    [
      "not an add-in manifest",
      () => '<?xml version="1.0"?><Other/>',
      /root element is not <OfficeApp>/,
    ],
  ])("rejects %s with a message naming the problem", async (_name, breakIt, expected) => {
    const broken = breakIt(REAL);
    expect(broken).not.toBe(REAL);
    const problems = await problemsOf(broken);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });

  it("reports a missing manifest file", async () => {
    const report = await validateManifest(sourceOptions(join(tmpdir(), "absent", "manifest.xml")));
    expect(report.problems).toEqual([
      "manifest.xml: not found — build first (npm run build) or name the manifest",
    ]);
  });
});

describe("a built manifest (--dist)", () => {
  function fakeDist(files: readonly string[]): string {
    const dir = mkdtempSync(join(tmpdir(), "qd-dist-"));
    mkdirSync(join(dir, "assets"));
    for (const f of files) {
      if (f.endsWith(".png")) copyFileSync(join(ROOT, f), join(dir, f));
      else writeFileSync(join(dir, f), "<!doctype html>");
    }
    writeFileSync(join(dir, "manifest.xml"), toProduction(REAL));
    return dir;
  }
  const built = [
    "taskpane.html",
    "commands.html",
    "functions.html",
    "functions.js",
    "functions.json",
    "functions.ja-JP.json",
    "support.html",
    ...[16, 32, 64, 80].map((s) => `assets/icon-${s}.png`),
  ];
  const distOptions = (dir: string): ValidateOptions => ({
    label: "dist/manifest.xml",
    manifestPath: join(dir, "manifest.xml"),
    baseUrl: PROD,
    servedDir: dir,
    dist: true,
    devUrl: DEV,
    xsdDir: NO_XSD,
  });

  it("accepts production URLs that all name built files", async () => {
    expect((await validateManifest(distOptions(fakeDist(built)))).problems).toEqual([]);
  });

  it("names a page the build did not produce", async () => {
    const dir = fakeDist(built.filter((f) => f !== "commands.html"));
    expect((await validateManifest(distOptions(dir))).problems).toEqual([
      'dist/manifest.xml: bt:Url "Commands.Url" points at dist/commands.html, which the build did not produce',
    ]);
  });

  it("names a development URL left in the built manifest", async () => {
    const dir = fakeDist(built);
    writeFileSync(
      join(dir, "manifest.xml"),
      toProduction(REAL).replace(
        `${PROD}taskpane.html"/>\n  </DefaultSettings>`,
        `${DEV}taskpane.html"/>\n  </DefaultSettings>`
      )
    );
    const problems = (await validateManifest(distOptions(dir))).problems;
    expect(problems).toContain(
      "dist/manifest.xml: SourceLocation still points at the development server (https://localhost:3000/taskpane.html) — the build must rewrite it"
    );
  });

  it("rejects a built icon whose file is not a PNG", async () => {
    const dir = fakeDist(built);
    writeFileSync(join(dir, "assets", "icon-16.png"), "GIF89a");
    const problems = (await validateManifest(distOptions(dir))).problems;
    expect(problems).toContain(
      'dist/manifest.xml: bt:Image "Icon.16x16" points at dist/assets/icon-16.png, which is not a PNG'
    );
  });
});

const withXsd = HAS_XSD ? describe : describe.skip;
if (!HAS_XSD)
  console.log(
    `manifest XSD tests skipped: the schemas are not in ${XSD_DIR} (QD_MANIFEST_XSD names another folder)`
  );
withXsd(`XSD validation against ${XSD_DIR}`, () => {
  it("accepts the real manifest", async () => {
    const report = await validateManifest(sourceOptions(join(ROOT, "manifest.xml"), XSD_DIR));
    expect(report.xsdChecked).toBe(true);
    expect(report.problems).toEqual([]);
  });

  it("names the element the schema rejects", async () => {
    const broken = REAL.replace(
      "<DefaultLocale>en-US</DefaultLocale>",
      "<DefaultLocale>en-US</DefaultLocale>\n  <Flavour>salty</Flavour>"
    );
    const report = await validateManifest(sourceOptions(writeManifest(broken), XSD_DIR));
    expect(report.problems.some((p) => /^manifest\.xml:\d+: schema: .*Flavour/.test(p))).toBe(true);
  });

  it("reports the missing ProviderName through the schema too", async () => {
    const broken = REAL.replace(/\s*<ProviderName>.*<\/ProviderName>/, "");
    const report = await validateManifest(sourceOptions(writeManifest(broken), XSD_DIR));
    expect(report.problems.filter((p) => p.includes("schema:")).join("\n")).toMatch(/ProviderName/);
  });
});

describe("the committed icons", () => {
  it.each([16, 32, 64, 80, 128])("assets/icon-%i.png has the size its name says", (size) => {
    const bytes = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
    expect(bytes.readUInt32BE(16)).toBe(size);
    expect(bytes.readUInt32BE(20)).toBe(size);
  });

  it("encodePng writes a PNG header that pngSize reads back", () => {
    const png = encodePng(3, 2, new Uint8Array(3 * 2 * 4));
    expect(png.toString("ascii", 1, 4)).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3, 2]);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect(pngSize(Buffer.from("GIF89a and more bytes to pass 24"))).toBeNull();
  });
});
