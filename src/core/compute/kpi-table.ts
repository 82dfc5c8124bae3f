/**
 * The per-period KPIs of one computation, stored column by column (typed arrays), with one small view object
 * per KPI. A million KPIs then cost a few typed arrays and a million two-field objects rather than a million
 * objects of ten fields and their boxed numbers. Each view reads its fields from the table; `display` and
 * `formula` are rendered on first read, the formula from the KPI's expression tree built then.
 */
import type { Expr } from "./expr";
import { toFormula } from "./expr";
import { display, FORMAT_PERCENT, FORMAT_TWO_DECIMALS } from "./format";
import { plainKpi, type ExprSource } from "./kpi";
import type { KpiKind, KpiValue } from "./types";

/** What the KPIs of one metric share. */
export interface KpiOwner {
  metric: string;
  label: string;
  /** Number format of its `value` KPIs. */
  valueFormat: string;
  source: ExprSource;
}

/** Codes of the per-period KPI kinds in the table. */
export const KIND = {
  value: 0,
  yoy: 1,
  qoq: 2,
  margin: 3,
  share: 4,
  share_change: 5,
  usd: 6,
} as const;
export type KindCode = (typeof KIND)[keyof typeof KIND];

const KINDS: readonly KpiKind[] = ["value", "yoy", "qoq", "margin", "share", "share_change", "usd"];
const VALUE: number = KIND.value;
const USD: number = KIND.usd;
const NONE = -1;

function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export class KpiTable {
  size = 0;
  private owner: Int32Array;
  private entry: Int32Array;
  private kind: Uint8Array;
  private value: Float64Array;
  private note: Int32Array;
  private base: Int32Array;
  private readonly owners: KpiOwner[] = [];
  private readonly notes: string[] = [];
  private readonly noteCode = new Map<string, number>();
  private displays: Map<number, string> | null = null;
  private formulas: Map<number, string | undefined> | null = null;

  /**
   * @param labels period label of each timeline entry
   * @param capacity KPIs expected (the table grows beyond it when needed)
   */
  constructor(
    private readonly labels: readonly string[],
    capacity: number
  ) {
    const n = Math.min(1 << 21, Math.max(16, Math.floor(capacity)));
    this.owner = new Int32Array(n);
    this.entry = new Int32Array(n);
    this.kind = new Uint8Array(n);
    this.value = new Float64Array(n);
    this.note = new Int32Array(n);
    this.base = new Int32Array(n);
  }

  addOwner(owner: KpiOwner): number {
    this.owners.push(owner);
    return this.owners.length - 1;
  }

  /** One KPI: `value` NaN when not meaningful, `base` the entry compared with (−1 for none). */
  add(
    owner: number,
    entry: number,
    kind: KindCode,
    value: number,
    base: number,
    note: string | undefined
  ): number {
    const i = this.size;
    if (i === this.owner.length) this.grow();
    this.owner[i] = owner;
    this.entry[i] = entry;
    this.kind[i] = kind;
    this.value[i] = value;
    this.base[i] = base;
    this.note[i] = note === undefined ? NONE : this.codeOf(note);
    this.size = i + 1;
    return i;
  }

  private codeOf(note: string): number {
    let code = this.noteCode.get(note);
    if (code === undefined) {
      code = this.notes.length;
      this.notes.push(note);
      this.noteCode.set(note, code);
    }
    return code;
  }

  private grow(): void {
    const size = this.owner.length * 2;
    this.owner = grown(this.owner, size);
    this.entry = grown(this.entry, size);
    this.kind = grown(this.kind, size);
    this.value = grown(this.value, size);
    this.note = grown(this.note, size);
    this.base = grown(this.base, size);
  }

  private ownerOf(i: number): KpiOwner {
    return this.owners[this.owner[i] as number] as KpiOwner;
  }

  metricAt(i: number): string {
    return this.ownerOf(i).metric;
  }
  labelAt(i: number): string {
    return this.ownerOf(i).label;
  }
  periodAt(i: number): string {
    return this.labels[this.entry[i] as number] ?? "";
  }
  kindAt(i: number): KpiKind {
    return KINDS[this.kind[i] as number] ?? "value";
  }
  valueAt(i: number): number | null {
    const v = this.value[i] as number;
    return Number.isFinite(v) ? v : null;
  }
  baseAt(i: number): string | undefined {
    const b = this.base[i] as number;
    return b === NONE ? undefined : this.labels[b];
  }
  noteAt(i: number): string | undefined {
    const n = this.note[i] as number;
    return n === NONE ? undefined : this.notes[n];
  }
  formatAt(i: number): string {
    const kind = this.kind[i] as number;
    if (kind === VALUE) return this.ownerOf(i).valueFormat;
    return kind === USD ? FORMAT_TWO_DECIMALS : FORMAT_PERCENT;
  }
  displayAt(i: number): string {
    if (!this.displays) this.displays = new Map();
    let text = this.displays.get(i);
    if (text === undefined) {
      text = display(this.valueAt(i), this.formatAt(i));
      this.displays.set(i, text);
    }
    return text;
  }
  exprAt(i: number): Expr | null {
    return this.ownerOf(i).source.exprOf(this.entry[i] as number, this.kindAt(i));
  }
  formulaAt(i: number): string | undefined {
    if (!this.formulas) this.formulas = new Map();
    if (this.formulas.has(i)) return this.formulas.get(i);
    const expr = this.exprAt(i);
    const formula = expr ? toFormula(expr, this.valueAt(i)) : undefined;
    this.formulas.set(i, formula);
    return formula;
  }
}

/** One KPI of a table: every field read from the table when asked for. */
export class KpiView implements KpiValue {
  constructor(
    private readonly table: KpiTable,
    private readonly index: number
  ) {}
  get metric(): string {
    return this.table.metricAt(this.index);
  }
  get label(): string {
    return this.table.labelAt(this.index);
  }
  get period(): string {
    return this.table.periodAt(this.index);
  }
  get kpi(): KpiKind {
    return this.table.kindAt(this.index);
  }
  get value(): number | null {
    return this.table.valueAt(this.index);
  }
  get display(): string {
    return this.table.displayAt(this.index);
  }
  get base(): string | undefined {
    return this.table.baseAt(this.index);
  }
  get note(): string | undefined {
    return this.table.noteAt(this.index);
  }
  get numberFormat(): string {
    return this.table.formatAt(this.index);
  }
  get formula(): string | undefined {
    return this.table.formulaAt(this.index);
  }
  /** The expression tree of this KPI (for checks that value and formula agree). */
  expr(): Expr | null {
    return this.table.exprAt(this.index);
  }
  /** The plain KpiValue shape, for JSON. */
  toJSON(): KpiValue {
    return plainKpi(this);
  }
}
