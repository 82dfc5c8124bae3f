/**
 * Row chunking for large reads, pure: how many rows of a range fit one sync given the measured bytes per
 * row, and which sampled rows measure it.
 */
import { ESTIMATE_MARGIN, SAMPLE_BLOCK_ROWS, SAMPLE_BLOCKS } from "./limits";

export interface RowBlock {
  /** Zero-based first row within the range. */
  start: number;
  rows: number;
}

/** Cells a sample may hold in all, whatever the width of the range. */
const SAMPLE_CELL_BUDGET = 100_000;

/**
 * Sample blocks spread evenly over a range: up to SAMPLE_BLOCKS blocks of SAMPLE_BLOCK_ROWS rows (fewer
 * rows per block for very wide ranges), first block at the top, last at the bottom.
 */
export function sampleBlocks(rowCount: number, columnCount: number): RowBlock[] {
  if (rowCount <= 0 || columnCount <= 0) return [];
  const perBlock = Math.max(
    1,
    Math.min(SAMPLE_BLOCK_ROWS, Math.floor(SAMPLE_CELL_BUDGET / (SAMPLE_BLOCKS * columnCount)))
  );
  if (rowCount <= perBlock * SAMPLE_BLOCKS)
    return [{ start: 0, rows: Math.min(rowCount, perBlock * SAMPLE_BLOCKS) }];
  const blocks: RowBlock[] = [];
  const stride = (rowCount - perBlock) / (SAMPLE_BLOCKS - 1);
  for (let i = 0; i < SAMPLE_BLOCKS; i++)
    blocks.push({ start: Math.round(i * stride), rows: perBlock });
  return blocks;
}

/**
 * Estimated bytes per row from measured samples: the largest observed bytes/row times the safety margin.
 * Always at least 1 so the planner never divides by zero.
 */
export function estimateBytesPerRow(samples: { bytes: number; rows: number }[]): number {
  let worst = 1;
  for (const s of samples) if (s.rows > 0) worst = Math.max(worst, s.bytes / s.rows);
  return worst * ESTIMATE_MARGIN;
}

/**
 * Rows that fit a budget: floor(bytes budget ÷ bytes per row), also capped by cells budget ÷ columns,
 * never more than what is left and never less than one.
 */
export function rowsThatFit(
  remainingRows: number,
  bytesPerRow: number,
  columnCount: number,
  bytesBudget: number,
  cellsBudget: number
): number {
  const byBytes = Math.floor(bytesBudget / Math.max(1, bytesPerRow));
  const byCells = Math.floor(cellsBudget / Math.max(1, columnCount));
  return Math.max(1, Math.min(remainingRows, byBytes, byCells));
}

/**
 * Which ranges are read whole without measuring, in order: small ones (at most `smallCells` cells each) while
 * their total stays within `smallCells` too, so that a sync of blind reads weighs no more for five sources than
 * for one small range; the others are measured first and read in chunks.
 */
export function blindReads(cells: readonly number[], smallCells: number): boolean[] {
  let left = smallCells;
  return cells.map((n) => {
    if (n > smallCells || n > left) return false;
    left -= n;
    return true;
  });
}
