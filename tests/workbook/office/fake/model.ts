/**
 * In-memory workbook behind the recording fake of Excel.run: sheets of cells, tables, charts, names and
 * settings. Plain data; the proxies in `proxies.ts` queue operations on it and `FakeExcel.sync` applies them.
 */
import type { CellValue } from "../../../../src/core/grid/types";

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  range: Box;
  style: string;
  showHeaders: boolean;
}

/** Chart state: a free-form bag the adapter sets (title.text, axes.valueAxis.title.text …) plus its series. */
export interface FakeChart {
  name: string;
  type: string;
  sheet: FakeSheet;
  source: Box;
  seriesBy: string;
  props: Record<string, unknown>;
  series: FakeSeries[];
  position?: { start: string; end?: string };
}

export interface FakeSeries {
  name: string;
  values?: Box;
  xValues?: Box;
  props: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  /** Rows of cells; a missing row or cell is blank. */
  values: (CellValue[] | undefined)[];
  formats: (string[] | undefined)[];
  formulas: (string[] | undefined)[];
  charts: FakeChart[];
  /** Free-form bag of formatting calls the adapter made (autofit, bold …), for inspection. */
  calls: string[];
  visibility: string;
}

/** A rectangle, zero-based inclusive. */
export interface Box {
  sheet: FakeSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeWorkbookModel {
  sheets: FakeSheet[];
  tables: FakeTable[];
  names: NameMap;
  settings: Map<string, unknown>;
  selection: Box | null;
  activeSheet: FakeSheet | null;
  enableEvents: boolean;
  /** Every value enableEvents was set to, in order. */
  enableEventsHistory: boolean[];
  calcSuspensions: number;
  selectCalls: string[];
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    values: [],
    formats: [],
    formulas: [],
    charts: [],
    calls: [],
    visibility: "Visible",
  };
}

/**
 * Defined names by name, found regardless of case as Excel does (`keyOf`) without a scan: a summary adds
 * thousands of KPI names, and a scan per name lowercasing every other one made a refresh quadratic in the fake.
 */
export class NameMap extends Map<string, Box> {
  private readonly lower = new Map<string, string>();
  override set(name: string, box: Box): this {
    this.lower.set(name.toLowerCase(), name);
    return super.set(name, box);
  }
  override delete(name: string): boolean {
    if (this.lower.get(name.toLowerCase()) === name) this.lower.delete(name.toLowerCase());
    return super.delete(name);
  }
  override clear(): void {
    this.lower.clear();
    super.clear();
  }
  /** The name as stored, matched without regard to case; null when there is none. */
  keyOf(name: string): string | null {
    return this.lower.get(name.toLowerCase()) ?? null;
  }
}

export function newModel(): FakeWorkbookModel {
  return {
    sheets: [],
    tables: [],
    names: new NameMap(),
    settings: new Map(),
    selection: null,
    activeSheet: null,
    enableEvents: true,
    enableEventsHistory: [],
    calcSuspensions: 0,
    selectCalls: [],
  };
}

/** Put a grid on a sheet with its top-left at (top, left). */
export function putGrid(
  sheet: FakeSheet,
  top: number,
  left: number,
  grid: CellValue[][],
  formats?: string[][]
): void {
  grid.forEach((row, r) => {
    const target = (sheet.values[top + r] ??= []);
    row.forEach((v, c) => {
      target[left + c] = v;
      const f = formats?.[r]?.[c];
      if (f !== undefined) (sheet.formats[top + r] ??= [])[left + c] = f;
    });
  });
}

export function cellValue(sheet: FakeSheet, r: number, c: number): CellValue {
  return sheet.values[r]?.[c] ?? "";
}

export function cellFormat(sheet: FakeSheet, r: number, c: number): string {
  return sheet.formats[r]?.[c] ?? "General";
}

export function cellFormula(sheet: FakeSheet, r: number, c: number): CellValue {
  return sheet.formulas[r]?.[c] ?? cellValue(sheet, r, c);
}

/** The block of a box as a 2D array, through `pick`. */
export function boxGrid<T>(box: Box, pick: (sheet: FakeSheet, r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  const width = box.right - box.left + 1;
  // Fast paths for large reads: whole stored rows are returned as they are, rows without formats share one array.
  if (pick === (cellValue as unknown) && box.left === 0) {
    for (let r = box.top; r <= box.bottom; r++) {
      const row = box.sheet.values[r];
      if (row && row.length === width && !box.sheet.formulas[r]) out.push(row as T[]);
      else out.push(Array.from({ length: width }, (_, c) => pick(box.sheet, r, box.left + c)));
    }
    return out;
  }
  if (pick === (cellFormat as unknown)) {
    const general = Array<string>(width).fill("General") as T[];
    for (let r = box.top; r <= box.bottom; r++) {
      if (!box.sheet.formats[r]) out.push(general);
      else out.push(Array.from({ length: width }, (_, c) => pick(box.sheet, r, box.left + c)));
    }
    return out;
  }
  for (let r = box.top; r <= box.bottom; r++) {
    const row: T[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(pick(box.sheet, r, c));
    out.push(row);
  }
  return out;
}

/** Bounding box of the non-blank cells of a sheet (constants and formulas), or null for an empty sheet. */
export function usedBox(sheet: FakeSheet): Box | null {
  let top = -1;
  let bottom = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  const take = (r: number, c: number): void => {
    top = top < 0 ? r : Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  };
  sheet.values.forEach((row, r) => {
    if (!row) return;
    row.forEach((v, c) => {
      if (v === "" || v === undefined) return;
      take(r, c);
    });
  });
  sheet.formulas.forEach((row, r) =>
    row?.forEach((f, c) => {
      if (typeof f === "string") take(r, c);
    })
  );
  return top < 0 ? null : { sheet, top, left, bottom, right };
}

export function intersect(a: Box, b: Box): Box | null {
  if (a.sheet !== b.sheet) return null;
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { sheet: a.sheet, top, left, bottom, right } : null;
}

export function boxCells(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}
