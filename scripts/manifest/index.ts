/** Validates a manifest file: XSD (when the schemas are present) plus the project's own checks. */
import { existsSync, readFileSync } from "node:fs";
import { checkManifest, type CheckOptions } from "./checks";
import { messages } from "./messages";
import { validateWithXsd, xsdAvailable } from "./xsd";

export interface ValidateOptions extends CheckOptions {
  readonly manifestPath: string;
  readonly xsdDir: string;
}

export interface ValidateReport {
  readonly problems: readonly string[];
  /** Informational lines, e.g. that the XSDs were not found. */
  readonly notes: readonly string[];
  readonly xsdChecked: boolean;
}

export async function validateManifest(options: ValidateOptions): Promise<ValidateReport> {
  if (!existsSync(options.manifestPath))
    return { problems: [messages.notFound(options.label)], notes: [], xsdChecked: false };
  const source = readFileSync(options.manifestPath, "utf8");
  const hasXsd = xsdAvailable(options.xsdDir);
  const notes = hasXsd ? [] : [messages.xsdAbsent(options.xsdDir)];
  const xsdProblems = hasXsd ? await validateWithXsd(source, options.label, options.xsdDir) : [];
  return {
    problems: [...xsdProblems, ...checkManifest(source, options)],
    notes,
    xsdChecked: hasXsd,
  };
}
