/**
 * Writing the summary in one Excel.run and three syncs:
 *   1 inspect — sheet and table names (ownership), whether events are on;
 *   2 build   — events off, calculation suspended; a hidden sheet under a temporary name gets the layout's
 *               formulas and number formats as whole 2D arrays, the KPI table (under a temporary name),
 *               and the charts; a summary over the 5 MB request cap is written in row blocks, one sync each;
 *   3 swap    — the new sheet shown, the previous summary (only if `owned` lists it) deleted, the new sheet
 *               and table renamed to their final names, events restored.
 * A failure while building deletes the temporary sheet and leaves the previous summary untouched; a failure
 * while swapping keeps whichever complete summary exists under the final name.
 */
import type { CellValue } from "../../core/grid/types";
import type { SummaryModel } from "../../core/summarise/types";
import { layoutSummary, type SummaryLayout } from "../layout";
import type { StoredSettings, WriteResult } from "../port";
import { bindChartSeries, type ChartData } from "./chartData";
import { queueChart } from "./charts";
import { WorkbookError, reasonOf } from "./errors";
import { SYNC_BUDGET_BYTES } from "./limits";
import { officeMessages } from "./messages";
import { planWrite, type WritePlan } from "./ownership";
import { jsonGridBytes } from "./payload";
import { formatRangeAddress } from "../../core/grid";

export interface WriteFeatures {
  charts: boolean;
  /** ExcelApi 1.8: axis number formats, secondary axis group. */
  chartsExtra: boolean;
  events: boolean;
  suspendCalculation: boolean;
}

/** Points per character of column width (Calibri 11). */
const POINTS_PER_CHAR = 7;

/** Row blocks of the layout that each fit the request budget: [start, end) pairs over the rows. */
export function writeBlocks(
  formulas: CellValue[][],
  formats: string[][],
  budget = SYNC_BUDGET_BYTES
): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < formulas.length; r++) {
    const rowBytes = jsonGridBytes(formulas, r, r + 1) + jsonGridBytes(formats, r, r + 1);
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

function rowsAddress(start: number, end: number, cols: number): string {
  return formatRangeAddress({ top: start, left: 0, bottom: end - 1, right: cols - 1 });
}

/** Queue a block of layout rows onto the sheet. */
function queueRows(
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  [start, end]: [number, number]
): void {
  const cols = layout.formulas[0]?.length ?? 0;
  if (cols === 0 || end <= start) return;
  const range = sheet.getRange(rowsAddress(start, end, cols));
  range.formulas = layout.formulas.slice(start, end);
  range.numberFormat = layout.numberFormats.slice(start, end);
}

function queueFormatting(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  for (const e of layout.emphasis) {
    const font = sheet.getRange(e.address).format.font;
    if (e.kind === "title") {
      font.bold = true;
      font.size = 16;
    } else if (e.kind === "subtitle") font.italic = true;
    else if (e.kind === "heading") font.bold = true;
  }
  layout.columnWidths.forEach((w, i) => {
    sheet.getRange(
      formatRangeAddress({ top: 0, left: i, bottom: 0, right: i })
    ).format.columnWidth = w * POINTS_PER_CHAR;
  });
}

function queueChartData(sheet: Excel.Worksheet, data: ChartData): void {
  if (!data.address || data.formulas.length === 0) return;
  const range = sheet.getRange(data.address);
  range.formulas = data.formulas;
  sheet.getRange(data.address.split(":")[0] ?? "A1").format.font.bold = true;
}

/** Sync what is queued, then queue the next block of rows (only for summaries over the request cap). */
async function writeRest(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  blocks: [number, number][],
  suspend: () => void
): Promise<void> {
  const [block, ...rest] = blocks;
  if (!block) return;
  await context.sync();
  suspend();
  queueRows(sheet, layout, block);
  return writeRest(context, sheet, layout, rest, suspend);
}

async function removeTemp(
  context: Excel.RequestContext,
  plan: WritePlan,
  restoreEvents: boolean | null
): Promise<void> {
  try {
    const temp = context.workbook.worksheets.getItemOrNullObject(plan.tempSheet);
    temp.load("name");
    await context.sync();
    if (!temp.isNullObject) temp.delete();
    if (restoreEvents !== null) context.runtime.enableEvents = restoreEvents;
    await context.sync();
  } catch {
    // Best effort: the original failure is what the user needs to hear about.
  }
}

/** After a failed swap: keep a complete summary under the final name, never two, never a half-built one. */
async function recoverSwap(
  context: Excel.RequestContext,
  plan: WritePlan,
  restoreEvents: boolean | null
): Promise<void> {
  try {
    const temp = context.workbook.worksheets.getItemOrNullObject(plan.tempSheet);
    const final = context.workbook.worksheets.getItemOrNullObject(plan.sheet);
    temp.load("name");
    final.load("name");
    await context.sync();
    if (!temp.isNullObject) {
      if (final.isNullObject) {
        temp.visibility = "Visible";
        temp.name = plan.sheet;
      } else temp.delete();
    }
    if (restoreEvents !== null) context.runtime.enableEvents = restoreEvents;
    await context.sync();
  } catch {
    // Best effort, as above.
  }
}

export async function writeSummary(
  context: Excel.RequestContext,
  model: SummaryModel,
  owned: StoredSettings["owned"],
  features: WriteFeatures
): Promise<WriteResult> {
  // 1 inspect
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  if (features.events) context.runtime.load("enableEvents");
  try {
    await context.sync();
  } catch (error) {
    throw new WorkbookError(officeMessages.writeFailed(reasonOf(error)), "write");
  }
  const eventsBefore = features.events ? context.runtime.enableEvents : null;
  const plan = planWrite(
    model.sheetName,
    model.table.name,
    owned,
    sheets.items.map((s) => s.name),
    tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }))
  );
  const layout = layoutSummary(model, { sheetName: plan.sheet });
  const data = bindChartSeries(layout);
  const blocks = writeBlocks(layout.formulas, layout.numberFormats);
  const notes = [...plan.notes];
  if (!features.charts && model.charts.length > 0) notes.push(officeMessages.chartsNeedApi);
  else if (features.charts && !features.chartsExtra && model.charts.length > 0)
    notes.push(officeMessages.chartAxisFormatNeedsApi);

  // 2 build, on a hidden sheet under a temporary name
  const charts: string[] = [];
  try {
    const suspend = (): void => {
      if (features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    };
    if (features.events) context.runtime.enableEvents = false;
    suspend();
    const temp = context.workbook.worksheets.add(plan.tempSheet);
    temp.visibility = "Hidden";
    const [firstBlock, ...moreBlocks] = blocks;
    if (firstBlock) queueRows(temp, layout, firstBlock);
    await writeRest(context, temp, layout, moreBlocks, suspend);
    queueChartData(temp, data);
    queueFormatting(temp, layout);
    const table = temp.tables.add(layout.table.address, true);
    table.name = plan.tempTable;
    table.style = layout.table.style;
    if (features.charts) {
      layout.charts.forEach((placement, i) => {
        if (queueChart(temp, placement, data.charts[i] ?? [], features.chartsExtra))
          charts.push(placement.name);
      });
    }
    await context.sync();
  } catch (error) {
    await removeTemp(context, plan, eventsBefore);
    throw new WorkbookError(officeMessages.writeFailed(reasonOf(error)), "write");
  }

  // 3 swap
  try {
    const temp = context.workbook.worksheets.getItem(plan.tempSheet);
    temp.visibility = "Visible";
    if (plan.replaceSheet) context.workbook.worksheets.getItem(plan.replaceSheet).delete();
    temp.name = plan.sheet;
    context.workbook.tables.getItem(plan.tempTable).name = plan.table;
    if (eventsBefore !== null) context.runtime.enableEvents = eventsBefore;
    await context.sync();
  } catch (error) {
    await recoverSwap(context, plan, eventsBefore);
    throw new WorkbookError(officeMessages.writeFailed(reasonOf(error)), "write");
  }
  return { sheet: plan.sheet, table: plan.table, charts, notes };
}
