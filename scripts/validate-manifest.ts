/**
 * npm run validate            — manifest.xml (development URLs, icons in assets/)
 * npm run validate -- --dist  — dist/manifest.xml after `npm run build` (production URLs, built files)
 * Options: --xsd DIR (default $QD_MANIFEST_XSD, else ../shared/manifest-xsd beside the repository; without
 * the schemas the XSD check is skipped with one line and the project's own checks still run).
 * Exit 0 when valid, 1 with one line per problem otherwise.
 */
import { join, resolve } from "node:path";
import { messages } from "./manifest/messages";
import { validateManifest } from "./manifest";
import { defaultXsdDir } from "./manifest/xsd";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS module shared with webpack.config.js
const { URL_DEV, URL_PROD } = require("./urls.cjs") as { URL_DEV: string; URL_PROD: string };

const ROOT = resolve(__dirname, "..");

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: readonly string[]): Promise<number> {
  const dist = args.includes("--dist");
  const xsdFlag = argValue(args, "--xsd");
  const xsdDir = xsdFlag === undefined ? defaultXsdDir(ROOT) : resolve(xsdFlag);
  const label = dist ? "dist/manifest.xml" : "manifest.xml";
  const report = await validateManifest({
    label,
    manifestPath: join(ROOT, label),
    baseUrl: dist ? URL_PROD : URL_DEV,
    servedDir: dist ? join(ROOT, "dist") : ROOT,
    dist,
    devUrl: URL_DEV,
    xsdDir,
  });
  for (const note of report.notes) console.log(note);
  for (const problem of report.problems) console.error(problem);
  if (report.problems.length > 0) return 1;
  const checks = [
    report.xsdChecked ? "XSD" : null,
    "HTTPS",
    "Id",
    "Version",
    "resources",
    "icons",
    dist ? "built files" : null,
  ];
  console.log(messages.ok(label, checks.filter(Boolean).join(", ")));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`validate-manifest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
);
