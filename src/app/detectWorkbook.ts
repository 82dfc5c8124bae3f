/**
 * Whole-workbook Detect: every sheet read in one request, the sheets holding figures read by the core as the
 * sources of one pack, and the blocks found listed per sheet — where each is, what it holds (lines, first … last
 * period, unit) — for the user to keep or drop. A sheet that repeats the lines of an earlier one with other
 * figures (a sheet per business, each with its own "Total revenue") is marked with the prefix its lines get:
 * it is read as a business of its own, never merged into the group's lines.
 */
import { splitSheetPrefix } from "../core/grid";
import type { SourceRange } from "../core/grid/types";
import { readSources } from "../core/read";
import type { BlockInfo, Dataset } from "../core/read/types";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import type { SourceRequest, WorkbookPort } from "../workbook/port";
import { reasonOf } from "../workbook/reason";
import { holdsFigures } from "./findSources";
import { appMessages } from "./messages";
import { wholeSheet } from "./sourceAddress";

/** A block of figures on a sheet. */
export interface DetectedBlock extends BlockInfo {
  sheet: string;
}

/** What Detect found on one sheet; `blocks` is empty for a cover, an index or notes. */
export interface SheetDetected {
  sheet: string;
  blocks: DetectedBlock[];
  /** The whole sheet as a source, when it holds figures. */
  source?: SourceRequest;
  /** The prefix of its lines when it is read as a business of its own ("cloud"). */
  entity?: string;
}

export type WorkbookDetected =
  { ok: true; sheets: SheetDetected[] } | { ok: false; message: string };

/** The sheet a sheet-qualified block range is on. */
function sheetOf(range: string): string {
  return splitSheetPrefix(range)?.sheet ?? "";
}

/** The blocks of a read, each with its sheet (one block of the whole read when the reader listed none). */
function blocksOf(dataset: Dataset): DetectedBlock[] {
  const blocks: BlockInfo[] = dataset.blocks ?? [
    {
      range: `${dataset.source.sheet}!${dataset.source.range}`,
      first: dataset.periods[0]?.label ?? "",
      last: dataset.periods[dataset.periods.length - 1]?.label ?? "",
      periods: dataset.periods.length,
      unit: dataset.money.label,
      lines: dataset.series.length,
    },
  ];
  return blocks.map((b) => ({ ...b, sheet: sheetOf(b.range) || dataset.source.sheet }));
}

/** Detect over every visible sheet of the workbook, in workbook order. */
export async function detectWorkbook(
  port: WorkbookPort,
  settings: Settings = DEFAULT_SETTINGS
): Promise<WorkbookDetected> {
  try {
    const { sheets } = await port.listSources();
    if (sheets.length === 0) return { ok: true, sheets: [] };
    const ranges = await port.readRanges(
      sheets.map((sheet) => ({ kind: "address", address: wholeSheet(sheet) }))
    );
    const withFigures: SourceRange[] = [];
    sheets.forEach((_, k) => {
      const range = ranges[k];
      if (range && holdsFigures(range)) withFigures.push(range);
    });
    const out: SheetDetected[] = sheets.map((sheet) => ({ sheet, blocks: [] }));
    if (withFigures.length === 0) return { ok: true, sheets: out };
    const read = readSources(withFigures, settings);
    if (read.noFigures) return { ok: true, sheets: out };
    const bySheet = new Map(out.map((s) => [s.sheet, s]));
    for (const block of blocksOf(read.dataset)) bySheet.get(block.sheet)?.blocks.push(block);
    for (const range of withFigures) {
      const found = bySheet.get(range.sheet);
      if (found) found.source = { kind: "address", address: wholeSheet(range.sheet) };
    }
    for (const s of read.dataset.sources ?? []) {
      const found = bySheet.get(s.sheet);
      if (found && s.entity !== undefined) found.entity = s.entity;
    }
    return { ok: true, sheets: out };
  } catch (e) {
    return { ok: false, message: appMessages.readFailed(reasonOf(e)) };
  }
}
