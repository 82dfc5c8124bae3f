/**
 * Cell blocks for the summary writes and the restore: row blocks under the request budget, the union of
 * blocks to clear, and a block queued onto a sheet. Also which sheet a defined name points at.
 */
import type { CellValue } from "../../core/grid/types";
import { formatRangeAddress, parseRangeAddress, splitSheetPrefix } from "../../core/grid";
import { isPayloadTooLarge } from "./errors";
import { MAX_PAYLOAD_RETRIES, SYNC_BUDGET_BYTES } from "./limits";
import { cellsToWrite, sentRowBytes } from "./cellText";
import { formatsToSend, sentFormatsRowBytes } from "./numberFormats";

/**
 * Cells to write: the layout's `formulas` (Office.js `Range.formulas` style) and, when known, their cached
 * `values` (which tell a live formula from a text starting with "="). Turned into what is sent (`cellsToWrite`)
 * one block at a time, so the whole sheet is never copied.
 */
export interface CellsToSend {
  formulas: CellValue[][];
  values?: CellValue[][];
}

/** Row blocks of the cells that each fit the request budget, as sent: [start, end) pairs over the rows. */
export function writeBlocks(
  cells: CellsToSend,
  formats: string[][],
  budget = SYNC_BUDGET_BYTES
): [number, number][] {
  const { formulas, values } = cells;
  const blocks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < formulas.length; r++) {
    // each row measured as a one-row grid (`[[…]]`), its formats likewise
    const rowBytes =
      2 + sentRowBytes(formulas[r] ?? [], values?.[r]) + sentFormatsRowBytes(formats[r] ?? []);
    if (r > start && bytes + rowBytes > budget) {
      blocks.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (start < formulas.length) blocks.push([start, formulas.length]);
  return blocks;
}

/** Zero-based box of an A1 address ("'KPI Summary'!A1:N63" or "A1:N63"), or null. */
export function boxOf(address: string | null | undefined): ReturnType<typeof parseRangeAddress> {
  if (!address) return null;
  return parseRangeAddress(address.slice(address.lastIndexOf("!") + 1));
}

/** The smallest block holding every given address (A1, no sheet), or null when none is given. */
export function unionAddress(addresses: (string | null | undefined)[]): string | null {
  const boxes = addresses.map(boxOf).filter((b): b is NonNullable<typeof b> => b !== null);
  const first = boxes[0];
  if (!first) return null;
  return formatRangeAddress({
    top: Math.min(...boxes.map((b) => b.top)),
    left: Math.min(...boxes.map((b) => b.left)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
    right: Math.max(...boxes.map((b) => b.right)),
  });
}

/**
 * Queue a block of cells (rows [start, end) of the grids) with the grids' top-left at `origin` (zero-based,
 * A1 by default). Number formats first, so the cells are written under their final format; "General" is not sent
 * (numberFormats.ts: the cells are fresh, General is what they have).
 */
export function queueCells(
  sheet: Excel.Worksheet,
  cells: CellsToSend,
  formats: string[][],
  [start, end]: [number, number],
  origin = { top: 0, left: 0 }
): void {
  const cols = cells.formulas[0]?.length ?? 0;
  if (cols === 0 || end <= start) return;
  const range = sheet.getRange(
    formatRangeAddress({
      top: origin.top + start,
      left: origin.left,
      bottom: origin.top + end - 1,
      right: origin.left + cols - 1,
    })
  );
  const sent = formatsToSend(formats.slice(start, end));
  if (sent) range.numberFormat = sent;
  range.formulas = cellsToWrite(cells.formulas.slice(start, end), cells.values?.slice(start, end));
}

/** Whether a defined name's value points at `sheet` (or at a deleted sheet: #REF!). */
export function pointsAt(value: unknown, sheet: string): boolean {
  if (typeof value !== "string") return false;
  const text = value.replace(/^=/, "");
  if (text.startsWith("#REF!")) return true;
  const split = splitSheetPrefix(text);
  return split?.sheet !== undefined && split.sheet.toLowerCase() === sheet.toLowerCase();
}

/** The parts of a write in blocks, each queued by the caller's function. */
export interface BlockWrite {
  /** Queued with the first block (events off, the sheet, the region cleared); again if that sync is refused. */
  prelude?: () => void;
  /** Queue rows [start, end) of the cells. */
  block: (rows: [number, number]) => void;
  /** Queued after every sync but the last (calculation suspended again). */
  between?: () => void;
  /** Queued with the last block, for the final sync (table, charts, names, the record). */
  finish?: () => void;
}

/**
 * Write the blocks one sync each, the last one with `finish`. A sync Excel refuses as too large (the estimate in
 * writeBlocks is only an estimate; Excel counts its own request) is halved and retried, down to single rows and
 * at most MAX_PAYLOAD_RETRIES halvings deep; a refused sync changes nothing, so the halves are queued again with
 * whatever rode with the block (the prelude, the finish). Returns how many times a block was halved.
 */
export async function syncBlocks(
  context: Excel.RequestContext,
  blocks: [number, number][],
  write: BlockWrite
): Promise<number> {
  const state = { preludeSent: false, splits: 0 };
  if (blocks.length === 0) {
    write.prelude?.();
    write.finish?.();
    await context.sync();
    return 0;
  }
  const send = async (rows: [number, number], last: boolean, depth: number): Promise<void> => {
    if (!state.preludeSent) write.prelude?.();
    write.block(rows);
    if (last) write.finish?.();
    try {
      await context.sync();
    } catch (error) {
      const [start, end] = rows;
      if (!isPayloadTooLarge(error) || end - start < 2 || depth >= MAX_PAYLOAD_RETRIES) throw error;
      if (state.preludeSent) write.between?.();
      state.splits += 1;
      const middle = start + Math.floor((end - start) / 2);
      await send([start, middle], false, depth + 1);
      await send([middle, end], last, depth + 1);
      return;
    }
    state.preludeSent = true;
    if (!last) write.between?.();
  };
  const each = async (rest: [number, number][]): Promise<void> => {
    const [first, ...others] = rest;
    if (!first) return;
    await send(first, others.length === 0, 0);
    return each(others);
  };
  await each(blocks);
  return state.splits;
}
