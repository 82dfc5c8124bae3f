import { formatRangeAddress } from "../grid";
import type { Grid, SourceRange } from "../grid/types";
import type { Settings } from "../settings";
import type { Issue } from "../validate/types";
import { DEFAULT_CALENDAR, periodParser } from "./calendar";
import { createContext, finishIssues, report, type ReadContext } from "./context";
import { joinHeaderRows } from "./header-rows";
import { detectLayout } from "./layout";
import { readLong } from "./long";
import { readMessages } from "./messages";
import type { Dataset, Layout } from "./types";
import { moneyUnit } from "./units";
import { readBlocks } from "./read-blocks";
import type { BlockInfo } from "./types";
import type { BlockRead } from "./wide";

/** The grid's width: its longest row (rows of one grid should all be as long). */
function widthOf(grid: Grid): number {
  let w = 0;
  for (const row of grid) if (row.length > w) w = row.length;
  return w;
}

/** Rows become columns: a tall block read as a wide one. */
function transpose(grid: Grid, width: number): Grid {
  const out: Grid = [];
  for (let c = 0; c < width; c++) {
    const row = new Array(grid.length);
    for (let r = 0; r < grid.length; r++) row[r] = grid[r]?.[c] ?? "";
    out.push(row);
  }
  return out;
}

function sourceOf(ctx: ReadContext, rows: number, width: number): { sheet: string; range: string } {
  const range = formatRangeAddress({
    top: ctx.originRow,
    left: ctx.originCol,
    bottom: ctx.originRow + Math.max(rows, 1) - 1,
    right: ctx.originCol + Math.max(width, 1) - 1,
  });
  return { sheet: ctx.sheet, range };
}

function emptyDataset(
  ctx: ReadContext,
  rows: number,
  width: number,
  settings: Settings,
  layout: Layout
): Dataset {
  const fyEnd = settings.fyEndMonth;
  const endMonth =
    fyEnd !== undefined && Number.isInteger(fyEnd) && fyEnd >= 1 && fyEnd <= 12
      ? fyEnd
      : DEFAULT_CALENDAR.endMonth;
  const scale =
    settings.unitScale !== undefined &&
    Number.isFinite(settings.unitScale) &&
    settings.unitScale > 0
      ? settings.unitScale
      : 1;
  return {
    layout,
    calendar: { endMonth, naming: settings.naming ?? DEFAULT_CALENDAR.naming },
    calendarInferred: false,
    periods: [],
    series: [],
    money: moneyUnit(settings.reportingCurrency, scale),
    source: sourceOf(ctx, rows, width),
  };
}

/**
 * Read a range of figures into a Dataset: find the layout (wide, tall or long) and the header after any title
 * rows, the periods, the metrics (ids, synonyms, segments, "of which" lines), the units, and every number with
 * the cell it came from. Never throws: problems come back as issues (not-a-number, excel-error,
 * unknown-period, duplicate-period, unknown-label, unit-unknown, no-figures), and a range without figures
 * gives an empty dataset.
 */
export function readRange(
  range: SourceRange,
  settings: Settings
): { dataset: Dataset; issues: Issue[] } {
  const ctx = createContext(range.sheet, range.topLeft);
  const given: Grid = Array.isArray(range.values) ? range.values : [];
  const width = widthOf(given);
  const where = sourceOf(ctx, given.length, width);
  const noFigures = (message: string, layout: Layout): { dataset: Dataset; issues: Issue[] } => {
    report(ctx, "error", "no-figures", () => ({ message }));
    return {
      dataset: emptyDataset(ctx, given.length, width, settings, layout),
      issues: finishIssues(ctx),
    };
  };
  if (given.length === 0 || width === 0)
    return noFigures(readMessages.emptyRange(`${range.sheet}!${where.range}`), "wide");

  const parse = periodParser(DEFAULT_CALENDAR);
  let guess = detectLayout(given, parse);
  // A period header written over two rows ("Three Months Ended June 30," over "2024") reads as one: looked for
  // above and at the header found (or anywhere near the top when none was), not in long or tall tables.
  const grid =
    guess && guess.layout !== "wide"
      ? given
      : joinHeaderRows(given, parse, settings, guess?.headerRow);
  if (grid !== given) guess = detectLayout(grid, parse);
  if (!guess) return noFigures(readMessages.noPeriods(`${range.sheet}!${where.range}`), "wide");
  let block: BlockRead;
  let blocks: BlockInfo[] = [];
  if (guess.layout === "long") {
    block = readLong(ctx, grid, guess.headerRow, guess.columns, settings);
  } else if (guess.layout === "tall") {
    ctx.transposed = true;
    ({ read: block, blocks } = readBlocks(
      ctx,
      transpose(grid, width),
      guess.headerCol,
      grid.length,
      settings,
      parse
    ));
    ctx.transposed = false;
  } else {
    ({ read: block, blocks } = readBlocks(ctx, grid, guess.headerRow, width, settings, parse));
  }
  if (block.periods.length === 0)
    return noFigures(readMessages.noPeriods(`${range.sheet}!${where.range}`), guess.layout);
  if (!block.hasNumbers)
    return noFigures(readMessages.noNumbers(`${range.sheet}!${where.range}`), guess.layout);
  const dataset: Dataset = {
    layout: guess.layout,
    calendar: block.calendar,
    calendarInferred: block.calendarInferred,
    periods: block.periods,
    series: block.series,
    money: block.money,
    source: where,
  };
  if (blocks.length > 0) dataset.blocks = blocks;
  if (block.bookRatios && block.bookRatios.length > 0) dataset.bookRatios = block.bookRatios;
  return { dataset, issues: finishIssues(ctx) };
}
