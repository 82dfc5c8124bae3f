/**
 * Reading a wide grid (a tall one transposed) block by block: each table with its own periods and unit note,
 * merged into one read. A grid of one table is read as before, in one pass.
 */
import { formatRangeAddress } from "../grid";
import type { CellValue, Grid } from "../grid/types";
import type { Period } from "../periods/types";
import type { Settings } from "../settings";
import { chooseCalendar, DEFAULT_CALENDAR, periodParser } from "./calendar";
import { findBlocks, type BlockSpan } from "./blocks";
import type { ReadContext } from "./context";
import { joinHeaderRows } from "./header-rows";
import { mergeBlocks } from "./merge-blocks";
import { segmentRuns, type IssueSpan } from "./segment-runs";
import type { BlockInfo } from "./types";
import { readWide, type BlockRead } from "./wide";
import { periodCandidates } from "./wide-header";

/** The context of a block: the sheet cell of its grid (0, 0) moved to the block's corner. */
function blockContext(ctx: ReadContext, span: BlockSpan): ReadContext {
  // the issues and their counts stay the range's own (shared, not copied)
  return ctx.transposed
    ? { ...ctx, originRow: ctx.originRow + span.left, originCol: ctx.originCol + span.top }
    : { ...ctx, originRow: ctx.originRow + span.top, originCol: ctx.originCol + span.left };
}

/** The block's own rows and columns as a grid of their own. */
function blockGrid(grid: Grid, span: BlockSpan, width: number): Grid {
  const rows = grid.slice(span.top, span.end);
  if (span.left === 0 && span.right >= width - 1) return rows;
  return rows.map((row) => row.slice(span.left, span.right + 1));
}

/** The last row of the block holding anything, from its header down. */
function lastFilledRow(grid: Grid, span: BlockSpan): number {
  for (let r = span.end - 1; r > span.headerRow; r--) {
    const row = grid[r];
    if (!row) continue;
    for (let c = span.left; c <= span.right && c < row.length; c++)
      if (row[c] !== undefined && row[c] !== "") return r;
  }
  return span.headerRow;
}

/** The last column of the block holding anything, between its header and `bottom`. */
function lastFilledCol(grid: Grid, span: BlockSpan, bottom: number): number {
  let right = span.left;
  for (let r = span.headerRow; r <= bottom; r++) {
    const row = grid[r];
    if (!row) continue;
    for (let c = Math.min(span.right, row.length - 1); c > right; c--)
      if (row[c] !== undefined && row[c] !== "") {
        right = c;
        break;
      }
  }
  return right;
}

/** Where a block sits on the sheet, and what it holds. */
function infoOf(ctx: ReadContext, grid: Grid, span: BlockSpan, read: BlockRead): BlockInfo {
  const bottom = lastFilledRow(grid, span);
  const rows = { from: span.headerRow, to: bottom };
  const cols = { from: span.left, to: lastFilledCol(grid, span, bottom) };
  const [r, c] = ctx.transposed ? [cols, rows] : [rows, cols];
  const range = formatRangeAddress({
    sheet: ctx.sheet,
    top: ctx.originRow + r.from,
    bottom: ctx.originRow + r.to,
    left: ctx.originCol + c.from,
    right: ctx.originCol + c.to,
  });
  return {
    range,
    first: read.periods[0]?.label ?? "",
    last: read.periods[read.periods.length - 1]?.label ?? "",
    periods: read.periods.length,
    unit: (read.note ?? read.money).label,
    lines: read.series.length,
  };
}

/**
 * A grid's blocks read and merged, with what each block was. `parse` reads labels under the default calendar
 * (the one the layout was found with: its cache is reused).
 */
export function readBlocks(
  ctx: ReadContext,
  grid: Grid,
  headerRow: number,
  width: number,
  settings: Settings,
  parse: (cell: CellValue | undefined) => Period | null = periodParser(DEFAULT_CALENDAR)
): { read: BlockRead; blocks: BlockInfo[] } {
  const spans = findBlocks(grid, headerRow, width, parse, settings);
  const whole = spans.length === 1 && spans[0]?.left === 0 && (spans[0]?.right ?? 0) >= width - 1;
  if (spans.length === 0 || whole) {
    const read = readWide(ctx, grid, headerRow, settings);
    const span: BlockSpan = spans[0] ?? {
      top: 0,
      end: grid.length,
      left: 0,
      right: width - 1,
      headerRow,
    };
    return { read, blocks: read.periods.length > 0 ? [infoOf(ctx, grid, span, read)] : [] };
  }
  // one calendar for the whole range, from every block's labels
  const labels: CellValue[] = [];
  // a header over two rows reads as its lower row joined with the upper one
  const grids = spans.map((span) => {
    const g = blockGrid(grid, span, width);
    return span.joined ? joinHeaderRows(g, parse, settings, span.headerRow - span.top - 1) : g;
  });
  spans.forEach((span, k) => {
    const header = grids[k]?.[span.headerRow - span.top] ?? [];
    for (const c of periodCandidates(header, settings)) labels.push(header[c] as CellValue);
  });
  const calendar = chooseCalendar(labels, settings);
  const reads: BlockRead[] = [];
  const spansOfIssues: IssueSpan[] = [];
  const blocks: BlockInfo[] = [];
  let note = null;
  let firstRead: BlockRead | null = null;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as BlockSpan;
    const from = ctx.issues.length;
    const read = readWide(
      blockContext(ctx, span),
      grids[k] as Grid,
      span.headerRow - span.top,
      settings,
      { calendar, note, range: { ctx, grid } }
    );
    if (read.note) note = read.note;
    firstRead ??= read;
    if (read.periods.length === 0 || !read.hasNumbers) continue;
    reads.push(read);
    spansOfIssues.push({ from, to: ctx.issues.length });
    blocks.push(infoOf(ctx, grid, span, read));
  }
  if (reads.length === 0 && firstRead) return { read: firstRead, blocks: [] };
  // tables each titled by a segment, each with its own header, repeating the same lines
  if (reads.length > 1)
    segmentRuns(
      ctx,
      reads.map((read, k) => ({ read, runs: read.runs ?? [], issues: spansOfIssues[k] }))
    );
  return { read: reads.length === 1 ? (reads[0] as BlockRead) : mergeBlocks(ctx, reads), blocks };
}
