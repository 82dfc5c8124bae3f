/**
 * Putting the previous summary back after a write failed part-way. Office.js does not roll a failed sync back:
 * the operations before the failing one are applied. So the restore first looks at what the failed write left,
 * then, in place on the same sheet (references to it keep working): the cells and number formats from the
 * backup, the KPI table at its previous range under its name, the new charts removed, the KPI names and the
 * record of what the add-in owns as they were, events as they were. A summary that was going onto a new
 * sheet is simply removed with its sheet. Returns whether everything was put back; never throws.
 */
import type { Backup } from "./backup";
import { NAME_PREFIX } from "./kpiNames";
import { SETTINGS_KEY } from "./storedSettings";
import { boxOf, pointsAt, syncBlocks, queueCells, unionAddress, writeBlocks } from "./blocks";
import { NEW_CHART_SUFFIX } from "./charts";
import type { RowShift, WriteFeatures } from "./write";

export interface RestoreInput {
  backup: Backup | null;
  /** Rows the write inserted or deleted above the table before it failed: undone first. */
  shifted: RowShift | null;
  /** The sheet the failed write was creating, when there was no previous summary. */
  newSheet: string | null;
  /** Every defined name before the write. */
  namesBefore: { name: string; value: unknown }[];
  eventsBefore: boolean | null;
  features: WriteFeatures;
}

/** Queue the names as they were: ours now present deleted, ours before added back. */
function queueNamesBack(
  context: Excel.RequestContext,
  now: { name: string }[],
  before: { name: string; value: unknown }[],
  sheet: string
): void {
  const was = new Map(before.map((n) => [n.name.toLowerCase(), n]));
  for (const n of now) {
    if (!n.name.startsWith(NAME_PREFIX)) continue;
    const old = was.get(n.name.toLowerCase());
    if (!old || pointsAt(old.value, sheet)) context.workbook.names.getItem(n.name).delete();
  }
  for (const n of before) {
    if (!n.name.startsWith(NAME_PREFIX) || typeof n.value !== "string") continue;
    if (!pointsAt(n.value, sheet) || n.value.replace(/^=/, "").startsWith("#REF!")) continue;
    context.workbook.names.add(n.name, `=${n.value.replace(/^=/, "")}`);
  }
}

async function restoreInPlace(
  context: Excel.RequestContext,
  backup: Backup,
  input: RestoreInput
): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItem(backup.sheet);
  if (input.shifted) {
    // Undo the row shift so references below it point where they pointed before (Excel moves them back).
    const rows = sheet.getRange(input.shifted.rows);
    if (input.shifted.count > 0) rows.delete("Up");
    else rows.insert("Down");
  }
  const used = sheet.getUsedRangeOrNullObject();
  used.load("address");
  const names = context.workbook.names.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  const charts = input.features.charts ? sheet.charts.load("items/name") : null;
  await context.sync();

  const onSheet = tables.items.filter(
    (t) => t.worksheet.name.toLowerCase() === backup.sheet.toLowerCase()
  );
  const old = backup.table;
  const same = old
    ? onSheet.find((t) => t.name.toLowerCase() === old.name.toLowerCase())
    : undefined;
  const sameRange = same ? same.getRange().load("address") : null;
  if (sameRange) await context.sync();
  const oldBox = boxOf(old?.address);
  const nowBox = boxOf(sameRange?.address);
  const untouched =
    oldBox !== null && nowBox !== null && JSON.stringify(oldBox) === JSON.stringify(nowBox);
  const resizable =
    !untouched && input.features.tableResize && oldBox && nowBox && oldBox.top === nowBox.top;
  // Other tables on the sheet (a half-made one) become plain cells; so does ours when it cannot be put back to
  // its range in place (structured references to it become cell references, still pointing at its cells).
  const region = unionAddress([used.isNullObject ? null : used.address, backup.address]);
  const cells = { formulas: backup.formulas, values: backup.values };
  const blocks = backup.address ? writeBlocks(cells, backup.formats) : [];
  const origin = boxOf(backup.address) ?? { top: 0, left: 0 };
  let chartsKept = true;
  // Sent like the write (syncBlocks): a block refused as too large is halved, what rode with it queued again.
  await syncBlocks(context, blocks, {
    prelude: () => {
      for (const t of onSheet) if (t !== same || (!untouched && !resizable)) t.convertToRange();
      if (region) sheet.getRange(region).clear();
    },
    block: (rows) => queueCells(sheet, cells, backup.formats, rows, origin),
    finish: () => {
      if (old && same && resizable)
        context.workbook.tables
          .getItem(same.name)
          .resize(old.address.slice(old.address.lastIndexOf("!") + 1));
      else if (old && !(same && untouched)) {
        const table = sheet.tables.add(old.address.slice(old.address.lastIndexOf("!") + 1), true);
        table.name = old.name;
        table.style = old.style;
      }
      if (charts) {
        const present = charts.items.map((c) => c.name);
        for (const name of present)
          if (!backup.charts.includes(name)) sheet.charts.getItem(name).delete();
        // Leftovers under a temporary name (from an earlier refresh) may go; the previous summary's charts may not.
        chartsKept = backup.charts.every(
          (c) => c.endsWith(NEW_CHART_SUFFIX) || present.includes(c)
        );
      }
      queueNamesBack(context, names.items, input.namesBefore, backup.sheet);
      if (backup.recordRaw !== null && backup.recordRaw !== undefined)
        context.workbook.settings.add(SETTINGS_KEY, backup.recordRaw);
      if (input.features.events && input.eventsBefore !== null)
        context.runtime.enableEvents = input.eventsBefore;
    },
  });
  return chartsKept;
}

export async function restorePrevious(
  context: Excel.RequestContext,
  input: RestoreInput
): Promise<boolean> {
  try {
    if (input.backup) return await restoreInPlace(context, input.backup, input);
    if (input.newSheet) {
      const sheet = context.workbook.worksheets.getItemOrNullObject(input.newSheet);
      sheet.load("name");
      const names = context.workbook.names.load("items/name");
      await context.sync();
      if (!sheet.isNullObject) sheet.delete();
      queueNamesBack(context, names.items, input.namesBefore, input.newSheet);
    }
    if (input.features.events && input.eventsBefore !== null)
      context.runtime.enableEvents = input.eventsBefore;
    await context.sync();
    return true;
  } catch {
    return false;
  }
}
