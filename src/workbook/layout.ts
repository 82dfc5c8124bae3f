/**
 * The summary sheet's layout, shared by every workbook adapter: where the title, subtitle, highlights, the KPI
 * table, the charts, the notes and the checks go, and the 2D arrays (values, formulas, number formats) to
 * write from A1. Pure: both adapters write exactly these arrays, so their sheets are the same cell for cell.
 *
 * Rows from the top: title, subtitle, blank, "Highlights" and its sentences, blank, the KPI table
 * (header + rows: KPI | Metric | Measure | Unit | periods…) with the charts in a grid to its right, starting at
 * the table's header row (below every sentence, so no text runs under a chart), then — below both the table
 * and the charts — "Source and settings" and "Checks".
 */
import type { CellValue } from "../core/grid/types";
import type { KpiKind } from "../core/compute/types";
import type { ChartSpec, ChartType, SummaryModel } from "../core/summarise/types";
import { quoteSheetName } from "../core/grid";
import { absoluteRangeA1, cellA1, rangeA1 } from "./file/a1";

/** A block of cells, 1-based and inclusive, with its A1 address. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
  address: string;
}

/** A chart series as it is drawn: references into the summary table plus the cached values behind them. */
export interface SeriesPlacement {
  name: string;
  /** Sheet-qualified absolute reference of the values: `'KPI Summary'!$E$12:$L$12`, or a union `(…,…)`. */
  valuesRef: string;
  /** Sheet-qualified absolute reference of the categories (period headers, or row labels for pie charts). */
  categoriesRef: string;
  /** The same references as plain A1 blocks on the summary sheet (one per contiguous run). */
  valuesBlocks: string[];
  categoriesBlocks: string[];
  /** Cached values (null where the cell is n.m. or empty) and category labels. */
  values: (number | null)[];
  categories: string[];
  as: "column" | "line" | "pie";
  axis: "primary" | "secondary";
  /** Number format of the series' cells in the table ("#,##0", "0.0%"). */
  numberFormat: string;
}

/** Where a chart sits: from its top-left cell to the cell after its bottom-right (zero-based, DrawingML style). */
export interface ChartPlacement {
  spec: ChartSpec;
  /** Name of the chart object the add-in owns: the spec id. */
  name: string;
  /** Zero-based anchor: the chart covers rows from.row … to.row-1 and columns from.col … to.col-1. */
  from: { row: number; col: number };
  to: { row: number; col: number };
  /** The cells covered, 1-based (for overlap checks and Office.js `setPosition(topLeft, bottomRight)`). */
  block: Block;
  topLeft: string;
  bottomRight: string;
  series: SeriesPlacement[];
}

export type Emphasis = "title" | "subtitle" | "heading" | "tableHeader";

/** The KPI table's position: header row, data rows and where each period column sits. */
export interface TablePlacement extends Block {
  name: string;
  style: string;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  /** Column of `SummaryTable.periods[i]`. */
  periodColumns: number[];
  headers: string[];
}

export interface SummaryLayout {
  sheetName: string;
  /** Cached values from A1, rectangular; "" for blank cells. */
  values: CellValue[][];
  /** Office.js `Range.formulas` style: "=…" for a live formula, else the constant value. Same shape as values. */
  formulas: CellValue[][];
  numberFormats: string[][];
  /** The whole written block (A1 to the last row and column of text and table). */
  used: Block;
  title: Block;
  subtitle: Block;
  highlights: Block;
  table: TablePlacement;
  notes: Block;
  issues: Block;
  charts: ChartPlacement[];
  /** Column widths in characters, index 0 = column A. */
  columnWidths: number[];
  /** Cells to style: the title larger and bold, headings bold. */
  emphasis: { address: string; kind: Emphasis }[];
}

export interface LayoutOptions {
  /** Sheet name the summary is written to when it differs from the model's (e.g. "KPI Summary (2)"). */
  sheetName?: string;
  /** Write values only (no live formulas): for export and the "values only" option. */
  valuesOnly?: boolean;
}

export const TABLE_STYLE = "TableStyleMedium2";
/** Chart size in cells and the gap between charts. */
export const CHART_COLS = 8;
export const CHART_ROWS = 15;
export const CHARTS_PER_ROW = 2;
const GAP = 1;
const FIXED_COLUMNS = ["KPI", "Metric", "Measure", "Unit"] as const;

const MEASURE_LABELS: Record<KpiKind, string> = {
  value: "Value",
  yoy: "YoY",
  qoq: "QoQ",
  margin: "Margin",
  share: "Share",
  share_change: "Share change (pp)",
  usd: "USD",
  cagr: "CAGR",
  guidance: "Guidance",
};

/** Labels of the summary sheet, kept together. */
export const layoutMessages = {
  highlights: "Highlights",
  noHighlights: "No highlights: there were not enough figures to compare.",
  notes: "Source and settings",
  checks: "Checks",
  checksHeader: ["Severity", "Cell", "Code", "Message"] as const,
  noIssues: "No issues found.",
  noRows: "No KPIs could be computed from the source range.",
} as const;

/** Excel table headers must be unique and non-empty: "4Q01", "4Q01 (2)", … */
export function uniqueHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = h.trim() === "" ? `Column ${i + 1}` : h;
    let name = base;
    let n = 2;
    while (seen.has(name.toLowerCase())) name = `${base} (${n++})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function block(top: number, left: number, bottom: number, right: number): Block {
  return { top, left, bottom, right, address: rangeA1(top, left, bottom, right) };
}

/** Contiguous runs of sorted distinct numbers: [5,6,7,9] → [[5,7],[9,9]]. */
export function runs(sorted: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

function refOf(
  sheet: string,
  blocks: [number, number, number, number][]
): { ref: string; a1: string[] } {
  const q = quoteSheetName(sheet);
  const parts = blocks.map(([t, l, b, r]) => `${q}!${absoluteRangeA1(t, l, b, r)}`);
  return {
    ref: parts.length === 1 ? (parts[0] ?? "") : `(${parts.join(",")})`,
    a1: blocks.map(([t, l, b, r]) => rangeA1(t, l, b, r)),
  };
}

/** References along one row over the given columns (split into contiguous runs). */
function rowRef(sheet: string, row: number, cols: number[]): { ref: string; a1: string[] } {
  return refOf(
    sheet,
    runs(cols).map(([a, b]) => [row, a, row, b])
  );
}

/** References down one column over the given rows (sorted distinct). */
function colRef(sheet: string, col: number, rows: number[]): { ref: string; a1: string[] } {
  return refOf(
    sheet,
    runs(rows).map(([a, b]) => [a, col, b, col])
  );
}

function numeric(v: number | string | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

function rowFormat(model: SummaryModel, row: number, period: number): string {
  return model.table.rows[row]?.formats[period] ?? "General";
}

/** Pie and doughnut charts: one series of slices down a column, no axes. */
export function isPie(type: ChartType): boolean {
  return type === "pie" || type === "doughnut";
}

function placeSeries(
  model: SummaryModel,
  spec: ChartSpec,
  sheet: string,
  table: TablePlacement
): SeriesPlacement[] {
  const validRows = spec.series.filter((s) => s.row >= 0 && s.row < model.table.rows.length);
  const periodIdx = spec.periodColumns.filter((p) => p >= 0 && p < model.table.periods.length);
  if (isPie(spec.type)) {
    const p = periodIdx[0];
    if (p === undefined || validRows.length === 0) return [];
    const col = table.periodColumns[p] ?? table.left;
    // Categories and values run down the rows; keep the spec's order only when rows ascend (refs are ordered).
    const ordered = [...validRows].sort((a, b) => a.row - b.row);
    const rows = ordered.map((s) => table.firstDataRow + s.row);
    const vals = colRef(sheet, col, rows);
    const cats = colRef(sheet, table.left, rows);
    return [
      {
        name: model.table.periods[p] ?? "",
        valuesRef: vals.ref,
        categoriesRef: cats.ref,
        valuesBlocks: vals.a1,
        categoriesBlocks: cats.a1,
        values: ordered.map((s) => numeric(model.table.rows[s.row]?.values[p])),
        categories: ordered.map((s) => model.table.rows[s.row]?.label ?? s.name),
        as: "pie",
        axis: "primary",
        numberFormat: rowFormat(model, ordered[0]?.row ?? -1, p),
      },
    ];
  }
  const sortedP = [...new Set(periodIdx)].sort((a, b) => a - b);
  const cols = sortedP.map((p) => table.periodColumns[p] ?? table.left);
  const cats = rowRef(sheet, table.headerRow, cols);
  return validRows.map((s) => {
    const row = table.firstDataRow + s.row;
    const vals = rowRef(sheet, row, cols);
    const as: SeriesPlacement["as"] =
      spec.type === "line" ? "line" : spec.type === "combo" ? (s.as ?? "column") : "column";
    return {
      name: s.name,
      valuesRef: vals.ref,
      categoriesRef: cats.ref,
      valuesBlocks: vals.a1,
      categoriesBlocks: cats.a1,
      values: sortedP.map((p) => numeric(model.table.rows[s.row]?.values[p])),
      categories: sortedP.map((p) => table.headers[FIXED_COLUMNS.length + p] ?? ""),
      as,
      axis: spec.type === "combo" && s.axis === "secondary" ? "secondary" : "primary",
      numberFormat: rowFormat(model, s.row, sortedP[0] ?? 0),
    };
  });
}

function withEquals(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

/** One row of the sheet being filled: per column its value, live formula and number format (holes where unset). */
interface BufferRow {
  values: (CellValue | undefined)[];
  formulas: (CellValue | undefined)[];
  formats: (string | undefined)[];
}

/**
 * The sheet being filled, row by row in arrays (no object or key per cell; index 0 is column A), which become
 * the layout's rectangular arrays in place. An unset cell is "" with the General format.
 */
class SheetBuffer {
  private readonly lines: (BufferRow | undefined)[] = [];
  rows = 0;
  cols = 0;
  private line(row: number): BufferRow {
    let line = this.lines[row - 1];
    if (line === undefined) {
      line = { values: [], formulas: [], formats: [] };
      while (this.lines.length < row - 1) this.lines.push(undefined);
      this.lines[row - 1] = line;
    }
    return line;
  }
  set(row: number, col: number, value: CellValue, formula?: string, format?: string): void {
    const line = this.line(row);
    line.values[col - 1] = value;
    line.formulas[col - 1] = formula ?? value;
    line.formats[col - 1] = format;
    if (row > this.rows) this.rows = row;
    if (col > this.cols) this.cols = col;
  }
  /** The rows as rectangular arrays, holes filled ("" and General); the buffer is spent. */
  arrays(): { values: CellValue[][]; formulas: CellValue[][]; numberFormats: string[][] } {
    const values: CellValue[][] = new Array<CellValue[]>(this.rows);
    const formulas: CellValue[][] = new Array<CellValue[]>(this.rows);
    const numberFormats: string[][] = new Array<string[]>(this.rows);
    const cols = this.cols;
    for (let r = 0; r < this.rows; r++) {
      const line = this.lines[r] ?? { values: [], formulas: [], formats: [] };
      const v = line.values;
      const f = line.formulas;
      const nf = line.formats;
      for (let c = 0; c < cols; c++) {
        // unset (or set to null): blank
        if (v[c] === undefined || v[c] === null) v[c] = "";
        if (f[c] === undefined || f[c] === null) f[c] = v[c];
        if (nf[c] === undefined) nf[c] = "General";
      }
      values[r] = v as CellValue[];
      formulas[r] = f as CellValue[];
      numberFormats[r] = nf as string[];
    }
    this.lines.length = 0;
    return { values, formulas, numberFormats };
  }
}

function columnWidths(model: SummaryModel, cols: number): number[] {
  const longest = model.table.rows.reduce((m, r) => Math.max(m, r.label.length), 12);
  const widths = [Math.min(48, longest + 2), 22, 18, 12];
  for (let c = widths.length; c < cols; c++) widths.push(12);
  return widths.slice(0, Math.max(cols, 4));
}

/** Lay out the summary sheet. Pure and deterministic. */
export function layoutSummary(model: SummaryModel, options: LayoutOptions = {}): SummaryLayout {
  const sheetName = options.sheetName ?? model.sheetName;
  const buf = new SheetBuffer();
  const emphasis: SummaryLayout["emphasis"] = [];

  buf.set(1, 1, model.title);
  emphasis.push({ address: "A1", kind: "title" });
  buf.set(2, 1, model.subtitle);
  emphasis.push({ address: "A2", kind: "subtitle" });

  const hlTop = 4;
  buf.set(hlTop, 1, layoutMessages.highlights);
  emphasis.push({ address: cellA1(hlTop, 1), kind: "heading" });
  const sentences = model.highlights.length > 0 ? model.highlights : [layoutMessages.noHighlights];
  sentences.forEach((s, i) => buf.set(hlTop + 1 + i, 1, s));
  const hlBottom = hlTop + sentences.length;

  // The KPI table.
  const headerRow = hlBottom + 2;
  const headers = uniqueHeaders([...FIXED_COLUMNS, ...model.table.periods]);
  const left = 1;
  const right = Math.max(headers.length, FIXED_COLUMNS.length);
  headers.forEach((h, i) => buf.set(headerRow, left + i, h));
  const periodColumns = model.table.periods.map((_, i) => left + FIXED_COLUMNS.length + i);
  const rows = model.table.rows;
  const periodCount = model.table.periods.length;
  if (rows.length === 0) {
    buf.set(headerRow + 1, left, layoutMessages.noRows);
    for (let c = left + 1; c <= right; c++) buf.set(headerRow + 1, c, "");
  }
  rows.forEach((row, i) => {
    const r = headerRow + 1 + i;
    buf.set(r, left, row.label);
    buf.set(r, left + 1, row.metric);
    buf.set(r, left + 2, MEASURE_LABELS[row.kpi] ?? row.kpi);
    buf.set(r, left + 3, row.unit);
    for (let p = 0; p < periodCount; p++) {
      const v = row.values[p];
      const value: CellValue = v === null || v === undefined ? "" : v;
      const safe = typeof value === "number" && !Number.isFinite(value) ? "" : value;
      const f = options.valuesOnly ? undefined : row.formulas[p];
      const formula = f ? withEquals(f) : undefined;
      buf.set(r, periodColumns[p] ?? left, safe, formula, row.formats[p] ?? "General");
    }
  });
  const lastDataRow = headerRow + Math.max(rows.length, 1);
  const table: TablePlacement = {
    ...block(headerRow, left, lastDataRow, right),
    name: model.table.name,
    style: TABLE_STYLE,
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow,
    periodColumns,
    headers,
  };
  emphasis.push({ address: rangeA1(headerRow, left, headerRow, right), kind: "tableHeader" });

  // Charts: a grid to the right of the table, from its header row down.
  const chartLeft = right + 2;
  const charts: ChartPlacement[] = model.charts.map((spec, i) => {
    const gridRow = Math.floor(i / CHARTS_PER_ROW);
    const gridCol = i % CHARTS_PER_ROW;
    const top = headerRow + gridRow * (CHART_ROWS + GAP);
    const l = chartLeft + gridCol * (CHART_COLS + GAP);
    const b = block(top, l, top + CHART_ROWS - 1, l + CHART_COLS - 1);
    return {
      spec,
      name: spec.id,
      from: { row: b.top - 1, col: b.left - 1 },
      to: { row: b.bottom, col: b.right },
      block: b,
      topLeft: cellA1(b.top, b.left),
      bottomRight: cellA1(b.bottom, b.right),
      series: placeSeries(model, spec, sheetName, table),
    };
  });
  const chartsBottom = charts.reduce((m, c) => Math.max(m, c.block.bottom), 0);

  // Source and settings, then checks, below both the table and the charts.
  const notesTop = Math.max(lastDataRow, chartsBottom) + 2;
  buf.set(notesTop, 1, layoutMessages.notes);
  emphasis.push({ address: cellA1(notesTop, 1), kind: "heading" });
  model.notes.forEach(([k, v], i) => {
    buf.set(notesTop + 1 + i, 1, k);
    buf.set(notesTop + 1 + i, 2, v);
  });
  const notesBottom = notesTop + model.notes.length;

  const issuesTop = notesBottom + 2;
  buf.set(issuesTop, 1, layoutMessages.checks);
  emphasis.push({ address: cellA1(issuesTop, 1), kind: "heading" });
  layoutMessages.checksHeader.forEach((h, i) => buf.set(issuesTop + 1, 1 + i, h));
  emphasis.push({ address: rangeA1(issuesTop + 1, 1, issuesTop + 1, 4), kind: "heading" });
  if (model.issues.length === 0) buf.set(issuesTop + 2, 1, layoutMessages.noIssues);
  model.issues.forEach((issue, i) => {
    const r = issuesTop + 2 + i;
    buf.set(r, 1, issue.severity);
    buf.set(r, 2, issue.cell ?? "");
    buf.set(r, 3, issue.code);
    buf.set(r, 4, issue.message);
  });
  const issuesBottom = issuesTop + 1 + Math.max(model.issues.length, 1);

  const arrays = buf.arrays();
  return {
    sheetName,
    ...arrays,
    used: block(1, 1, buf.rows, buf.cols),
    title: block(1, 1, 1, 1),
    subtitle: block(2, 1, 2, 1),
    highlights: block(hlTop, 1, hlBottom, 1),
    table,
    notes: block(notesTop, 1, notesBottom, model.notes.length > 0 ? 2 : 1),
    issues: block(issuesTop, 1, issuesBottom, 4),
    charts,
    columnWidths: columnWidths(model, buf.cols),
    emphasis,
  };
}
