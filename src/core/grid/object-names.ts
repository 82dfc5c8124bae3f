/**
 * Excel's rules for the names of the objects the summary creates, checked before Excel refuses them (a refused
 * name fails the whole batch and the refresh with it). Each check returns a plain reason naming the name, or null.
 *
 * Sheets: 1–31 characters; none of : \ / ? * [ ]; not starting or ending with an apostrophe; not "History"
 * (reserved by Excel for change tracking, in any case).
 * Tables: up to 255 characters; a letter, "_" or "\" first, then letters, digits, "." "_" "\"; no spaces;
 * not readable as a cell reference (A1, XFD1048576, R1C1, and R, C on their own); unique among the workbook's
 * tables and defined names, ignoring case — tables and names share one namespace.
 */
import { columnIndex } from "./columns";
import { MAX_ROWS, MAX_SHEET_NAME } from "./limits";

export const MAX_TABLE_NAME = 255;
const RESERVED_SHEET = "history";

export const objectNameMessages = {
  sheetEmpty: () => "A sheet name cannot be empty.",
  sheetTooLong: (name: string) =>
    `The sheet name "${name}" is ${name.length} characters long; Excel allows at most ${MAX_SHEET_NAME}.`,
  sheetBadCharacter: (name: string, ch: string) =>
    `The sheet name "${name}" contains "${ch}"; Excel does not allow : \\ / ? * [ ] in sheet names.`,
  sheetApostrophe: (name: string) =>
    `The sheet name "${name}" starts or ends with an apostrophe, which Excel does not allow.`,
  sheetReserved: (name: string) =>
    `"${name}" is reserved by Excel and cannot be used as a sheet name.`,
  tableEmpty: () => "A table name cannot be empty.",
  tableTooLong: (name: string) =>
    `The table name "${name}" is longer than Excel's ${MAX_TABLE_NAME} characters.`,
  tableFirst: (name: string) =>
    `The table name "${name}" must start with a letter, an underscore or a backslash.`,
  tableSpace: (name: string) =>
    `The table name "${name}" contains a space, which Excel does not allow.`,
  tableBadCharacter: (name: string, ch: string) =>
    `The table name "${name}" contains "${ch}"; Excel allows only letters, digits, ".", "_" and "\\".`,
  tableIsReference: (name: string) =>
    `The table name "${name}" reads as a cell reference, which Excel does not allow.`,
  tableClashesWithName: (name: string, existing: string) =>
    `The table name "${name}" is already used by the defined name "${existing}" in this workbook.`,
} as const;

/** Why Excel would refuse `name` for a sheet, or null when it accepts it. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return objectNameMessages.sheetEmpty();
  if (name.length > MAX_SHEET_NAME) return objectNameMessages.sheetTooLong(name);
  const bad = /[:\\/?*[\]]/.exec(name);
  if (bad) return objectNameMessages.sheetBadCharacter(name, bad[0]);
  if (name.startsWith("'") || name.endsWith("'")) return objectNameMessages.sheetApostrophe(name);
  if (name.toLowerCase() === RESERVED_SHEET) return objectNameMessages.sheetReserved(name);
  return null;
}

export function isValidSheetName(name: string): boolean {
  return sheetNameProblem(name) === null;
}

/** A1 (within Excel's grid) or R1C1 forms, and R or C alone: what a formula would read as a cell or row. */
export function readsAsCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const row = Number(a1[2]);
    if (columnIndex(a1[1] ?? "") !== null && row >= 1 && row <= MAX_ROWS) return true;
  }
  return /^(R\d*C?\d*|C\d*)$/i.test(name);
}

/**
 * Why Excel would refuse `name` for a table, or null. `definedNames`: the workbook's defined names (and any
 * other table names the caller wants avoided).
 */
export function tableNameProblem(
  name: string,
  definedNames: readonly string[] = []
): string | null {
  if (name === "") return objectNameMessages.tableEmpty();
  if (name.length > MAX_TABLE_NAME) return objectNameMessages.tableTooLong(name);
  if (/\s/u.test(name)) return objectNameMessages.tableSpace(name);
  if (!/^[\p{L}_\\]/u.test(name)) return objectNameMessages.tableFirst(name);
  const bad = /[^\p{L}\p{N}._\\]/u.exec(name);
  if (bad) return objectNameMessages.tableBadCharacter(name, bad[0]);
  if (readsAsCellReference(name)) return objectNameMessages.tableIsReference(name);
  const clash = definedNames.find((n) => n.toLowerCase() === name.toLowerCase());
  if (clash !== undefined) return objectNameMessages.tableClashesWithName(name, clash);
  return null;
}
