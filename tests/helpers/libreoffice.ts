/**
 * LibreOffice headless, for tests that open a written workbook in a real spreadsheet application.
 * `soffice` is looked up on PATH (QD_SOFFICE=<path> names another binary); undefined when it is absent.
 */
import { execFile } from "node:child_process";
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A program run as `name`: the first executable of that name on PATH, or undefined. */
function onPath(name: string): string | undefined {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "")
    .map((dir) => join(dir, name))
    .find(isExecutable);
}

function findSoffice(): string | undefined {
  const named = process.env.QD_SOFFICE;
  if (named !== undefined && named !== "") return isExecutable(named) ? named : undefined;
  return onPath("soffice") ?? onPath("libreoffice");
}

/** The LibreOffice binary, or undefined when LibreOffice is not installed. */
export const SOFFICE: string | undefined = findSoffice();

/**
 * How an .xlsx's formulas are treated on load: "recalc" recomputes every formula, "cached" keeps the result
 * stored in the file (LibreOffice's own default for .xlsx). A check that formulas compute what the writer
 * cached converts the same book both ways and compares.
 */
export type LoadMode = "recalc" | "cached";

/** The user profile setting (Calc › Formula › Recalculation on file load › Excel 2007 and newer) for `mode`. */
function profileSettings(mode: LoadMode): string {
  const recalcMode = mode === "recalc" ? 0 : 1; // 0: always recalculate, 1: never
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalcMode}</value></prop></item>
</oor:items>
`;
}

/**
 * `soffice --headless --convert-to FILTER --outdir OUTDIR BOOK` in a fresh user profile of its own (so
 * conversions can run side by side and never touch the user's settings), loading formulas per `mode`.
 */
export async function convertWithLibreOffice(
  book: string,
  filter: string,
  outdir: string,
  mode: LoadMode = "cached"
): Promise<void> {
  if (SOFFICE === undefined) throw new Error("LibreOffice (soffice) is not installed");
  const profile = mkdtempSync(join(tmpdir(), "qd-lo-profile-"));
  try {
    mkdirSync(join(profile, "user"));
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), profileSettings(mode));
    mkdirSync(outdir, { recursive: true });
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        outdir,
        book,
      ],
      { timeout: 400_000 }
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The CSV export filter: field separator 44 (comma), text delimiter 34 ("), UTF-8, from line 1, default
 * column formats, default language, text not all quoted, special numbers detected, cells saved as shown
 * (formatted), no formulas, spaces kept, every sheet (-1: one file per sheet, BOOK-<sheet>.csv).
 */
const CSV_EVERY_SHEET =
  "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1";

/** Every sheet of `book` as LibreOffice displays it, one CSV text per file name (`BOOK-<sheet>.csv`). */
export async function sheetsAsCsv(
  mode: LoadMode,
  book: string,
  outdir: string
): Promise<Map<string, string>> {
  await convertWithLibreOffice(book, CSV_EVERY_SHEET, outdir, mode);
  const files = new Map<string, string>();
  for (const f of readdirSync(outdir).filter((name) => name.endsWith(".csv")))
    files.set(f, readFileSync(join(outdir, f), "utf8"));
  if (files.size === 0) throw new Error(`LibreOffice wrote no CSV for ${book}`);
  return files;
}
