/**
 * A small recording fake of Excel.run / RequestContext / context.sync for the collections office-addin-mock
 * lacks (worksheets, tables, charts, settings). Like Office.js it is deferred: property sets and method
 * calls queue operations that run at `context.sync()`; properties must be loaded (and synced) before they
 * are read. Each sync is recorded with the operations it carried and the JSON bytes of its request (data
 * written) and response (data loaded). Like Excel on the web it refuses a sync whose request or response
 * exceeds `payloadCap` bytes, and a load of more than `cellCap` cells. Faults can be injected by operation name.
 */
import {
  formatRangeAddress,
  MAX_COLS,
  MAX_ROWS,
  parseRangeAddress,
} from "../../../../src/core/grid";
import type { CellValue } from "../../../../src/core/grid/types";
import {
  boxCells,
  boxGrid,
  cellFormat,
  cellFormula,
  cellValue,
  intersect,
  newModel,
  newSheet,
  usedBox,
  type Box,
  type FakeChart,
  type FakeSeries,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbookModel,
} from "./model";
import { evaluateSheets, hasFormulas } from "./evaluate";
import { shiftRows } from "./shift";
import { parseTyped } from "./typed";
import { renameStructured, rewriteSheetRefs, rewriteStructured, structuredBox } from "./refs";

/** Every formula of the workbook through `f` (Excel rewrites references when sheets and tables change). */
function rewriteFormulas(model: FakeWorkbookModel, f: (formula: string) => string): void {
  for (const sheet of model.sheets)
    sheet.formulas.forEach((row) =>
      row?.forEach((g, c) => {
        if (typeof g === "string") row[c] = f(g);
      })
    );
}

/** Header texts of a table, read off its header row. */
export function tableHeaders(t: FakeTable): string[] {
  const out: string[] = [];
  for (let c = t.range.left; c <= t.range.right; c++)
    out.push(String(cellValue(t.sheet, t.range.top, c)));
  return out;
}

export interface SyncRecord {
  ops: string[];
  requestBytes: number;
  responseBytes: number;
  /** Error code when the sync failed. */
  failed?: string;
}

interface Op {
  name: string;
  requestBytes: number;
  /** Applies the operation; returns a commit step for loads (run only when the response fits the cap). */
  run(): { responseBytes: number; commit(): void } | void;
}

interface Fault {
  match: RegExp;
  code: string;
  remaining: number;
  /** Matching operations let through before the fault strikes. */
  skip: number;
}

export class FakeError extends Error {
  constructor(
    public code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/**
 * CPU milliseconds the fake itself has spent (applying operations at sync, measuring request and response bytes,
 * evaluating formulas), so a benchmark can tell the adapter's cost from the fake's. Nested spans count once.
 */
export const fakeWork = { cpuMs: 0, depth: 0 };

export function asFakeWork<T>(f: () => T): T {
  if (fakeWork.depth > 0) return f();
  fakeWork.depth += 1;
  const before = process.cpuUsage();
  try {
    return f();
  } finally {
    fakeWork.depth -= 1;
    const spent = process.cpuUsage(before);
    fakeWork.cpuMs += (spent.user + spent.system) / 1000;
  }
}

export const jsonBytes = (value: unknown): number =>
  asFakeWork(() => Buffer.byteLength(JSON.stringify(value), "utf8"));

/** Resolve-once reference: proxies bind to their model object at the first sync that needs it. */
class Ref<T> {
  private resolved = false;
  private value: T | null = null;
  constructor(private readonly find: () => T | null) {}
  get(): T | null {
    if (!this.resolved) {
      this.value = this.find();
      this.resolved = true;
    }
    return this.value;
  }
  set(value: T): void {
    this.value = value;
    this.resolved = true;
  }
}

function parseProps(props: unknown): string[] {
  if (typeof props === "string")
    return props
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.map(String);
  if (props && typeof props === "object" && "select" in props)
    return parseProps((props as { select: unknown }).select);
  return [];
}

export class FakeExcel {
  readonly model: FakeWorkbookModel = newModel();
  readonly syncs: SyncRecord[] = [];
  runs = 0;
  payloadCap = 5 * 1024 * 1024;
  cellCap = 5_000_000;
  /** Highest ExcelApi minor version supported (1.x). */
  apiMinor = 17;
  /**
   * Whether loads evaluate formula cells (HyperFormula); when off, a formula cell reads as "" (for measuring
   * the adapter's own cost apart from the evaluation's).
   */
  evaluate = true;
  /** CPU milliseconds spent evaluating formulas so far. */
  evaluationCpuMs = 0;
  private faults: Fault[] = [];

  /** Add a sheet with a grid at A1 (or at `at`). */
  addSheet(
    name: string,
    grid: CellValue[][] = [],
    formats?: string[][],
    at: { row: number; col: number } = { row: 0, col: 0 }
  ): FakeSheet {
    const sheet = newSheet(name);
    this.model.sheets.push(sheet);
    grid.forEach((row, r) => {
      // At column A the rows are shared, not copied (a million-row source stays affordable); the fake never
      // writes to a sheet a test set up unless the test asks it to.
      const target: CellValue[] = at.col === 0 ? row : [];
      if (at.col !== 0) row.forEach((v, c) => (target[at.col + c] = v));
      sheet.values[at.row + r] = target;
      const f = formats?.[r];
      if (f) {
        const ft: string[] = [];
        f.forEach((v, c) => (ft[at.col + c] = v));
        sheet.formats[at.row + r] = ft;
      }
    });
    this.model.activeSheet ??= sheet;
    return sheet;
  }

  /** Add a user's table (headers shown, no style) over a zero-based block of `sheet`. */
  addTable(name: string, sheet: FakeSheet, block: Omit<Box, "sheet">): FakeTable {
    const table: FakeTable = {
      name,
      sheet,
      range: { sheet, ...block },
      style: "",
      showHeaders: true,
    };
    this.model.tables.push(table);
    return table;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.model.sheets.find((s) => s.name === name);
  }

  /** Make the next `times` operations whose name matches fail at sync with `code`, after `skip` of them pass. */
  failWhen(match: RegExp, code = "GeneralException", times = 1, skip = 0): void {
    this.faults.push({ match, code, remaining: times, skip });
  }

  isSetSupported = (name: string, version?: string): boolean => {
    if (name !== "ExcelApi") return false;
    const minor = Number((version ?? "1.1").split(".")[1] ?? "1");
    return minor <= this.apiMinor;
  };

  /**
   * Evaluated sheets, reused by the loads of consecutive syncs that change nothing (a large range read in
   * pieces); dropped at every change and at the start of each run (tests change the model between runs).
   */
  private evaluated: Map<FakeSheet, CellValue[][]> | null = null;
  private running = 0;

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs += 1;
    this.evaluated = null;
    this.running += 1;
    try {
      const ctx = new FakeContext(this);
      // The fake context has the shape the adapter uses, not the whole Excel.RequestContext.
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.pending.length > 0) await ctx.sync(); // Excel.run flushes what is left queued: count it.
      return result;
    } finally {
      this.running -= 1;
      this.evaluated = null;
    }
  };

  /** Total syncs recorded so far. */
  get syncCount(): number {
    return this.syncs.length;
  }

  checkFault(name: string): void {
    const fault = this.faults.find((f) => f.remaining > 0 && f.match.test(name));
    if (fault && fault.skip > 0) fault.skip -= 1;
    else if (fault) {
      fault.remaining -= 1;
      throw new FakeError(fault.code, `${name} failed (${fault.code})`);
    }
  }

  async sync(ctx: FakeContext): Promise<void> {
    const ops = ctx.pending.splice(0);
    if (ops.some((o) => !o.name.endsWith(".load"))) this.evaluated = null;
    const record: SyncRecord = {
      ops: ops.map((o) => o.name),
      requestBytes: ops.reduce((n, o) => n + o.requestBytes, 0),
      responseBytes: 0,
    };
    this.syncs.push(record);
    await Promise.resolve();
    if (record.requestBytes > this.payloadCap) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw new FakeError(record.failed, "The request payload size has exceeded the limit.");
    }
    const commits: (() => void)[] = [];
    for (const op of ops) {
      try {
        this.checkFault(op.name);
        const out = asFakeWork(() => op.run());
        if (out) {
          record.responseBytes += out.responseBytes;
          commits.push(out.commit);
        }
      } catch (e) {
        record.failed = e instanceof FakeError ? e.code : "GeneralException";
        throw e instanceof FakeError ? e : new FakeError("GeneralException", String(e));
      }
    }
    if (record.responseBytes > this.payloadCap) {
      record.failed = "ResponsePayloadSizeLimitExceeded";
      throw new FakeError(record.failed, "The response payload size has exceeded the limit.");
    }
    asFakeWork(() => commits.forEach((c) => c()));
  }

  /** Values of a box as Excel would show them: formula cells evaluated (HyperFormula) when the sheet has any. */
  valuesOf(box: Box): CellValue[][] {
    if (!hasFormulas(box.sheet)) return boxGrid(box, cellValue);
    const all = this.evaluated ?? this.evaluateAll();
    if (this.running > 0) this.evaluated = all;
    const evaluated = all.get(box.sheet) ?? [];
    return boxGrid(box, (s, r, c) =>
      s.formulas[r]?.[c] !== undefined ? (evaluated[r]?.[c] ?? "") : cellValue(s, r, c)
    );
  }

  private evaluateAll(): Map<FakeSheet, CellValue[][]> {
    if (!this.evaluate) return new Map();
    const before = process.cpuUsage();
    try {
      return evaluateSheets(this.model.sheets, {
        tables: this.model.tables,
        names: this.model.names,
      });
    } finally {
      const spent = process.cpuUsage(before);
      this.evaluationCpuMs += (spent.user + spent.system) / 1000;
    }
  }

  boxAddress(box: Box): string {
    return formatRangeAddress({
      sheet: box.sheet.name,
      top: box.top,
      left: box.left,
      bottom: box.bottom,
      right: box.right,
    });
  }
}

export class FakeContext {
  readonly pending: Op[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  readonly runtime: FakeRuntime;
  constructor(readonly x: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        this.queue(
          "application.suspendApiCalculationUntilNextSync",
          0,
          () => void (x.model.calcSuspensions += 1)
        ),
    };
    this.runtime = new FakeRuntime(this);
  }
  queue(name: string, requestBytes: number, run: Op["run"]): void {
    this.pending.push({ name, requestBytes, run });
  }
  sync(): Promise<void> {
    return this.x.sync(this);
  }
}

/** Loaded-property store shared by the proxies. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected need(prop: string): unknown {
    if (!this.loaded.has(prop))
      throw new Error(`PropertyNotLoaded: ${prop} was read before load and sync`);
    return this.loaded.get(prop);
  }
}

class FakeRuntime extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }
  load(props: unknown): void {
    const list = parseProps(props);
    this.ctx.queue("runtime.load", 0, () => ({
      responseBytes: 16,
      commit: () =>
        list.forEach(
          (p) => p === "enableEvents" && this.loaded.set(p, this.ctx.x.model.enableEvents)
        ),
    }));
  }
  get enableEvents(): boolean {
    return this.need("enableEvents") as boolean;
  }
  set enableEvents(v: boolean) {
    this.ctx.queue("runtime.enableEvents", 8, () => {
      this.ctx.x.model.enableEvents = v;
      this.ctx.x.model.enableEventsHistory.push(v);
    });
  }
}

/** A recording bag: property sets and method calls on nested paths (chart.title.text = …, format.autofitColumns()). */
function bag(
  ctx: FakeContext,
  prefix: string,
  target: () => Record<string, unknown> | null,
  calls?: () => string[]
): unknown {
  const make = (path: string[]): unknown =>
    new Proxy(function () {}, {
      get(_t, key) {
        if (typeof key === "symbol") return undefined;
        if (key === "load") return () => undefined;
        return make([...path, key]);
      },
      set(_t, key, value) {
        const full = [...path, String(key)];
        ctx.queue(`${prefix}.${full.join(".")}`, jsonBytes(value ?? null), () => {
          let obj = target();
          if (!obj) throw new FakeError("InvalidReference", `${prefix} does not exist`);
          for (const k of full.slice(0, -1)) obj = (obj[k] ??= {}) as Record<string, unknown>;
          obj[full[full.length - 1] ?? ""] = value;
        });
        return true;
      },
      apply(_t, _this, args) {
        ctx.queue(
          `${prefix}.${path.join(".")}()`,
          jsonBytes(args),
          () => void calls?.().push(`${path.join(".")}(${JSON.stringify(args)})`)
        );
        return make([...path, `(${args.map(String).join(",")})`]);
      },
    });
  return make([]);
}

export class FakeRange extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    readonly ref: Ref<Box>,
    private readonly nullable = false
  ) {
    super();
  }
  box(): Box {
    const b = this.ref.get();
    if (!b)
      throw new FakeError(
        this.nullable ? "InvalidReference" : "ItemNotFound",
        "The range does not exist"
      );
    return b;
  }
  private derive(f: (b: Box) => Box | null, nullable = false): FakeRange {
    return new FakeRange(
      this.ctx,
      new Ref(() => {
        const b = this.ref.get();
        return b ? f(b) : null;
      }),
      nullable
    );
  }
  load(props: unknown): this {
    const list = parseProps(props);
    this.ctx.queue("range.load", 0, () => {
      const b = this.ref.get();
      if (!b && !this.nullable) throw new FakeError("ItemNotFound", "The range does not exist");
      const staged = new Map<string, unknown>([["isNullObject", !b]]);
      let responseBytes = 0;
      for (const p of list) {
        if (!b) continue;
        if (
          (p === "values" || p === "numberFormat" || p === "formulas") &&
          boxCells(b) > this.ctx.x.cellCap
        ) {
          throw new FakeError(
            "RangeExceedsLimit",
            `Loading ${boxCells(b)} cells exceeds the limit`
          );
        }
        const v =
          p === "address"
            ? this.ctx.x.boxAddress(b)
            : p === "rowCount"
              ? b.bottom - b.top + 1
              : p === "columnCount"
                ? b.right - b.left + 1
                : p === "values"
                  ? this.ctx.x.valuesOf(b)
                  : p === "numberFormat"
                    ? boxGrid(b, cellFormat)
                    : p === "formulas"
                      ? boxGrid(b, cellFormula)
                      : undefined;
        staged.set(p, v);
        responseBytes += jsonBytes(v ?? null);
      }
      return { responseBytes, commit: () => staged.forEach((v, k) => this.loaded.set(k, v)) };
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.need("isNullObject") as boolean;
  }
  get address(): string {
    return this.need("address") as string;
  }
  get rowCount(): number {
    return this.need("rowCount") as number;
  }
  get columnCount(): number {
    return this.need("columnCount") as number;
  }
  get values(): CellValue[][] {
    return this.need("values") as CellValue[][];
  }
  get numberFormat(): string[][] {
    return this.need("numberFormat") as string[][];
  }
  get formulas(): CellValue[][] {
    return this.need("formulas") as CellValue[][];
  }
  private write(
    name: string,
    data: unknown[][],
    put: (sheet: FakeSheet, r: number, c: number, v: unknown) => void
  ): void {
    this.ctx.queue(`range.${name}`, jsonBytes(data), () => {
      const b = this.box();
      const rows = b.bottom - b.top + 1;
      const cols = b.right - b.left + 1;
      if (data.length !== rows || data.some((row) => row.length !== cols)) {
        throw new FakeError(
          "InvalidArgument",
          `range.${name}: ${data.length}×${data[0]?.length ?? 0} array for a ${rows}×${cols} range`
        );
      }
      data.forEach((row, r) => row.forEach((v, c) => put(b.sheet, b.top + r, b.left + c, v)));
    });
  }
  /** Like Excel, a string written through `values` or `formulas` is parsed as if typed (see typed.ts). */
  private static put(s: FakeSheet, r: number, c: number, v: unknown): void {
    const typed =
      typeof v === "string" && v !== ""
        ? parseTyped(v, cellFormat(s, r, c))
        : { value: v as CellValue };
    if ("formula" in typed) {
      (s.formulas[r] ??= [])[c] = typed.formula;
      (s.values[r] ??= [])[c] = "";
    } else {
      (s.values[r] ??= [])[c] = typed.value;
      const f = s.formulas[r];
      if (f) delete f[c];
    }
  }
  set values(data: CellValue[][]) {
    this.write("values", data, FakeRange.put);
  }
  set formulas(data: CellValue[][]) {
    this.write("formulas", data, FakeRange.put);
  }
  /** Like Excel, a null in the array leaves that cell's format as it is. */
  set numberFormat(data: (string | null)[][]) {
    this.write("numberFormat", data, (s, r, c, v) => {
      if (v !== null) (s.formats[r] ??= [])[c] = String(v);
    });
  }
  get format(): unknown {
    return bag(
      this.ctx,
      "range.format",
      () => ({}),
      () => this.box().sheet.calls
    );
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, new Ref(() => this.ref.get()?.sheet ?? null));
  }
  /** The bounding box of the non-blank cells inside this range (Range.getUsedRangeOrNullObject). */
  getUsedRangeOrNullObject(): FakeRange {
    return this.derive((b) => {
      const used = usedBox(b.sheet);
      const within = used ? intersect(b, used) : null;
      if (!within) return null;
      let top = -1;
      let bottom = -1;
      let left = Number.MAX_SAFE_INTEGER;
      let right = -1;
      for (let r = within.top; r <= within.bottom; r++) {
        const row = b.sheet.values[r];
        if (!row) continue;
        for (let c = within.left; c <= Math.min(within.right, row.length - 1); c++) {
          const v = row[c];
          if (v === "" || v === undefined) continue;
          if (top < 0) top = r;
          bottom = r;
          if (c < left) left = c;
          if (c > right) right = c;
        }
      }
      return top < 0 ? null : { sheet: b.sheet, top, left, bottom, right };
    }, true);
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return this.derive((b) => {
      const o = other.ref.get();
      return o ? intersect(b, o) : null;
    }, true);
  }
  getIntersection(other: FakeRange): FakeRange {
    return this.derive((b) => {
      const o = other.ref.get();
      return o ? intersect(b, o) : null;
    });
  }
  getCell(row: number, col: number): FakeRange {
    return this.derive((b) => ({
      sheet: b.sheet,
      top: b.top + row,
      left: b.left + col,
      bottom: b.top + row,
      right: b.left + col,
    }));
  }
  getResizedRange(dRows: number, dCols: number): FakeRange {
    return this.derive((b) => {
      const bottom = b.bottom + dRows;
      const right = b.right + dCols;
      if (bottom < b.top || right < b.left || bottom >= MAX_ROWS || right >= MAX_COLS)
        throw new FakeError("InvalidArgument", "resize beyond the sheet");
      return { ...b, bottom, right };
    });
  }
  getRow(i: number): FakeRange {
    return this.derive((b) => ({ ...b, top: b.top + i, bottom: b.top + i }));
  }
  select(): void {
    this.ctx.queue("range.select", 0, () => {
      const b = this.box();
      this.ctx.x.model.selection = b;
      this.ctx.x.model.activeSheet = b.sheet;
      this.ctx.x.model.selectCalls.push(this.ctx.x.boxAddress(b));
    });
  }
  /** Whole rows only (what the adapter uses): cells below move down, references follow. */
  insert(shift: string): void {
    this.ctx.queue("range.insert", 0, () => {
      const b = this.wholeRows(shift, "Down");
      shiftRows(this.ctx.x.model, b.sheet, b.top, b.bottom - b.top + 1);
    });
  }
  /** Whole rows only: cells below move up, references into the rows become #REF!. */
  delete(shift: string): void {
    this.ctx.queue("range.delete", 0, () => {
      const b = this.wholeRows(shift, "Up");
      shiftRows(this.ctx.x.model, b.sheet, b.top, -(b.bottom - b.top + 1));
    });
  }
  private wholeRows(shift: string, expected: string): Box {
    const b = this.box();
    if (b.left !== 0 || b.right !== MAX_COLS - 1 || shift !== expected)
      throw new FakeError("InvalidArgument", `The fake shifts whole rows ${expected} only`);
    return b;
  }
  clear(): void {
    this.ctx.queue("range.clear", 0, () => {
      const b = this.box();
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) {
          const v = b.sheet.values[r];
          if (v) delete v[c];
          const f = b.sheet.formats[r];
          if (f) delete f[c];
          const g = b.sheet.formulas[r];
          if (g) delete g[c];
        }
    });
  }
}

function addressOn(sheet: FakeSheet, address: string): Box {
  const parsed = parseRangeAddress(address);
  if (!parsed) throw new FakeError("InvalidArgument", `Bad address ${address}`);
  return { sheet, top: parsed.top, left: parsed.left, bottom: parsed.bottom, right: parsed.right };
}

/** A proxy of one named workbook object (a sheet, a table), possibly a null object (`…OrNullObject`). */
class ObjectProxy<T extends { name: string }> extends Loadable {
  constructor(
    protected readonly ctx: FakeContext,
    readonly ref: Ref<T>,
    private readonly kind: "worksheet" | "table",
    private readonly nullable: boolean,
    /** Every object of this kind in the workbook: a new name must differ from theirs, ignoring case. */
    private readonly siblings: () => T[]
  ) {
    super();
  }
  protected target(): T {
    const t = this.ref.get();
    if (!t) throw new FakeError("ItemNotFound", `The ${this.kind} does not exist`);
    return t;
  }
  /** Queue a load of `props`; `property` reads one of them off the object. */
  protected queueLoad(props: unknown, property: (t: T, prop: string) => unknown): this {
    const list = parseProps(props);
    this.ctx.queue(`${this.kind}.load`, 0, () => {
      const t = this.ref.get();
      if (!t && !this.nullable)
        throw new FakeError("ItemNotFound", `The ${this.kind} does not exist`);
      return {
        responseBytes: 32,
        commit: () => {
          this.loaded.set("isNullObject", !t);
          for (const p of list) if (t) this.loaded.set(p, property(t, p));
        },
      };
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.need("isNullObject") as boolean;
  }
  get name(): string {
    return this.need("name") as string;
  }
  set name(v: string) {
    this.ctx.queue(`${this.kind}.name`, jsonBytes(v), () => {
      const t = this.target();
      if (this.siblings().some((o) => o !== t && o.name.toLowerCase() === v.toLowerCase())) {
        const noun = this.kind === "worksheet" ? "sheet" : "table";
        throw new FakeError("ItemAlreadyExists", `A ${noun} named ${v} already exists`);
      }
      if (this.kind === "worksheet") checkSheetName(v);
      else checkTableName(this.ctx.x.model, v);
      const before = t.name;
      t.name = v;
      // Excel follows a renamed sheet or table in every formula that points at it.
      rewriteFormulas(this.ctx.x.model, (g) =>
        this.kind === "worksheet" ? rewriteSheetRefs(g, before, v) : renameStructured(g, before, v)
      );
    });
  }
}

export class FakeWorksheet extends ObjectProxy<FakeSheet> {
  constructor(ctx: FakeContext, ref: Ref<FakeSheet>, nullable = false) {
    super(ctx, ref, "worksheet", nullable, () => ctx.x.model.sheets);
  }
  private sheet(): FakeSheet {
    return this.target();
  }
  load(props: unknown): this {
    return this.queueLoad(props, (s, p) =>
      p === "name" ? s.name : p === "visibility" ? s.visibility : undefined
    );
  }
  set visibility(v: string) {
    this.ctx.queue("worksheet.visibility", 8, () => void (this.sheet().visibility = v));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      new Ref(() => addressOn(this.sheet(), address ?? "A1:XFD1048576"))
    );
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, new Ref(() => usedBox(this.sheet())), true);
  }
  getUsedRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      new Ref(
        () => usedBox(this.sheet()) ?? { sheet: this.sheet(), top: 0, left: 0, bottom: 0, right: 0 }
      )
    );
  }
  activate(): void {
    this.ctx.queue(
      "worksheet.activate",
      0,
      () => void (this.ctx.x.model.activeSheet = this.sheet())
    );
  }
  delete(): void {
    this.ctx.queue("worksheet.delete", 0, () => {
      const s = this.sheet();
      const m = this.ctx.x.model;
      m.sheets = m.sheets.filter((o) => o !== s);
      const gone = m.tables.filter((t) => t.sheet === s);
      m.tables = m.tables.filter((t) => t.sheet !== s);
      // Excel turns every reference to the deleted sheet (and to its tables) into #REF!, for good.
      rewriteFormulas(m, (g) =>
        gone.reduce((f, t) => rewriteStructured(f, t.name, null), rewriteSheetRefs(g, s.name, null))
      );
      if (m.activeSheet === s) m.activeSheet = m.sheets[0] ?? null;
    });
  }
  get tables(): { add(address: string | FakeRange, hasHeaders: boolean): FakeTableProxy } {
    return {
      add: (address, hasHeaders) => {
        const table = new FakeTableProxy(this.ctx, new Ref<FakeTable>(() => null));
        this.ctx.queue("tables.add", jsonBytes(String(address)), () => {
          const s = this.sheet();
          const box =
            typeof address === "string"
              ? addressOn(
                  s,
                  address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address
                )
              : address.box();
          const m = this.ctx.x.model;
          if (m.tables.some((t) => t.sheet === s && intersect(t.range, box)))
            throw new FakeError("InvalidOperation", "Tables cannot overlap");
          let n = m.tables.length + 1;
          while (m.tables.some((t) => t.name === `Table${n}`)) n++;
          const t: FakeTable = {
            name: `Table${n}`,
            sheet: s,
            range: box,
            style: "TableStyleMedium2",
            showHeaders: hasHeaders,
          };
          m.tables.push(t);
          table.ref.set(t);
        });
        return table;
      },
    };
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, () => this.sheet());
  }
}

export class FakeTableProxy extends ObjectProxy<FakeTable> {
  constructor(ctx: FakeContext, ref: Ref<FakeTable>, nullable = false) {
    super(ctx, ref, "table", nullable, () => ctx.x.model.tables);
  }
  private table(): FakeTable {
    return this.target();
  }
  load(props: unknown): this {
    return this.queueLoad(props, (t, p) =>
      p === "name" ? t.name : p === "style" ? t.style : undefined
    );
  }
  get worksheet(): { name: string } {
    return this.need("worksheet") as { name: string };
  }
  get style(): string {
    return this.need("style") as string;
  }
  set style(v: string) {
    this.ctx.queue("table.style", jsonBytes(v), () => void (this.table().style = v));
  }
  set showBandedRows(_v: boolean) {
    this.ctx.queue("table.showBandedRows", 8, () => void this.table());
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, new Ref(() => this.ref.get()?.range ?? null));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      new Ref(() => {
        const t = this.ref.get();
        return t ? { ...t.range, top: t.range.top + 1 } : null;
      })
    );
  }
  delete(): void {
    this.ctx.queue("table.delete", 0, () => {
      const t = this.table();
      const m = this.ctx.x.model;
      m.tables = m.tables.filter((o) => o !== t);
      rewriteFormulas(m, (g) => rewriteStructured(g, t.name, null));
    });
  }
  /** ExcelApi 1.2: the table becomes plain cells; Excel turns its structured references into cell references. */
  convertToRange(): FakeRange {
    const ref = new Ref<Box>(() => null);
    this.ctx.queue("table.convertToRange", 0, () => {
      const t = this.table();
      const m = this.ctx.x.model;
      const headers = tableHeaders(t);
      rewriteFormulas(m, (g) =>
        rewriteStructured(g, t.name, (inner) => structuredBox({ range: t.range, headers }, inner))
      );
      m.tables = m.tables.filter((o) => o !== t);
      ref.set(t.range);
    });
    return new FakeRange(this.ctx, ref);
  }
  /**
   * ExcelApi 1.13. Like Excel: the new range must overlap the table and keep its header row, and must not
   * overlap another table.
   */
  resize(address: string): void {
    this.ctx.queue("table.resize", jsonBytes(address), () => {
      if (this.ctx.x.apiMinor < 13)
        throw new FakeError("ApiNotFound", "table.resize needs ExcelApi 1.13");
      const t = this.table();
      const a = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
      const box = addressOn(t.sheet, a);
      if (box.top !== t.range.top || !intersect(box, t.range))
        throw new FakeError("InvalidArgument", "The new table range must keep the header row");
      if (this.ctx.x.model.tables.some((o) => o !== t && intersect(o.range, box)))
        throw new FakeError("InvalidOperation", "Tables cannot overlap");
      t.range = box;
    });
  }
}

export class FakeSeriesProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: Ref<FakeSeries>
  ) {}
  private series(): FakeSeries {
    const s = this.ref.get();
    if (!s) throw new FakeError("ItemNotFound", "The series does not exist");
    return s;
  }
  setValues(range: FakeRange): void {
    this.ctx.queue("series.setValues", 0, () => void (this.series().values = range.box()));
  }
  setXAxisValues(range: FakeRange): void {
    this.ctx.queue("series.setXAxisValues", 0, () => void (this.series().xValues = range.box()));
  }
  set name(v: string) {
    this.ctx.queue("series.name", jsonBytes(v), () => void (this.series().name = v));
  }
  set axisGroup(v: string) {
    this.ctx.queue("series.axisGroup", 8, () => void (this.series().props.axisGroup = v));
  }
  set chartType(v: string) {
    this.ctx.queue("series.chartType", 8, () => void (this.series().props.chartType = v));
  }
  get format(): unknown {
    return bag(this.ctx, "series.format", () => this.ref.get()?.props ?? null);
  }
}

export class FakeChartProxy extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    readonly ref: Ref<FakeChart>
  ) {
    super();
  }
  private chart(): FakeChart {
    const c = this.ref.get();
    if (!c) throw new FakeError("ItemNotFound", "The chart does not exist");
    return c;
  }
  set name(v: string) {
    this.ctx.queue("chart.name", jsonBytes(v), () => {
      const c = this.chart();
      if (c.sheet.charts.some((o) => o !== c && o.name === v))
        throw new FakeError("ItemAlreadyExists", `A chart named ${v} already exists`);
      c.name = v;
    });
  }
  get name(): string {
    return this.need("name") as string;
  }
  get title(): unknown {
    return bag(this.ctx, "chart.title", () => this.sub("title"));
  }
  get axes(): unknown {
    return bag(this.ctx, "chart.axes", () => this.sub("axes"));
  }
  get legend(): unknown {
    return bag(this.ctx, "chart.legend", () => this.sub("legend"));
  }
  get dataLabels(): unknown {
    return bag(this.ctx, "chart.dataLabels", () => this.sub("dataLabels"));
  }
  set height(v: number) {
    this.ctx.queue("chart.height", 8, () => void (this.chart().props.height = v));
  }
  set width(v: number) {
    this.ctx.queue("chart.width", 8, () => void (this.chart().props.width = v));
  }
  private sub(key: string): Record<string, unknown> | null {
    const c = this.ref.get();
    if (!c) return null;
    return (c.props[key] ??= {}) as Record<string, unknown>;
  }
  get series(): { add(name?: string): FakeSeriesProxy; getItemAt(i: number): FakeSeriesProxy } {
    return {
      add: (name) => {
        const ref = new Ref<FakeSeries>(() => null);
        this.ctx.queue("chart.series.add", jsonBytes(name ?? ""), () => {
          const s: FakeSeries = { name: name ?? "", props: {} };
          this.chart().series.push(s);
          ref.set(s);
        });
        return new FakeSeriesProxy(this.ctx, ref);
      },
      getItemAt: (i) =>
        new FakeSeriesProxy(this.ctx, new Ref(() => this.ref.get()?.series[i] ?? null)),
    };
  }
  setPosition(start: string | FakeRange, end?: string | FakeRange): void {
    this.ctx.queue("chart.setPosition", 0, () => {
      const c = this.chart();
      const text = (p: string | FakeRange): string =>
        typeof p === "string" ? p : this.ctx.x.boxAddress(p.box());
      c.position =
        end === undefined ? { start: text(start) } : { start: text(start), end: text(end) };
    });
  }
  delete(): void {
    this.ctx.queue("chart.delete", 0, () => {
      const c = this.chart();
      c.sheet.charts = c.sheet.charts.filter((o) => o !== c);
    });
  }
}

class FakeChartCollection {
  private list: FakeChartProxy[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet
  ) {}
  load(_props?: unknown): this {
    this.ctx.queue("charts.load", 0, () => {
      const charts = [...this.sheet().charts];
      return {
        responseBytes: jsonBytes(charts.map((c) => c.name)),
        commit: () => {
          this.list = charts.map((c) => {
            const p = new FakeChartProxy(this.ctx, new Ref(() => c));
            (p as unknown as { loaded: Map<string, unknown> }).loaded.set("name", c.name);
            return p;
          });
        },
      };
    });
    return this;
  }
  get items(): FakeChartProxy[] {
    if (!this.list) throw new Error("PropertyNotLoaded: charts.items");
    return this.list;
  }
  getItem(name: string): FakeChartProxy {
    return new FakeChartProxy(
      this.ctx,
      new Ref(() => this.sheet().charts.find((c) => c.name === name) ?? null)
    );
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    const ref = new Ref<FakeChart>(() => null);
    this.ctx.queue("charts.add", 16, () => {
      const s = this.sheet();
      const box = source.box();
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && cols >= rows);
      const count = byRows ? rows : cols;
      const series: FakeSeries[] = Array.from({ length: count }, (_, i) => ({
        name: "",
        values: byRows
          ? { ...box, top: box.top + i, bottom: box.top + i }
          : { ...box, left: box.left + i, right: box.left + i },
        props: {},
      }));
      const chart: FakeChart = {
        name: `Chart ${s.charts.length + 1}`,
        type,
        sheet: s,
        source: box,
        seriesBy,
        props: {},
        series,
      };
      s.charts.push(chart);
      ref.set(chart);
    });
    return new FakeChartProxy(this.ctx, ref);
  }
}

class FakeWorksheetCollection {
  private list: FakeWorksheet[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  private byName(name: string): () => FakeSheet | null {
    return () =>
      this.ctx.x.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, new Ref(this.byName(name)));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, new Ref(this.byName(name)), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, new Ref(() => this.ctx.x.model.activeSheet));
  }
  add(name?: string): FakeWorksheet {
    const ref = new Ref<FakeSheet>(() => null);
    this.ctx.queue("worksheets.add", jsonBytes(name ?? ""), () => {
      const m = this.ctx.x.model;
      let n = name;
      if (n === undefined) {
        let i = m.sheets.length + 1;
        while (m.sheets.some((s) => s.name === `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      const wanted = n;
      if (m.sheets.some((s) => s.name.toLowerCase() === wanted.toLowerCase()))
        throw new FakeError("ItemAlreadyExists", `A sheet named ${wanted} already exists`);
      checkSheetName(wanted);
      const s = newSheet(wanted);
      m.sheets.push(s);
      ref.set(s);
    });
    return new FakeWorksheet(this.ctx, ref);
  }
  load(_props?: unknown): this {
    this.ctx.queue("worksheets.load", 0, () => {
      const sheets = [...this.ctx.x.model.sheets];
      return {
        responseBytes: jsonBytes(sheets.map((s) => s.name)),
        commit: () => {
          this.list = sheets.map((s) => {
            const ws = new FakeWorksheet(this.ctx, new Ref(() => s));
            (ws as unknown as { loaded: Map<string, unknown> }).loaded.set("name", s.name);
            (ws as unknown as { loaded: Map<string, unknown> }).loaded.set("isNullObject", false);
            return ws;
          });
        },
      };
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.list) throw new Error("PropertyNotLoaded: worksheets.items");
    return this.list;
  }
}

class FakeTableCollection {
  private list: FakeTableProxy[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  private byName(name: string): () => FakeTable | null {
    return () =>
      this.ctx.x.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, new Ref(this.byName(name)));
  }
  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, new Ref(this.byName(name)), true);
  }
  load(_props?: unknown): this {
    this.ctx.queue("tables.load", 0, () => {
      const tables = [...this.ctx.x.model.tables];
      return {
        responseBytes: jsonBytes(tables.map((t) => t.name)),
        commit: () => {
          this.list = tables.map((t) => {
            const p = new FakeTableProxy(this.ctx, new Ref(() => t));
            const loaded = (p as unknown as { loaded: Map<string, unknown> }).loaded;
            loaded.set("name", t.name);
            loaded.set("worksheet", { name: t.sheet.name });
            loaded.set("isNullObject", false);
            return p;
          });
        },
      };
    });
    return this;
  }
  get items(): FakeTableProxy[] {
    if (!this.list) throw new Error("PropertyNotLoaded: tables.items");
    return this.list;
  }
}

class FakeSetting extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string
  ) {
    super();
  }
  load(_props?: unknown): this {
    this.ctx.queue("settings.load", 0, () => {
      const has = this.ctx.x.model.settings.has(this.key);
      const value = this.ctx.x.model.settings.get(this.key);
      return {
        responseBytes: jsonBytes(value ?? null),
        commit: () => {
          this.loaded.set("isNullObject", !has);
          this.loaded.set("value", value);
        },
      };
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.need("isNullObject") as boolean;
  }
  get value(): unknown {
    return this.need("value");
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
  }
  get names(): FakeNames {
    return new FakeNames(this.ctx);
  }
  get settings(): {
    add(key: string, value: unknown): void;
    getItemOrNullObject(key: string): FakeSetting;
  } {
    return {
      add: (key, value) =>
        this.ctx.queue(
          "settings.add",
          jsonBytes(value ?? null),
          () => void this.ctx.x.model.settings.set(key, value)
        ),
      getItemOrNullObject: (key) => new FakeSetting(this.ctx, key),
    };
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, new Ref(() => this.ctx.x.model.selection));
  }
}

/** Excel refuses a sheet name over 31 characters, with : \\ / ? * [ ], an apostrophe at either end, or "History". */
function checkSheetName(name: string): void {
  if (
    name === "" ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === "history"
  )
    throw new FakeError("InvalidArgument", `"${name}" is not a valid sheet name`);
}

/** A table name follows the defined-name rules and may not equal a defined name (one namespace). */
function checkTableName(model: FakeExcel["model"], name: string): void {
  if (!validDefinedName(name))
    throw new FakeError("InvalidArgument", `"${name}" is not a valid table name`);
  if (model.names.keyOf(name) !== null)
    throw new FakeError("ItemAlreadyExists", `A name ${name} already exists`);
}

/** Excel's rules for a defined name: letter, underscore or backslash first; letters, digits, "_" "." "\\" after. */
export function validDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) return false; // looks like a cell
  return !/^[Rr]\d*[Cc]\d*$/.test(name);
}

class FakeNamedItem extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private readonly nameOf: string,
    private readonly nullable: boolean
  ) {
    super();
  }
  private key(): string | null {
    const m = this.ctx.x.model;
    return m.names.keyOf(this.nameOf);
  }
  load(_props?: unknown): this {
    this.ctx.queue("name.load", 0, () => {
      const key = this.key();
      if (!key && !this.nullable) throw new FakeError("ItemNotFound", `No name ${this.nameOf}`);
      const box = key ? this.ctx.x.model.names.get(key) : undefined;
      return {
        responseBytes: 32,
        commit: () => {
          this.loaded.set("isNullObject", !key);
          if (key) this.loaded.set("name", key);
          if (box) this.loaded.set("value", nameValue(this.ctx.x, box));
        },
      };
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.need("isNullObject") as boolean;
  }
  get name(): string {
    return this.need("name") as string;
  }
  get value(): string {
    return this.need("value") as string;
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      new Ref(() => {
        const key = this.key();
        const box = key ? this.ctx.x.model.names.get(key) : undefined;
        if (!box) throw new FakeError("ItemNotFound", `No name ${this.nameOf}`);
        return box;
      })
    );
  }
  delete(): void {
    this.ctx.queue("name.delete", 0, () => {
      const key = this.key();
      if (!key) throw new FakeError("ItemNotFound", `No name ${this.nameOf}`);
      this.ctx.x.model.names.delete(key);
    });
  }
}

/** A named range's value as Excel reports it: its sheet-qualified address, or #REF! once its sheet is gone. */
function nameValue(x: FakeExcel, box: Box): string {
  return x.model.sheets.includes(box.sheet) ? x.boxAddress(box) : "#REF!";
}

class FakeNames {
  private list: { name: string; value: string }[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  load(_props?: unknown): this {
    this.ctx.queue("names.load", 0, () => {
      const items = [...this.ctx.x.model.names.entries()].map(([name, box]) => ({
        name,
        value: nameValue(this.ctx.x, box),
      }));
      return { responseBytes: jsonBytes(items), commit: () => void (this.list = items) };
    });
    return this;
  }
  get items(): { name: string; value: string }[] {
    if (!this.list) throw new Error("PropertyNotLoaded: names.items");
    return this.list;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name, true);
  }
  /** ExcelApi 1.4. A reference is a range or a formula text of one block ("='KPI Summary'!$M$19"). */
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.ctx.queue("names.add", jsonBytes(name), () => {
      const m = this.ctx.x.model;
      if (!validDefinedName(name))
        throw new FakeError("InvalidArgument", `"${name}" is not a valid name`);
      const lower = name.toLowerCase();
      if (m.names.keyOf(name) !== null || m.tables.some((t) => t.name.toLowerCase() === lower))
        throw new FakeError("ItemAlreadyExists", `A name ${name} already exists`);
      let box: Box;
      if (typeof reference !== "string") box = reference.box();
      else {
        const text = reference.replace(/^=/, "");
        const bang = text.lastIndexOf("!");
        const sheetPart = text
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
        const sheet = m.sheets.find((s) => s.name.toLowerCase() === sheetPart.toLowerCase());
        if (bang < 0 || !sheet)
          throw new FakeError("InvalidArgument", `Bad reference ${reference}`);
        box = addressOn(sheet, text.slice(bang + 1).replace(/\$/g, ""));
      }
      m.names.set(name, box);
    });
    return new FakeNamedItem(this.ctx, name, false);
  }
}
