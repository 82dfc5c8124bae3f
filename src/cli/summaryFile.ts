import type { Analysis } from "../core/analyse";

export type SummaryFileResult = { ok: true; charts: number } | { ok: false; error: string };

/** Writes the summary workbook (the source sheets plus the summary sheet) to `outFile`. */
export async function writeSummaryFile(
  analysis: Analysis,
  sourceBytes: Uint8Array,
  sourceName: string,
  outFile: string,
): Promise<SummaryFileResult> {
  void analysis;
  void sourceBytes;
  void sourceName;
  void outFile;
  return { ok: false, error: "summary workbooks are not available yet" };
}
