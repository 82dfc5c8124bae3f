/**
 * Writing the summary IN PLACE, in one Excel.run:
 *   1 inspect — sheets, tables, defined names, the saved record of what the add-in owns, whether events are on;
 *   2 back up — when a previous summary exists: its cells (formulas, values, number formats), its charts' names
 *               and its table's range, kept in memory;
 *   3 write   — events off, calculation suspended; on the previous summary sheet (or a new one) the union of the
 *               old and new blocks is cleared and the layout's number formats and cells written (text behind an
 *               apostrophe, see cellText.ts; "General" not sent, see numberFormats.ts), in row blocks under the
 *               request cap, a block Excel still refuses as too large halved and sent again; the last sync carries
 *               the KPI table, the new charts (under temporary names), the KPI names and the record of what the
 *               add-in owns, so a refresh is either wholly done or undone;
 *   4 tidy    — the previous charts deleted and the new ones named; events restored.
 * A failure in 3 puts the backup back (restore.ts) and says whether that worked. Nothing the user can lose is
 * left for 4: a failure there leaves extra charts over the new figures, removed at the next refresh.
 *
 * Why in place rather than built on a new sheet and swapped: Excel binds a reference to the sheet object, not
 * to its name. Deleting the old sheet turns every formula, chart and deck link the user pointed at it into
 * #REF! for good, even when a new sheet takes the name. Rewriting the same sheet keeps them. The same goes for
 * the KPI table: it is resized (`table.resize`, ExcelApi 1.13) so structured references to it keep working;
 * where resize is missing (ExcelApi 1.13; the manifest's minimum is ExcelApi 1.9) or the header row moved, it is converted to
 * a range — Excel turns structured references into cell references, so they keep working too — and added again
 * under the same name. Why a backup in memory rather than a staged copy: `range.copyFrom` needs ExcelApi 1.9,
 * and a hidden staging sheet left behind by a refresh cut off at the host's time limit is litter in the user's
 * workbook; the backup costs one read of the previous summary.
 */
import { formatRangeAddress } from "../../core/grid";
import { boxOf, pointsAt, queueCells, syncBlocks, unionAddress, writeBlocks } from "./blocks";
import type { SummaryModel } from "../../core/summarise/types";
import { layoutSummary, type SummaryLayout } from "../layout";
import type { StoredSettings, WriteResult } from "../port";
import { cellsToWrite } from "./cellText";
import { bindChartSeries, type ChartData } from "./chartData";
import { NEW_CHART_SUFFIX, queueChart } from "./charts";
import { WorkbookError, reasonOf } from "./errors";
import { kpiNames, NAME_PREFIX, type KpiName } from "./kpiNames";
import { officeMessages } from "./messages";
import { planWrite, type WritePlan } from "./ownership";
import { backUp, type Backup } from "./backup";
import { restorePrevious } from "./restore";
import { SETTINGS_KEY, parseStoredSettings, serialiseStoredSettings } from "./storedSettings";

export { writeBlocks } from "./blocks";

export interface WriteFeatures {
  charts: boolean;
  /** ExcelApi 1.8: axis number formats, secondary axis group. */
  chartsExtra: boolean;
  events: boolean;
  suspendCalculation: boolean;
  /** ExcelApi 1.13: table.resize. */
  tableResize: boolean;
}

/** Points per character of column width (Calibri 11). */
const POINTS_PER_CHAR = 7;

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
  range.formulas = cellsToWrite(data.formulas);
  sheet.getRange(data.address.split(":")[0] ?? "A1").format.font.bold = true;
}

/** What the inspection found. */
export interface Inspection {
  plan: WritePlan;
  eventsBefore: boolean | null;
  /** Every defined name with its value (a named range's address). */
  names: { name: string; value: unknown }[];
  tables: { name: string; sheet: string }[];
  /** The saved record, as stored, and parsed (null when there is none or it is unreadable). */
  recordRaw: unknown;
  record: StoredSettings | null;
}

async function inspect(
  context: Excel.RequestContext,
  model: SummaryModel,
  owned: StoredSettings["owned"],
  features: WriteFeatures
): Promise<Inspection> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  const names = context.workbook.names.load("items/name, items/value");
  const record = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  record.load("value");
  if (features.events) context.runtime.load("enableEvents");
  await context.sync();
  const tableList = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const recordRaw: unknown = record.isNullObject ? null : record.value;
  const saved = recordRaw === null ? null : parseStoredSettings(recordRaw);
  // The record saved with the last summary is the truth of what the add-in owns: the caller's copy may be older
  // (a refresh from the other runtime since the caller loaded it).
  const plan = planWrite(
    model.sheetName,
    model.table.name,
    saved?.owned ?? owned,
    sheets.items.map((s) => s.name),
    tableList,
    names.items.map((n) => n.name)
  );
  return {
    plan,
    eventsBefore: features.events ? context.runtime.enableEvents : null,
    names: names.items.map((n) => ({ name: n.name, value: n.value as unknown })),
    tables: tableList,
    recordRaw,
    record: saved,
  };
}

/** Queue the KPI table: the previous one resized in place where possible, else recreated under its name. */
function queueTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  plan: WritePlan,
  backup: Backup | null,
  features: WriteFeatures,
  shift: number
): void {
  const previous = backup?.table ?? null;
  const oldTop = boxOf(previous?.address)?.top;
  const sameHeaderRow = oldTop !== undefined && oldTop + shift === layout.table.top - 1;
  if (previous && features.tableResize && sameHeaderRow) {
    const table = context.workbook.tables.getItem(previous.name);
    table.resize(layout.table.address);
    if (previous.name !== plan.table) table.name = plan.table;
    table.style = layout.table.style;
    return;
  }
  if (previous) context.workbook.tables.getItem(previous.name).convertToRange();
  const table = sheet.tables.add(layout.table.address, true);
  table.name = plan.table;
  table.style = layout.table.style;
}

/** Queue the new charts under temporary names (the previous ones still hold the final names). */
function queueNewCharts(
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  data: ChartData,
  extra: boolean
): string[] {
  const added: string[] = [];
  layout.charts.forEach((placement, i) => {
    const temp = `${placement.name}${NEW_CHART_SUFFIX}`;
    if (queueChart(sheet, { ...placement, name: temp }, data.charts[i] ?? [], extra))
      added.push(placement.name);
  });
  return added;
}

/** Charts of ours on the sheet before the write: the owned ones, and any left under a temporary name. */
export function chartsToReplace(present: string[], owned: string[], wanted: string[]): string[] {
  const ours = new Set([...owned, ...wanted]);
  return present.filter(
    (name) =>
      ours.has(name) ||
      (name.endsWith(NEW_CHART_SUFFIX) && ours.has(name.slice(0, -NEW_CHART_SUFFIX.length)))
  );
}

/**
 * Queue the KPI names. Ours — "QD_…" names on our sheet — are deleted and added again at the latest figures in
 * the same sync (ExcelApi 1.4; a formula using a name finds it again once it exists); a user's name of the same
 * spelling elsewhere is left alone, with a note.
 */
function queueNames(
  context: Excel.RequestContext,
  wanted: KpiName[],
  existing: { name: string; value: unknown }[],
  sheet: string,
  notes: string[]
): void {
  for (const n of existing)
    if (n.name.startsWith(NAME_PREFIX) && pointsAt(n.value, sheet))
      context.workbook.names.getItem(n.name).delete();
  for (const w of wanted) {
    const other = existing.find((n) => n.name.toLowerCase() === w.name.toLowerCase());
    if (other && !pointsAt(other.value, sheet)) notes.push(officeMessages.nameTaken(w.name));
    else context.workbook.names.add(w.name, w.reference);
  }
}

/** Whole rows inserted (count > 0) or deleted (count < 0) above the KPI table: "9:10". */
export interface RowShift {
  rows: string;
  count: number;
}

/**
 * The rows to insert or delete right above the previous KPI table so that its header row lands where the new
 * layout puts it (the highlights above it grew or shrank), or null when it stays. Excel moves every reference
 * to the cells below with them — a user's `='KPI Summary'!M9` becomes `M11` and still shows the same KPI —
 * where rewriting the cells in place alone would leave it pointing at a different row. Deleted rows are the
 * blank row and last highlight lines just above the table; references into them become #REF!.
 */
export function rowShiftFor(
  previousTable: string | null | undefined,
  headerRow: number
): RowShift | null {
  const old = boxOf(previousTable);
  if (!old) return null;
  const count = headerRow - 1 - old.top;
  if (count === 0) return null;
  const first = Math.min(old.top, old.top + count) + 1;
  return { rows: `${first}:${first + Math.abs(count) - 1}`, count };
}

/** The block of `address` with its bottom moved down by `count` rows (when rows were inserted above it). */
function grownBy(address: string | null | undefined, count: number): string | null {
  const b = boxOf(address);
  if (!b || count <= 0) return null;
  return formatRangeAddress({ ...b, bottom: b.bottom + count });
}

/** Apply the row shift in a sync of its own: one operation, so a failure changes nothing. */
async function shiftRows(
  context: Excel.RequestContext,
  backup: Backup | null,
  layout: SummaryLayout
): Promise<RowShift | null> {
  const shift = backup ? rowShiftFor(backup.table?.address, layout.table.top) : null;
  if (!backup || !shift) return null;
  const rows = context.workbook.worksheets.getItem(backup.sheet).getRange(shift.rows);
  if (shift.count > 0) rows.insert("Down");
  else rows.delete("Up");
  await context.sync();
  return shift;
}

export async function writeSummary(
  context: Excel.RequestContext,
  model: SummaryModel,
  owned: StoredSettings["owned"],
  features: WriteFeatures
): Promise<WriteResult> {
  // 1 inspect, 2 back up: nothing is changed yet, a failure leaves everything as it was.
  let found: Inspection;
  let backup: Backup | null;
  try {
    found = await inspect(context, model, owned, features);
    backup = await backUp(context, found, features);
  } catch (error) {
    throw new WorkbookError(officeMessages.writeFailed(reasonOf(error)), "write");
  }
  const { plan, eventsBefore } = found;
  const layout = layoutSummary(model, { sheetName: plan.sheet });
  const data = bindChartSeries(layout);
  const cells = { formulas: layout.formulas, values: layout.values };
  const blocks = writeBlocks(cells, layout.numberFormats);
  const notes = [...plan.notes];
  if (!features.charts && model.charts.length > 0) notes.push(officeMessages.chartsNeedApi);
  else if (features.charts && !features.chartsExtra && model.charts.length > 0)
    notes.push(officeMessages.chartAxisFormatNeedsApi);

  // 2b move the previous summary's rows so its table header lands where the new layout has it
  let shifted: RowShift | null = null;
  try {
    shifted = await shiftRows(context, backup, layout);
  } catch (error) {
    throw new WorkbookError(officeMessages.writeFailed(reasonOf(error)), "write");
  }

  // 3 write in place
  let charts: string[] = [];
  try {
    const suspend = (): void => {
      if (features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    };
    const region = unionAddress([
      backup?.address,
      grownBy(backup?.address, shifted?.count ?? 0),
      layout.used.address,
      data.address,
    ]);
    // A sync Excel refuses as too large changes nothing: what rode with it is queued again (syncBlocks).
    let sheet: Excel.Worksheet | null = null;
    const target = (): Excel.Worksheet => {
      sheet ??= backup
        ? context.workbook.worksheets.getItem(backup.sheet)
        : context.workbook.worksheets.add(plan.sheet);
      return sheet;
    };
    let nameNotes: string[] = [];
    const prelude = (): void => {
      sheet = null;
      if (features.events) context.runtime.enableEvents = false;
      suspend();
      if (backup && region) target().getRange(region).clear();
    };
    const finish = (): void => {
      const on = target();
      queueChartData(on, data);
      queueFormatting(on, layout);
      queueTable(context, on, layout, plan, backup, features, shifted?.count ?? 0);
      if (features.charts) {
        // Charts left under a temporary name by an earlier refresh whose tidying failed.
        for (const name of backup?.charts ?? [])
          if (name.endsWith(NEW_CHART_SUFFIX)) on.charts.getItem(name).delete();
        charts = queueNewCharts(on, layout, data, features.chartsExtra);
      }
      nameNotes = [];
      queueNames(context, kpiNames(model, layout), found.names, plan.sheet, nameNotes);
      if (found.record) {
        const record: StoredSettings = {
          ...found.record,
          owned: { sheet: plan.sheet, table: plan.table, charts: [...charts] },
        };
        context.workbook.settings.add(SETTINGS_KEY, serialiseStoredSettings(record));
      }
      if (!features.charts && features.events && eventsBefore !== null)
        context.runtime.enableEvents = eventsBefore;
    };
    await syncBlocks(context, blocks, {
      prelude,
      block: (rows) => queueCells(target(), cells, layout.numberFormats, rows),
      between: suspend,
      finish,
    });
    notes.push(...nameNotes);
  } catch (error) {
    const restored = await restorePrevious(context, {
      backup,
      shifted,
      newSheet: backup ? null : plan.sheet,
      namesBefore: found.names,
      eventsBefore,
      features,
    });
    throw new WorkbookError(
      restored
        ? officeMessages.writeFailed(reasonOf(error))
        : officeMessages.writeFailedNotRestored(plan.sheet, reasonOf(error)),
      "write"
    );
  }

  // 4 tidy: the previous charts removed, the new ones given their names. The summary is complete by now; a
  // failure here leaves extra charts (showing the new figures), removed at the next refresh, and says so.
  if (features.charts) {
    try {
      const sheet = context.workbook.worksheets.getItem(plan.sheet);
      const old = chartsToReplace(
        (backup?.charts ?? []).filter((name) => !name.endsWith(NEW_CHART_SUFFIX)),
        (found.record?.owned ?? owned)?.charts ?? [],
        layout.charts.map((c) => c.name)
      );
      for (const name of old) sheet.charts.getItem(name).delete();
      for (const name of charts) sheet.charts.getItem(`${name}${NEW_CHART_SUFFIX}`).name = name;
      if (features.events && eventsBefore !== null) context.runtime.enableEvents = eventsBefore;
      await context.sync();
    } catch (error) {
      notes.push(officeMessages.chartsNotTidied(reasonOf(error)));
      try {
        if (features.events && eventsBefore !== null) context.runtime.enableEvents = eventsBefore;
        await context.sync();
      } catch {
        // Events stay as the failed sync left them; the summary itself is complete.
      }
    }
  }
  return { sheet: plan.sheet, table: plan.table, charts, notes };
}
