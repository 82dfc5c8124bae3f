/**
 * The backup of the previous summary, read before anything is changed: its cells (formulas, values, number
 * formats), its table's range and style, its charts' names, the add-in's names and the saved record. A summary
 * whose cells do not fit in one response (Excel refuses a response over 5 MB) is read in halves, as often as
 * needed up to a limit; a backup that cannot be read stops the refresh before it changes anything.
 */
import type { CellValue } from "../../core/grid/types";
import { formatRangeAddress } from "../../core/grid";
import { boxOf } from "./blocks";
import { isPayloadTooLarge } from "./errors";
import { NAME_PREFIX } from "./kpiNames";
import { MAX_PAYLOAD_RETRIES } from "./limits";
import type { Inspection, WriteFeatures } from "./write";

export interface Backup {
  sheet: string;
  /** Used range of the previous summary ("'KPI Summary'!A1:N63"), or null when the sheet was empty. */
  address: string | null;
  formulas: CellValue[][];
  values: CellValue[][];
  formats: string[][];
  table: { name: string; address: string; style: string } | null;
  charts: string[];
  /** The add-in's names ("QD_…") with their values before the write. */
  names: { name: string; value: unknown }[];
  /** The record of what the add-in owns, as stored before the write (null when there was none). */
  recordRaw: unknown;
}

interface Cells {
  formulas: CellValue[][];
  values: CellValue[][];
  formats: string[][];
}

/** Rows `top`..`bottom` (zero-based, inclusive) of the block, read whole or, when too large, in halves. */
async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: { top: number; left: number; bottom: number; right: number },
  depth = 0
): Promise<Cells> {
  const range = sheet.getRange(formatRangeAddress(block));
  range.load("formulas, values, numberFormat");
  try {
    await context.sync();
    return { formulas: range.formulas, values: range.values, formats: range.numberFormat };
  } catch (error) {
    if (!isPayloadTooLarge(error) || block.top >= block.bottom || depth >= MAX_PAYLOAD_RETRIES)
      throw error;
    const middle = Math.floor((block.top + block.bottom) / 2);
    const first = await readRows(context, sheet, { ...block, bottom: middle }, depth + 1);
    const second = await readRows(context, sheet, { ...block, top: middle + 1 }, depth + 1);
    return {
      formulas: [...first.formulas, ...second.formulas],
      values: [...first.values, ...second.values],
      formats: [...first.formats, ...second.formats],
    };
  }
}

/** Read the previous summary into memory; null when there is none (the summary goes on a new sheet). */
export async function backUp(
  context: Excel.RequestContext,
  found: Inspection,
  features: WriteFeatures
): Promise<Backup | null> {
  const sheetName = found.plan.replaceSheet;
  if (!sheetName) return null;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject();
  used.load("address");
  const lower = sheetName.toLowerCase();
  const tableName =
    found.tables.find(
      (t) =>
        t.sheet.toLowerCase() === lower && t.name.toLowerCase() === found.plan.table.toLowerCase()
    )?.name ?? null;
  const tableRange = tableName
    ? context.workbook.tables.getItem(tableName).getRange().load("address")
    : null;
  const table = tableName ? context.workbook.tables.getItem(tableName).load("style") : null;
  const charts = features.charts ? sheet.charts.load("items/name") : null;
  await context.sync();
  const address = used.isNullObject ? null : used.address;
  const box = boxOf(address);
  const cells = box
    ? await readRows(context, sheet, box)
    : { formulas: [], values: [], formats: [] };
  return {
    sheet: sheetName,
    address,
    ...cells,
    table:
      tableName && tableRange && table
        ? { name: tableName, address: tableRange.address, style: table.style }
        : null,
    charts: charts ? charts.items.map((c) => c.name) : [],
    names: found.names.filter((n) => n.name.startsWith(NAME_PREFIX)),
    recordRaw: found.recordRaw,
  };
}
