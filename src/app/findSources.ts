/**
 * Finding the sheets of a workbook that hold figures: every sheet asked for (all of them by default) read in one
 * request and looked at by the core's `detectFigures`. The CLI uses it when the first sheet is an index or a
 * cover; `--sheet all` too.
 */
import { detectFigures } from "../core/read";
import type { SourceRange } from "../core/grid/types";
import type { SourceRequest, WorkbookPort } from "../workbook/port";
import { reasonOf } from "../workbook/reason";
import { appMessages } from "./messages";
import { blockAddress, wholeSheet } from "./sourceAddress";

const filled = (v: unknown): boolean => v !== "" && v !== null && v !== undefined;

/** Sheet-qualified address of a range's filled cells from its top-left: `'P&L'!A1:G5` (a port may pad rows). */
function usedAddress(range: SourceRange): string {
  let bottom = 0;
  let right = 0;
  range.values.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c--)
      if (filled(row[c])) {
        bottom = r;
        if (c > right) right = c;
        break;
      }
  });
  return blockAddress(range, { top: 0, left: 0, bottom, right });
}

/** A sheet holding figures: the whole sheet as the source to read, and its used cells' address for the user. */
export interface SheetWithFigures {
  sheet: string;
  source: SourceRequest;
  /** Sheet-qualified address of the cells read: `'P&L'!A1:L24`. */
  address: string;
}

export type FoundSources =
  { ok: true; found: SheetWithFigures[]; lookedAt: string[] } | { ok: false; message: string };

/** True when a sheet's cells hold a block of figures (a header of periods over numbers). */
export function holdsFigures(range: SourceRange): boolean {
  return detectFigures(range.values, range.numberFormats) !== null;
}

/**
 * The sheets among `sheets` (every sheet of the workbook when absent) that hold figures, in workbook order,
 * read in one request. `found` is empty when none does; `lookedAt` names every sheet looked at.
 */
export async function findSources(
  port: WorkbookPort,
  sheets?: readonly string[]
): Promise<FoundSources> {
  try {
    const lookedAt = sheets ? [...sheets] : (await port.listSources()).sheets;
    if (lookedAt.length === 0) return { ok: true, found: [], lookedAt };
    const ranges = await port.readRanges(
      lookedAt.map((sheet) => ({ kind: "address", address: wholeSheet(sheet) }))
    );
    const found: SheetWithFigures[] = [];
    lookedAt.forEach((sheet, k) => {
      const range = ranges[k];
      if (range && holdsFigures(range))
        found.push({
          sheet,
          source: { kind: "address", address: wholeSheet(sheet) },
          address: usedAddress(range),
        });
    });
    return { ok: true, found, lookedAt };
  } catch (e) {
    return { ok: false, message: appMessages.readFailed(reasonOf(e)) };
  }
}
