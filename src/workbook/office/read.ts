/**
 * Reading source ranges with Office.js in a bounded number of syncs:
 *   sync 1 — every range's address and size (full-column references and names trimmed to the used range);
 *   sync 2 — small ranges whole, and for large ones sampled row blocks to measure bytes per row;
 *   then   — row chunks of the large ranges, as many per sync as the 5 MB budget allows, each chunk's
 *            measured size confirming (or raising) the estimate for the next; a sync the host refuses as
 *            too large is retried with half the rows.
 * Only `values`, `numberFormat` and `address` (plus row/column counts) are loaded. Several sources (the sheets
 * of a results pack) go through the same syncs together: reading five takes as many syncs as reading one, as
 * long as they fit the budgets. Among several, one that holds nothing (an emptied sheet) comes back empty
 * rather than failing the others; alone, it is an error as before.
 */
import { parseRangeAddress, splitSheetPrefix, formatCellAddress } from "../../core/grid";
import type { CellValue, SourceRange } from "../../core/grid/types";
import type { SourceRequest } from "../port";
import { WorkbookError, errorCode, isPayloadTooLarge, reasonOf } from "./errors";
import {
  MAX_PAYLOAD_RETRIES,
  SMALL_RANGE_CELLS,
  SYNC_BUDGET_BYTES,
  SYNC_BUDGET_CELLS,
} from "./limits";
import { officeMessages } from "./messages";
import { jsonGridBytes } from "./payload";
import {
  blindReads,
  estimateBytesPerRow,
  rowsThatFit,
  sampleBlocks,
  type RowBlock,
} from "./readPlan";

/** What the user asked for, in words, for messages. */
export function describeRequest(request: SourceRequest): string {
  switch (request.kind) {
    case "address":
      return request.address;
    case "name":
      return `the named range "${request.name}"`;
    case "table":
      return `the table "${request.table}"`;
    case "selection":
      return "the selection";
  }
}

interface Target {
  request: SourceRequest;
  range: Excel.Range;
}

/** A range proxy for a request; full columns/rows, names and the selection are trimmed to their used part. */
function resolve(context: Excel.RequestContext, request: SourceRequest): Excel.Range {
  // The used part of a range (ExcelApi 1.4): a null object when it holds nothing.
  const trim = (range: Excel.Range): Excel.Range => range.getUsedRangeOrNullObject(true);
  switch (request.kind) {
    case "address": {
      const split = splitSheetPrefix(request.address.trim());
      const parsed = parseRangeAddress(request.address);
      if (!split || !parsed)
        throw new WorkbookError(officeMessages.badAddress(request.address), "bad-address");
      const sheet =
        split.sheet !== undefined
          ? context.workbook.worksheets.getItem(split.sheet)
          : context.workbook.worksheets.getActiveWorksheet();
      const range = sheet.getRange(split.rest);
      return parsed.fullColumns || parsed.fullRows ? trim(range) : range;
    }
    case "name":
      return trim(context.workbook.names.getItem(request.name).getRange());
    case "table":
      return context.workbook.tables.getItem(request.table).getRange();
    case "selection":
      return trim(context.workbook.getSelectedRange());
  }
}

function notFoundMessage(requests: SourceRequest[], error: unknown): string {
  const only = requests.length === 1 ? requests[0] : undefined;
  if (errorCode(error) === "ItemNotFound" && only) {
    if (only.kind === "name") return officeMessages.noName(only.name);
    if (only.kind === "table") return officeMessages.noTable(only.table);
    if (only.kind === "address") return officeMessages.noSheet(only.address);
    return officeMessages.noSelection;
  }
  return officeMessages.readFailed(requests.map(describeRequest).join(", "), reasonOf(error));
}

interface Part {
  start: number;
  values: CellValue[][];
  formats: string[][];
}

interface State {
  request: SourceRequest;
  range: Excel.Range;
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** "whole": read in sync 2 without measuring; "chunks": measured, read in rounds. */
  mode: "whole" | "chunks";
  bytesPerRow: number;
  next: number;
  parts: Part[];
}

interface Pending {
  state: State;
  block: RowBlock;
  proxy: Excel.Range;
}

function blockProxy(state: State, block: RowBlock): Excel.Range {
  return state.range.getCell(block.start, 0).getResizedRange(block.rows - 1, state.cols - 1);
}

function queueBlock(state: State, block: RowBlock): Pending {
  const proxy = blockProxy(state, block);
  proxy.load(["values", "numberFormat"]);
  return { state, block, proxy };
}

/** Store a loaded block and confirm the estimate: bytes/row never below what was just measured. */
function takeBlock(p: Pending): void {
  const values = p.proxy.values as CellValue[][];
  const formats = p.proxy.numberFormat as string[][];
  p.state.parts.push({ start: p.block.start, values, formats });
  const measured = (jsonGridBytes(values) + jsonGridBytes(formats)) / Math.max(1, p.block.rows);
  p.state.bytesPerRow = Math.max(p.state.bytesPerRow, measured);
  p.state.next = Math.max(p.state.next, p.block.start + p.block.rows);
}

/** Pick the next chunks of every unfinished range that fit one sync's budget. */
function pack(states: State[]): { state: State; block: RowBlock }[] {
  let bytes = SYNC_BUDGET_BYTES;
  let cells = SYNC_BUDGET_CELLS;
  const picked: { state: State; block: RowBlock }[] = [];
  for (const state of states) {
    if (state.mode !== "chunks") continue;
    let start = state.next;
    while (start < state.rows) {
      if (picked.length > 0 && (bytes < state.bytesPerRow || cells < state.cols)) return picked;
      const rows = rowsThatFit(state.rows - start, state.bytesPerRow, state.cols, bytes, cells);
      picked.push({ state, block: { start, rows } });
      start += rows;
      bytes -= rows * state.bytesPerRow;
      cells -= rows * state.cols;
      if (bytes <= 0 || cells <= 0) return picked;
    }
  }
  return picked;
}

function assemble(state: State): SourceRange {
  const parts = [...state.parts].sort((a, b) => a.start - b.start);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (const part of parts) {
    for (const row of part.values) values.push(row);
    for (const row of part.formats) numberFormats.push(row);
  }
  return {
    sheet: state.sheet,
    topLeft: formatCellAddress(state.top, state.left),
    values,
    numberFormats,
  };
}

/** Read the requested ranges in one `Excel.run`-context; rejects with a WorkbookError naming the range. */
export async function readRanges(
  context: Excel.RequestContext,
  requests: SourceRequest[]
): Promise<SourceRange[]> {
  if (requests.length === 0) return [];
  const targets: Target[] = requests.map((request) => ({
    request,
    range: resolve(context, request),
  }));
  targets.forEach((t) => t.range.load(["address", "rowCount", "columnCount"]));
  try {
    await context.sync();
  } catch (error) {
    throw new WorkbookError(notFoundMessage(requests, error), errorCode(error) || "read");
  }

  const states: State[] = targets.map((t) => {
    if (t.range.isNullObject && requests.length > 1) return emptyState(t);
    if (t.range.isNullObject)
      throw new WorkbookError(officeMessages.noFigures(describeRequest(t.request)), "no-figures");
    const split = splitSheetPrefix(t.range.address);
    const parsed = split ? parseRangeAddress(split.rest) : null;
    if (!split || !parsed)
      throw new WorkbookError(officeMessages.badAddress(t.range.address), "bad-address");
    const rows = t.range.rowCount;
    const cols = t.range.columnCount;
    return {
      request: t.request,
      range: t.range,
      sheet: split.sheet ?? "",
      top: parsed.top,
      left: parsed.left,
      rows,
      cols,
      mode: rows * cols <= SMALL_RANGE_CELLS ? "whole" : "chunks",
      bytesPerRow: 1,
      next: 0,
      parts: [],
    };
  });

  // small ranges are read blind only while their total stays small: many sources weigh no more than one
  const blind = blindReads(
    states.map((s) => (s.mode === "whole" ? s.rows * s.cols : Infinity)),
    SMALL_RANGE_CELLS
  );
  states.forEach((s, k) => {
    if (s.mode === "whole" && s.rows > 0 && !blind[k]) s.mode = "chunks";
  });
  await firstRead(context, states, 0);
  await rounds(context, states, 0);
  return states.map(assemble);
}

/** A source that holds nothing, read among others: no rows, on the sheet its address names. */
function emptyState(t: Target): State {
  const sheet =
    t.request.kind === "address" ? (splitSheetPrefix(t.request.address.trim())?.sheet ?? "") : "";
  return {
    request: t.request,
    range: t.range,
    sheet,
    top: 0,
    left: 0,
    rows: 0,
    cols: 0,
    mode: "whole",
    bytesPerRow: 1,
    next: 0,
    parts: [],
  };
}

/** Sync 2: small ranges whole, samples of the large ones. Falls back to chunks when the host refuses the size. */
async function firstRead(
  context: Excel.RequestContext,
  states: State[],
  attempt: number
): Promise<void> {
  const wholes = states
    .filter((s) => s.mode === "whole" && s.rows > 0 && s.cols > 0)
    .map((s) => queueBlock(s, { start: 0, rows: s.rows }));
  const samples = states
    .filter((s) => s.mode === "chunks")
    .map((s) => {
      const plan = sampleBlocks(s.rows, s.cols);
      return { state: s, plan, blocks: plan.map((b) => blockProxy(s, b)) };
    });
  samples.forEach((s) => s.blocks.forEach((b) => b.load(["values", "numberFormat"])));
  if (wholes.length === 0 && samples.length === 0) return;
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error) || attempt >= MAX_PAYLOAD_RETRIES) throw readError(states, error);
    for (const s of states) s.mode = "chunks";
    return firstRead(context, states, attempt + 1);
  }
  wholes.forEach(takeBlock);
  for (const s of samples) {
    const measured = s.blocks.map((b) => {
      const values = b.values as CellValue[][];
      return {
        bytes: jsonGridBytes(values) + jsonGridBytes(b.numberFormat as string[][]),
        rows: values.length,
      };
    });
    s.state.bytesPerRow = estimateBytesPerRow(measured);
    // a sample that covers the whole range is its read
    const only = s.plan[0];
    const proxy = s.blocks[0];
    if (s.plan.length === 1 && only && proxy && only.start === 0 && only.rows === s.state.rows)
      takeBlock({ state: s.state, block: only, proxy });
  }
}

/** Chunk rounds until every range is read; recursion rather than a loop so each round is one visible sync. */
async function rounds(
  context: Excel.RequestContext,
  states: State[],
  attempt: number
): Promise<void> {
  const picked = pack(states);
  if (picked.length === 0) return;
  const pending = picked.map((p) => queueBlock(p.state, p.block));
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error) || attempt >= MAX_PAYLOAD_RETRIES) throw readError(states, error);
    // The host measured more than we estimated: assume rows twice as heavy and try again.
    for (const p of picked) p.state.bytesPerRow *= 2;
    return rounds(context, states, attempt + 1);
  }
  pending.forEach(takeBlock);
  return rounds(context, states, 0);
}

function readError(states: State[], error: unknown): WorkbookError {
  const what = states.map((s) => describeRequest(s.request)).join(", ");
  if (isPayloadTooLarge(error))
    return new WorkbookError(officeMessages.tooLarge(what), "too-large");
  return new WorkbookError(
    officeMessages.readFailed(what, reasonOf(error)),
    errorCode(error) || "read"
  );
}
