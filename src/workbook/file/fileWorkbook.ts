/**
 * The workbook port over a workbook file held in memory (exceljs), for the CLI, the browser preview and export.
 * Writes the same layout as the Office.js adapter, adds native charts when saved, and keeps its settings and
 * chart records on a very hidden sheet so they survive save and load.
 */
import ExcelJS from "exceljs";
import type { SourceRange } from "../../core/grid/types";
import type { SummaryModel } from "../../core/summarise/types";
import type {
  Capabilities,
  FormulaPlacement,
  SourceChoices,
  SourceRequest,
  StoredSettings,
  WorkbookPort,
  WriteResult,
} from "../port";
import { layoutSummary, type ChartPlacement, type SummaryLayout } from "../layout";
import { freeSheetName, freeTableName } from "../names";
import { reasonOf } from "../reason";
import { formatCellAddress, parseRangeAddress } from "../../core/grid";
import { cellA1 } from "./a1";
import { STORED_ZIP } from "./charts/inject";
import { csvToGrid, decodeCsvBytes } from "./csv";
import { openXlsx, sheetNameFromFile, validSheetName } from "./load";
import { fileMessages } from "./messages";
import { resolveRequest, type SheetExtents } from "./resolveRange";
import { readStoredCharts, readStoredText, STORE_SHEET, writeStored } from "./store";
import type { LoadedName, LoadError } from "./types";
import { summaryPackage } from "./package/summaryPackage";
import { completeSummary, frameLayout, tableRefs } from "./summarySheet";
import { addTable, writeCells } from "./writeSheet";
import { readNames, readSheet, readTables, usedExtent, writeGrid } from "./xlsxSheet";

/** Steps of a summary write, named so tests can inject a failure before any of them. */
export type WriteStep = "build-sheet" | "cells" | "table" | "charts" | "swap";

export interface FileWorkbookOptions {
  /** Called before each write step; a throw there simulates a failure in the middle of a refresh. */
  beforeStep?: (step: WriteStep) => void;
  /** Write values only (no live formulas). */
  valuesOnly?: boolean;
  /**
   * Copy text for the user to paste (the pane's clipboard); a formula the pane asks to place goes there, a
   * workbook file having no selection to write it into. Absent, such a formula is refused.
   */
  copyText?: (text: string) => Promise<boolean>;
}

const BUILD_SHEET = "QuarterDeck_building";

/** exceljs keeps a sheet's position in `orderNo`, which its typings leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };
/** exceljs' sheet list, indexed by sheet id (the id also names the sheet's part, xl/worksheets/sheetN.xml). */
type SheetTable = { _worksheets: (ExcelJS.Worksheet | undefined)[] };

/**
 * Give `sheet` the id of a sheet just removed, so the summary keeps its part name across refreshes and a
 * refresh with the same figures writes an identical package.
 */
function takeOverId(wb: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, id: number): void {
  const table = (wb as unknown as SheetTable)._worksheets;
  if (table[id] !== undefined) return;
  table[sheet.id] = undefined;
  (sheet as unknown as { id: number }).id = id;
  table[id] = sheet;
}

export class FileWorkbook implements WorkbookPort {
  private selected: string | null = null;
  private charts: Record<string, ChartPlacement[]>;
  /**
   * Summary sheets exceljs holds only the frame of (see summarySheet.ts), with their full layout: written whole
   * into the package on save, and completed in exceljs before anything reads the workbook's cells.
   */
  private readonly frames = new Map<ExcelJS.Worksheet, { layout: SummaryLayout; table: string }>();

  constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly options: FileWorkbookOptions = {}
  ) {
    this.charts = readStoredCharts(wb);
  }

  /** A new, empty workbook (one blank sheet is added when the first summary is written). */
  static empty(options?: FileWorkbookOptions): FileWorkbook {
    return new FileWorkbook(new ExcelJS.Workbook(), options);
  }

  /** Open .xlsx bytes, or a .csv as a one-sheet workbook named after the file. Failures come back as values. */
  static async fromBytes(
    input: Uint8Array | ArrayBuffer,
    fileName: string,
    options?: FileWorkbookOptions
  ): Promise<FileWorkbook | LoadError> {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.length === 0)
      return { ok: false, code: "empty", message: fileMessages.empty(fileName) };
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (isZip) {
      const wb = await openXlsx(bytes, fileName);
      return "ok" in wb ? wb : new FileWorkbook(wb, options);
    }
    if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) {
      return {
        ok: false,
        code: "unreadable",
        message: fileMessages.unreadable(fileName, "it is not a zip package"),
      };
    }
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheetNameFromFile(fileName));
    writeGrid(ws, csvToGrid(decodeCsvBytes(bytes)));
    return new FileWorkbook(wb, options);
  }

  /** The exceljs workbook (for tests and export), every summary sheet complete in it. */
  get workbook(): ExcelJS.Workbook {
    this.completeFrames();
    return this.wb;
  }

  /** Put every cell of the summaries held as frames into exceljs (slow for a large summary; only for reads). */
  private completeFrames(): void {
    for (const [ws, { layout, table }] of this.frames)
      if (this.wb.worksheets.includes(ws)) completeSummary(ws, layout, table);
    this.frames.clear();
  }

  /** The sheet named `name` with all its cells in exceljs: a summary held as a frame is completed first. */
  private completeSheet(name: string): ExcelJS.Worksheet | undefined {
    const ws = this.wb.getWorksheet(name);
    const frame = ws ? this.frames.get(ws) : undefined;
    if (ws && frame) {
      completeSummary(ws, frame.layout, frame.table);
      this.frames.delete(ws);
    }
    return ws;
  }

  /** Tables of every sheet; those of summaries held as frames with the rows they have when written. */
  private tables(): LoadedName[] {
    const full = new Map<string, string>();
    for (const [ws, { layout, table }] of this.frames)
      full.set(`${ws.name}\u0000${table}`, tableRefs(layout).full);
    return readTables(this.wb).map((t) => ({
      ...t,
      range: full.get(`${t.sheet}\u0000${t.name}`) ?? t.range,
    }));
  }

  /** The cell last selected with `selectCell`, sheet-qualified. */
  get selection(): string | null {
    return this.selected;
  }

  private userSheets(): ExcelJS.Worksheet[] {
    return this.wb.worksheets.filter((ws) => ws.name !== STORE_SHEET && ws.name !== BUILD_SHEET);
  }

  private activeSheetName(): string {
    const sheets = this.userSheets();
    const views = this.wb.views as { activeTab?: number }[] | undefined;
    const tab = views?.[0]?.activeTab;
    const byTab = tab !== undefined ? this.wb.worksheets[tab] : undefined;
    const visible = sheets.filter((s) => s.state === undefined || s.state === "visible");
    if (byTab && visible.includes(byTab)) return byTab.name;
    return visible[0]?.name ?? sheets[0]?.name ?? "";
  }

  private context(): SheetExtents {
    return {
      sheets: this.userSheets().map((s) => s.name),
      activeSheet: this.activeSheetName(),
      extent: (sheet) => {
        const ws = this.completeSheet(sheet);
        return ws ? usedExtent(ws) : { rows: 0, cols: 0 };
      },
      names: readNames(this.wb),
      tables: this.tables(),
    };
  }

  async capabilities(): Promise<Capabilities> {
    return {
      host: "file",
      charts: true,
      tables: true,
      settings: true,
      createWorkbook: false,
      notes: [
        "Charts, pivot tables and shapes on other sheets of an opened file are not kept when it is saved again.",
      ],
    };
  }

  async listSources(): Promise<SourceChoices> {
    const ctx = this.context();
    return {
      activeSheet: ctx.activeSheet,
      sheets: this.userSheets()
        .filter((s) => s.state === undefined || s.state === "visible")
        .map((s) => s.name),
      names: ctx.names.map((n) => n.name),
      tables: ctx.tables.map((t) => t.name),
    };
  }

  async readRanges(requests: SourceRequest[]): Promise<SourceRange[]> {
    const ctx = this.context();
    const date1904 = Boolean(this.wb.properties?.date1904);
    const cache = new Map<string, ReturnType<typeof readSheet>>();
    return requests.map((req) => {
      const res = resolveRequest(ctx, req);
      if (!res.ok) throw new Error(res.message);
      const { sheet, top, left, bottom, right } = res.block;
      let grid = cache.get(sheet);
      if (!grid) {
        const ws = this.completeSheet(sheet);
        if (!ws) throw new Error(fileMessages.noSheet(sheet, sheet));
        grid = readSheet(ws, date1904);
        cache.set(sheet, grid);
      }
      const values: SourceRange["values"] = [];
      const numberFormats: string[][] = [];
      for (let r = top; r <= bottom; r++) {
        const vr = grid.values[r - 1];
        const fr = grid.numberFormats[r - 1];
        const rowV: SourceRange["values"][number] = [];
        const rowF: string[] = [];
        for (let c = left; c <= right; c++) {
          rowV.push(vr?.[c - 1] ?? "");
          rowF.push(fr?.[c - 1] ?? "General");
        }
        values.push(rowV);
        numberFormats.push(rowF);
      }
      return { sheet, topLeft: cellA1(top, left), values, numberFormats };
    });
  }

  async loadSettings(): Promise<StoredSettings | null> {
    const text = readStoredText(this.wb, "settings");
    if (text === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new Error(fileMessages.settingsUnreadable(reasonOf(e)));
    }
    if (!parsed || typeof parsed !== "object" || (parsed as { version?: unknown }).version !== 1) {
      throw new Error(fileMessages.settingsUnreadable("unknown version"));
    }
    return parsed as StoredSettings;
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    writeStored(this.wb, "settings", settings);
  }

  async selectCell(address: string): Promise<void> {
    const p = parseRangeAddress(address);
    if (!p || p.fullColumns || p.fullRows) throw new Error(fileMessages.badAddress(address));
    const sheet = p.sheet ?? this.activeSheetName();
    const ws = this.userSheets().find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (!ws) throw new Error(fileMessages.noSheet(sheet, address));
    this.selected = `${ws.name}!${formatCellAddress(p.top, p.left)}`;
    const index = this.wb.worksheets.indexOf(ws);
    this.wb.views = [{ ...(this.wb.views?.[0] ?? {}), activeTab: index } as ExcelJS.WorkbookView];
  }

  /** Where the summary goes: our own sheet, or the first free "Name (n)" when a sheet of that name is not ours. */
  private targetName(
    wanted: string,
    owned: StoredSettings["owned"]
  ): { name: string; renamed: boolean } {
    const ours = (n: string): boolean => owned?.sheet.toLowerCase() === n.toLowerCase();
    const taken = this.userSheets()
      .map((s) => s.name)
      .filter((n) => !ours(n));
    const name = freeSheetName(wanted, taken);
    return { name, renamed: name !== wanted };
  }

  /** A table name unique in the workbook outside the sheet being replaced. */
  private tableName(wanted: string, replacing: string | null): string {
    const taken = readTables(this.wb)
      .filter((t) => t.sheet !== replacing && t.sheet !== BUILD_SHEET)
      .map((t) => t.name);
    return freeTableName(wanted, taken);
  }

  async writeSummary(model: SummaryModel, owned: StoredSettings["owned"]): Promise<WriteResult> {
    const step = (s: WriteStep): void => this.options.beforeStep?.(s);
    const wanted = validSheetName(model.sheetName, "KPI Summary");
    const target = this.targetName(wanted, owned);
    const notes: string[] = [];
    if (wanted !== model.sheetName)
      notes.push(fileMessages.invalidSheetName(model.sheetName, wanted));
    if (target.renamed) notes.push(fileMessages.renamedSheet(wanted, target.name));
    const old = this.wb.getWorksheet(target.name);
    const oldOwned =
      owned && owned.sheet.toLowerCase() !== target.name.toLowerCase()
        ? this.wb.getWorksheet(owned.sheet)
        : undefined;
    const layout = layoutSummary(model, {
      sheetName: target.name,
      valuesOnly: this.options.valuesOnly,
    });
    const tableName = this.tableName(model.table.name, old ? old.name : null);
    let build: ExcelJS.Worksheet | undefined;
    try {
      step("build-sheet");
      this.wb.getWorksheet(BUILD_SHEET)?.destroy();
      build = this.wb.addWorksheet(BUILD_SHEET);
      step("cells");
      const frame = frameLayout(layout);
      writeCells(build, frame);
      step("table");
      addTable(build, frame, tableName);
      step("charts");
      const charts = layout.charts;
      step("swap");
      const orderNo =
        (old as Ordered | undefined)?.orderNo ?? (oldOwned as Ordered | undefined)?.orderNo;
      const oldId = old?.id ?? oldOwned?.id;
      if (old) this.wb.removeWorksheet(old.id);
      if (oldOwned && oldOwned !== old) this.wb.removeWorksheet(oldOwned.id);
      if (old) this.frames.delete(old);
      if (oldOwned) this.frames.delete(oldOwned);
      this.frames.set(build, { layout, table: tableName });
      if (oldId !== undefined) takeOverId(this.wb, build, oldId);
      build.name = target.name;
      if (orderNo !== undefined) (build as Ordered).orderNo = orderNo;
      const nextCharts = { ...this.charts };
      if (oldOwned) delete nextCharts[oldOwned.name];
      nextCharts[target.name] = charts;
      this.charts = nextCharts;
      writeStored(this.wb, "charts", this.charts);
      return { sheet: target.name, table: tableName, charts: charts.map((c) => c.name), notes };
    } catch (e) {
      if (build && build.name === BUILD_SHEET) this.wb.removeWorksheet(build.id);
      throw new Error(fileMessages.writeFailed(reasonOf(e)));
    }
  }

  /** Charts the adapter owns, as "Sheet!ChartName", for sheets that exist. */
  chartNames(): string[] {
    return Object.entries(this.charts)
      .filter(([sheet]) => this.wb.getWorksheet(sheet) !== undefined)
      .flatMap(([sheet, charts]) => charts.map((c) => `${sheet}!${c.name}`));
  }

  /** The workbook as .xlsx bytes, with native charts on the summary sheet(s). */
  async save(): Promise<Uint8Array> {
    if (this.wb.worksheets.length === 0) this.wb.addWorksheet("Sheet1");
    const sheets = Object.entries(this.charts)
      .filter(([name, charts]) => charts.length > 0 && this.wb.getWorksheet(name) !== undefined)
      .map(([sheetName, charts]) => ({ sheetName, charts }));
    const summaries = [...this.frames]
      .filter(([ws]) => this.wb.worksheets.includes(ws))
      .map(([ws, { layout }]) => ({ sheetName: ws.name, layout }));
    if (sheets.length === 0 && summaries.length === 0)
      return new Uint8Array(await this.wb.xlsx.writeBuffer());
    const raw = new Uint8Array(await this.wb.xlsx.writeBuffer(STORED_ZIP));
    return summaryPackage(raw, summaries, sheets);
  }

  /** A workbook file shown in the preview has no selection: the formula is copied for the user to paste. */
  async writeFormulaToSelection(formula: string): Promise<FormulaPlacement> {
    const copied = this.options.copyText ? await this.options.copyText(formula) : false;
    return copied ? { kind: "copied" } : { kind: "refused", reason: "no-clipboard" };
  }
}
