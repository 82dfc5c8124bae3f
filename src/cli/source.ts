import { parseRangeAddress, rangeAddressError, formatRangeAddress, formatCellAddress } from "../core/grid";
import type { SourceRange } from "../core/grid/types";
import type { LoadedWorkbook } from "../workbook/file/load";
import { cliMessages } from "./messages";

export type PickResult = { ok: true; range: SourceRange } | { ok: false; error: string };

/** The block of a loaded file the CLI computes on: `--sheet` (default the first visible sheet) and `--range` (default its used cells). */
export function pickSource(book: LoadedWorkbook, sheetName: string | undefined, rangeText: string | undefined): PickResult {
  const wanted = sheetName ?? (rangeText !== undefined ? parseRangeAddress(rangeText)?.sheet : undefined);
  const sheet =
    wanted !== undefined
      ? book.sheets.find((s) => s.name === wanted) ?? book.sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase())
      : book.sheets.find((s) => s.visible) ?? book.sheets[0];
  if (sheet === undefined) {
    return { ok: false, error: cliMessages.unknownSheet(wanted ?? "(first)", book.fileName, book.sheets.map((s) => s.name)) };
  }
  const height = sheet.values.length;
  const width = sheet.values[0]?.length ?? 0;
  if (height === 0 || width === 0) return { ok: false, error: cliMessages.emptySheet(sheet.name, book.fileName) };
  if (rangeText === undefined) {
    return { ok: true, range: { sheet: sheet.name, topLeft: "A1", values: sheet.values, numberFormats: sheet.numberFormats } };
  }
  const parsed = parseRangeAddress(rangeText);
  if (parsed === null) return { ok: false, error: cliMessages.badRange(rangeText, rangeAddressError(rangeText) ?? "malformed") };
  const top = parsed.fullColumns ? 0 : parsed.top;
  const left = parsed.fullRows ? 0 : parsed.left;
  const bottom = Math.min(parsed.fullColumns ? height - 1 : parsed.bottom, height - 1);
  const right = Math.min(parsed.fullRows ? width - 1 : parsed.right, width - 1);
  if (top > bottom || left > right) {
    const used = formatRangeAddress({ top: 0, left: 0, bottom: height - 1, right: width - 1 });
    return { ok: false, error: cliMessages.rangeOutside(rangeText, sheet.name, used) };
  }
  const values = sheet.values.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
  const numberFormats = sheet.numberFormats.slice(top, bottom + 1).map((row) => row.slice(left, right + 1));
  return { ok: true, range: { sheet: sheet.name, topLeft: formatCellAddress(top, left), values, numberFormats } };
}
