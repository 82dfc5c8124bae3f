import { formatRangeAddress } from "../grid";
import type { Grid, SourceRange } from "../grid/types";
import type { Settings } from "../settings";
import type { Issue } from "../issue";
import { DEFAULT_CALENDAR, periodParser } from "./calendar";
import { createContext, finishIssues, report, type ReadContext } from "./context";
import { leaveOutGroups } from "./group-header";
import { joinHeaderRows } from "./header-rows";
import { detectLayout, findPeriodRow, HEADER_SCAN_COLS, HEADER_SCAN_ROWS } from "./layout";
import { yearEndInNote } from "../periods/year-end-note";
import { readLong } from "./long";
import { readMessages } from "./messages";
import { settingsScale } from "./scale";
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
  return {
    layout,
    calendar: { endMonth, naming: settings.naming ?? DEFAULT_CALENDAR.naming },
    calendarInferred: false,
    periods: [],
    series: [],
    money: moneyUnit(settings.reportingCurrency, settingsScale(settings)),
    source: sourceOf(ctx, rows, width),
  };
}

/** What the reader makes of a range: the dataset, the issues, and whether the range holds figures at all. */
export interface ReadResult {
  dataset: Dataset;
  issues: Issue[];
  /**
   * The reader's verdict that the range holds no figures (nothing to validate or compute): the "no-figures"
   * issue saying why — empty range, no periods, no numbers. Absent when there are figures.
   */
  noFigures?: Issue;
}

/** What a block without a header of periods yields: no periods (reported as such). */
function emptyBlock(): BlockRead {
  return {
    calendar: DEFAULT_CALENDAR,
    calendarInferred: false,
    periods: [],
    series: [],
    money: { scale: 1, label: "" },
    hasNumbers: false,
  };
}

/** The year-end month a note in the first rows says ("Fiscal year ends March 31", "決算期：2月"), or null. */
function notedYearEnd(values: Grid | undefined): number | null {
  if (!Array.isArray(values)) return null;
  const parse = periodParser(DEFAULT_CALENDAR);
  const rows = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < Math.min(row.length, HEADER_SCAN_COLS); c++) {
      const cell = row[c];
      // a period header ("Fiscal Year Ended July 1, 2023", a 52-week year closing June) is no note
      const month = typeof cell === "string" && !parse(cell) ? yearEndInNote(cell) : null;
      if (month !== null) return month;
    }
  }
  return null;
}

/**
 * Read a range of figures into a Dataset: find the layout (wide, tall or long) and the header after any title
 * rows, the periods, the metrics (ids, synonyms, segments, "of which" lines), the units, and every number with
 * the cell it came from. Never throws: problems come back as issues (not-a-number, excel-error,
 * unknown-period, duplicate-period, unknown-label, unit-unknown, no-figures), and a range without figures
 * gives an empty dataset.
 */
export function readRange(range: SourceRange, givenSettings: Settings): ReadResult {
  const noted = givenSettings.fyEndMonth === undefined ? notedYearEnd(range.values) : null;
  // a note such as "Fiscal year ends March 31" stands for the setting the user did not give
  const settings = noted === null ? givenSettings : { ...givenSettings, fyEndMonth: noted };
  const ctx = createContext(range.sheet, range.topLeft);
  const given: Grid = Array.isArray(range.values) ? range.values : [];
  const width = widthOf(given);
  const where = sourceOf(ctx, given.length, width);
  const noFigures = (message: string, layout: Layout): ReadResult => {
    report(ctx, "error", "no-figures", () => ({ message }));
    const issues = finishIssues(ctx);
    return {
      dataset: emptyDataset(ctx, given.length, width, settings, layout),
      issues,
      noFigures: issues.find((i) => i.code === "no-figures") ?? {
        severity: "error",
        code: "no-figures",
        message,
      },
    };
  };
  if (given.length === 0 || width === 0)
    return noFigures(readMessages.emptyRange(`${range.sheet}!${where.range}`), "wide");

  const parse = periodParser(DEFAULT_CALENDAR);
  const formats = Array.isArray(range.numberFormats) ? range.numberFormats : undefined;
  let guess = detectLayout(given, parse, formats);
  if (guess?.layout === "ambiguous") {
    const { row, col } = guess;
    const at = (top: number, left: number, bottom: number, right: number): string =>
      `${range.sheet}!${formatRangeAddress({
        top: ctx.originRow + top,
        left: ctx.originCol + left,
        bottom: ctx.originRow + bottom,
        right: ctx.originCol + right,
      })}`;
    return noFigures(
      readMessages.ambiguousLayout(
        at(row.index, row.first, row.index, row.last),
        at(col.first, col.index, col.last, col.index)
      ),
      "wide"
    );
  }
  // A period header written over two rows ("Three Months Ended June 30," over "2024") reads as one: looked for
  // above and at the header found (or anywhere near the top when none was), not in long or tall tables.
  const grid =
    guess && guess.layout !== "wide"
      ? given
      : joinHeaderRows(given, parse, settings, guess?.headerRow);
  // the joined header row keeps the grid's shape, so the number formats still apply
  if (grid !== given) guess = detectLayout(grid, parse, formats);
  if (!guess || guess.layout === "ambiguous")
    return noFigures(readMessages.noPeriods(`${range.sheet}!${where.range}`), "wide");
  let block: BlockRead;
  let blocks: BlockInfo[] = [];
  if (guess.layout === "long") {
    block = readLong(ctx, grid, guess.headerRow, guess.columns, settings);
  } else {
    // a tall block is read through its transpose: periods (and a year over its quarters) run across
    const tall = guess.layout === "tall";
    let across = tall ? transpose(grid, width) : grid;
    let headerRow = guess.layout === "tall" ? guess.headerCol : guess.headerRow;
    if (tall) {
      const joinedHeader = joinHeaderRows(across, parse, settings, headerRow);
      if (joinedHeader !== across) {
        across = joinedHeader;
        headerRow = findPeriodRow(across, parse).index;
      }
    }
    ctx.transposed = tall;
    // a period over parts that could not be read: its columns are left out, never read as that period
    const kept = leaveOutGroups(ctx, across, headerRow, parse);
    if (kept.headerRow < 0) block = emptyBlock();
    else
      ({ read: block, blocks } = readBlocks(
        ctx,
        kept.grid,
        kept.headerRow,
        tall ? grid.length : width,
        settings,
        parse
      ));
    ctx.transposed = false;
  }
  if (block.periods.length === 0)
    return noFigures(readMessages.noPeriods(`${range.sheet}!${where.range}`), guess.layout);
  if (!block.hasNumbers)
    return noFigures(readMessages.noNumbers(`${range.sheet}!${where.range}`), guess.layout);
  const dataset: Dataset = {
    layout: guess.layout,
    calendar: block.calendar,
    calendarInferred: block.calendarInferred || noted !== null,
    periods: block.periods,
    series: block.series,
    money: block.money,
    source: where,
  };
  if (block.guidance) dataset.guidance = block.guidance;
  if (blocks.length > 0) dataset.blocks = blocks;
  if (block.bookRatios && block.bookRatios.length > 0) dataset.bookRatios = block.bookRatios;
  return { dataset, issues: finishIssues(ctx) };
}
