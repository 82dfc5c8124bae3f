/** Offline XSD validation of the manifest with xmllint (WebAssembly build), schemas read from disk. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateXML } from "xmllint-wasm";
import { messages } from "./messages";

export const XSD_ENTRY = "OfficeAppManifestV1_1.xsd";

/**
 * Where the schemas are looked for when no folder is named: $QD_MANIFEST_XSD, else `../shared/manifest-xsd`
 * beside the repository `root`. They are Microsoft's files and are not kept in the repository; without them
 * only the project's own checks run.
 */
export function defaultXsdDir(root: string): string {
  const named = process.env.QD_MANIFEST_XSD;
  return resolve(
    named !== undefined && named !== "" ? named : join(root, "..", "shared", "manifest-xsd")
  );
}

/** True when the schema folder holds the entry schema. */
export function xsdAvailable(dir: string): boolean {
  return existsSync(join(dir, XSD_ENTRY));
}

/** Validates against the entry schema with the folder's other .xsd files preloaded; returns messages. */
export async function validateWithXsd(
  source: string,
  label: string,
  dir: string
): Promise<string[]> {
  const others = readdirSync(dir).filter((f) => f.endsWith(".xsd") && f !== XSD_ENTRY);
  const result = await validateXML({
    xml: { fileName: "manifest.xml", contents: source },
    schema: { fileName: XSD_ENTRY, contents: readFileSync(join(dir, XSD_ENTRY), "utf8") },
    preload: others.map((f) => ({ fileName: f, contents: readFileSync(join(dir, f), "utf8") })),
  });
  if (result.valid) return [];
  const errors = result.errors.map((e) =>
    messages.xsdError(label, e.loc?.lineNumber ?? null, e.message.trim())
  );
  return errors.length > 0 ? errors : [messages.xsdError(label, null, result.rawOutput.trim())];
}
