/**
 * Ownership decisions, pure: which sheet and table names the summary is written under and what the previous
 * summary was. The add-in rewrites only what `owned` lists; a same-named object it does not own keeps its name
 * and ours takes a new one.
 */
import type { StoredSettings } from "../port";
import { DEFAULT_SETTINGS } from "../../core/settings";
import { SUMMARY_TABLE_NAME } from "../../core/summarise/summarise";
import { sheetNameProblem, tableNameProblem } from "../../core/grid";
import { freeSheetName, freeTableName, hasName } from "../names";
import { officeMessages } from "./messages";

export interface WritePlan {
  /** The previous summary sheet, rewritten in place, or null when the summary goes on a new sheet. */
  replaceSheet: string | null;
  /** Final sheet name. */
  sheet: string;
  /** Final table name. */
  table: string;
  notes: string[];
}

const lower = (s: string): string => s.toLowerCase();

/**
 * Plan the write. `sheets`: every sheet name in the workbook; `tables`: every table with its sheet; `definedNames`:
 * the workbook's defined names (a table may not take one's name).
 * - a sheet or table name Excel would refuse is replaced by the default, with a note saying why;
 * - our previous sheet (listed in `owned` and present) is replaced;
 * - a sheet with the wanted name that we do not own is left alone and the summary gets a new name;
 * - the table keeps its name when the only table so named is on our previous sheet.
 */
export function planWrite(
  wantedSheet: string,
  wantedTable: string,
  owned: StoredSettings["owned"],
  sheets: string[],
  tables: { name: string; sheet: string }[],
  definedNames: string[] = []
): WritePlan {
  const notes: string[] = [];
  const sheetProblem = sheetNameProblem(wantedSheet);
  if (sheetProblem) {
    notes.push(officeMessages.nameRefused(sheetProblem, DEFAULT_SETTINGS.outputSheet));
    wantedSheet = DEFAULT_SETTINGS.outputSheet;
  }
  const tableProblem = tableNameProblem(wantedTable);
  if (tableProblem) {
    notes.push(officeMessages.nameRefused(tableProblem, SUMMARY_TABLE_NAME));
    wantedTable = SUMMARY_TABLE_NAME;
  }
  const previous =
    owned && hasName(sheets, owned.sheet)
      ? (sheets.find((s) => lower(s) === lower(owned.sheet)) ?? null)
      : null;
  const othersTaken = sheets.filter((s) => previous === null || lower(s) !== lower(previous));
  const sheet = freeSheetName(wantedSheet, othersTaken);
  if (sheet !== wantedSheet) notes.push(officeMessages.sheetTaken(wantedSheet, sheet));

  const foreignTables = tables
    .filter((t) => previous === null || lower(t.sheet) !== lower(previous))
    .map((t) => t.name);
  const table = freeTableName(wantedTable, [...foreignTables, ...definedNames]);
  if (table !== wantedTable) notes.push(officeMessages.tableTaken(wantedTable, table));
  return { replaceSheet: previous, sheet, table, notes };
}
