/**
 * The summary sheet written straight into the package, in time and memory proportional to its cells.
 *
 * exceljs keeps an object per cell and builds the whole sheet in memory before writing it, which does not scale
 * to a large KPI table. So the file adapter gives exceljs only a frame of the sheet — every cell outside the KPI
 * table's body, the table's header and first row, one cell of each distinct style (number format and font), the
 * column widths, page setup and the table itself — and, when the package is written, replaces the frame's
 * sheetData with the full layout row by row (see {@link summaryRows}), reusing the style indices exceljs gave the
 * frame's cells and adding the strings to the package's shared strings. The cells are the ones exceljs would
 * write from the same layout ({@link writeCells}, {@link addTable}).
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid/types";
import { formatCellAddress, parseRangeAddress } from "../../core/grid";
import type { Emphasis, SummaryLayout } from "../layout";
import { rangeA1 } from "./a1";
import { xmlSafe } from "./charts/xml";
import { addTable, writeCells } from "./writeSheet";

/** Font emphasis of each cell that has one, by 1-based row then column (the last emphasis wins). */
export function emphasisCells(layout: SummaryLayout): Map<number, Map<number, Emphasis>> {
  const out = new Map<number, Map<number, Emphasis>>();
  for (const e of layout.emphasis) {
    const p = parseRangeAddress(e.address);
    if (!p || p.fullColumns || p.fullRows) continue;
    for (let r = p.top + 1; r <= p.bottom + 1; r++) {
      const row = out.get(r) ?? new Map<number, Emphasis>();
      out.set(r, row);
      for (let c = p.left + 1; c <= p.right + 1; c++) row.set(c, e.kind);
    }
  }
  return out;
}

function styleKey(format: string, font: Emphasis | undefined): string {
  return font === undefined ? format : `${format}\u0000${font}`;
}

/** The first cell (1-based row, column) of each distinct style the sheet uses, by style key. */
export function styleProbes(layout: SummaryLayout): Map<string, { row: number; col: number }> {
  const fonts = emphasisCells(layout);
  const out = new Map<string, { row: number; col: number }>();
  const cols = columnCount(layout, fonts);
  for (let r = 1; r <= layout.values.length; r++) {
    const rowFonts = fonts.get(r);
    const formats = layout.numberFormats[r - 1];
    for (let c = 1; c <= cols; c++) {
      const format = formats?.[c - 1] ?? "General";
      const font = rowFonts?.get(c);
      if (format === "General" && font === undefined) continue;
      const key = styleKey(format, font);
      if (!out.has(key)) out.set(key, { row: r, col: c });
    }
  }
  return out;
}

function columnCount(layout: SummaryLayout, fonts: Map<number, Map<number, Emphasis>>): number {
  let cols = layout.values.reduce((m, row) => Math.max(m, row.length), 0);
  for (const row of fonts.values()) for (const c of row.keys()) cols = Math.max(cols, c);
  return cols;
}

/** The table's body rows after its first, which the frame leaves out (1-based, inclusive). */
function bodyRows(layout: SummaryLayout): { from: number; to: number } {
  return { from: layout.table.firstDataRow + 1, to: layout.table.lastDataRow };
}

/** The layout as the frame holds it: the table body after its first row blank except the style probes. */
export function frameLayout(layout: SummaryLayout): SummaryLayout {
  const { from, to } = bodyRows(layout);
  const probes = new Map<number, number[]>();
  for (const { row, col } of styleProbes(layout).values())
    if (row >= from && row <= to) probes.set(row, [...(probes.get(row) ?? []), col]);
  const keep = <T>(rows: T[][], blank: T): T[][] =>
    rows.map((row, i) => {
      const r = i + 1;
      if (r < from || r > to) return row;
      const cols = probes.get(r);
      if (!cols) return [];
      const out = new Array<T>(Math.max(...cols)).fill(blank);
      for (const c of cols) out[c - 1] = row[c - 1] ?? blank;
      return out;
    });
  return {
    ...layout,
    values: keep<CellValue>(layout.values, ""),
    formulas: keep<CellValue>(layout.formulas, ""),
    numberFormats: keep<string>(layout.numberFormats, "General"),
    table: { ...layout.table, lastDataRow: layout.table.firstDataRow },
  };
}

/** The frame of the summary sheet on `ws` (see the module comment). */
export function writeSummaryFrame(
  ws: ExcelJS.Worksheet,
  layout: SummaryLayout,
  tableName: string
): void {
  const frame = frameLayout(layout);
  writeCells(ws, frame);
  addTable(ws, frame, tableName);
}

/** Every cell of the summary on a sheet that holds its frame, so exceljs holds the whole sheet. */
export function completeSummary(
  ws: ExcelJS.Worksheet,
  layout: SummaryLayout,
  tableName: string
): void {
  writeCells(ws, layout);
  ws.removeTable(tableName);
  addTable(ws, layout, tableName);
}

/** The table's reference as the frame has it and as the full sheet has it. */
export function tableRefs(layout: SummaryLayout): { frame: string; full: string } {
  const t = layout.table;
  return {
    frame: rangeA1(t.headerRow, t.left, t.firstDataRow, t.right),
    full: rangeA1(t.headerRow, t.left, t.lastDataRow, t.right),
  };
}

/** Strings of the package's shared-string table added while sheets are written. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];
  references = 0;
  constructor(private readonly base: number) {}
  /** Index of `text` in the table, adding it when new. */
  of(text: string): number {
    this.references += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.base + this.added.length;
      this.index.set(text, i);
      this.added.push(text);
    }
    return i;
  }
}

const ESCAPED = /[&<>"]/;
/** Text escaped for XML content and attribute values. */
export function xmlText(text: string): string {
  if (!ESCAPED.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Anything to drop or escape: XML-forbidden characters (surrogates checked further) or markup. */
// eslint-disable-next-line no-control-regex -- control characters are part of what it looks for
const TO_CLEAN = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text as XML content: forbidden characters dropped, markup escaped; one check for the usual clean text. */
function xmlContent(text: string): string {
  return TO_CLEAN.test(text) ? xmlText(xmlSafe(text)) : text;
}

/** A cell's content and type attribute after its `<c r s`, as exceljs writes the value `cellFor` gives. */
function cellXml(value: CellValue, formula: CellValue, strings: SharedStrings): string | null {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) {
    const f = `<f>${xmlContent(formula.slice(1))}</f>`;
    if (typeof value === "number") return `>${f}<v>${value}</v>`;
    if (typeof value === "boolean") return ` t="b">${f}<v>${value ? 1 : 0}</v>`;
    const text = xmlSafe(value);
    return text === "" ? `>${f}` : ` t="str">${f}<v>${xmlText(text)}</v>`;
  }
  if (typeof value === "number") return `><v>${value}</v>`;
  if (typeof value === "boolean") return ` t="b"><v>${value ? 1 : 0}</v>`;
  const text = xmlSafe(value);
  return text === "" ? null : ` t="s"><v>${strings.of(text)}</v>`;
}

/** Style index of each style key, read from the `s` attribute exceljs gave the probe cells in the frame. */
export function styleIndices(
  frameXml: string,
  probes: Map<string, { row: number; col: number }>
): Map<string, number> {
  const byAddress = new Map<string, number>();
  for (const m of frameXml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g))
    byAddress.set(m[1] ?? "", Number(m[2] ?? 0));
  const out = new Map<string, number>();
  for (const [key, { row, col }] of probes) {
    const s = byAddress.get(formatCellAddress(row - 1, col - 1));
    if (s === undefined) throw new Error(`the summary frame lacks the style of ${key}`);
    out.set(key, s);
  }
  return out;
}

/** The `<row>` elements of the whole summary, one string per row (rows without cells left out). */
export function* summaryRows(
  layout: SummaryLayout,
  styles: Map<string, number>,
  strings: SharedStrings
): Generator<string> {
  const fonts = emphasisCells(layout);
  const cols = columnCount(layout, fonts);
  const letters: string[] = [];
  for (let c = 1; c <= cols; c++) letters.push(formatCellAddress(0, c - 1).replace(/\d+$/, ""));
  for (let r = 1; r <= layout.values.length; r++) {
    const values = layout.values[r - 1] ?? [];
    const formulas = layout.formulas[r - 1];
    const formats = layout.numberFormats[r - 1];
    const rowFonts = fonts.get(r);
    let xml = "";
    for (let c = 1; c <= cols; c++) {
      const content = cellXml(values[c - 1] ?? "", formulas?.[c - 1] ?? "", strings);
      const format = formats?.[c - 1] ?? "General";
      const font = rowFonts?.get(c);
      if (content === null && format === "General" && font === undefined) continue;
      const s = format === "General" && font === undefined ? 0 : styles.get(styleKey(format, font));
      if (s === undefined) throw new Error(`no style for the summary cell ${letters[c - 1]}${r}`);
      const head = `<c r="${letters[c - 1]}${r}"${s === 0 ? "" : ` s="${s}"`}`;
      xml += content === null ? `${head}/>` : `${head}${content}</c>`;
    }
    if (xml !== "") yield `<row r="${r}">${xml}</row>`;
  }
}
