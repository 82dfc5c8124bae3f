/**
 * The per-period KPIs of one computation, stored column by column: per KPI a packed (entry, kind) code and its
 * value — 12 bytes — with one small view object per KPI read. Which metric a KPI belongs to follows from its
 * position (each metric's KPIs are contiguous); its note and base entry are worked out from the metric's
 * figures when read (`KpiOwner.extrasOf`); `display` and `formula` are made at each read, the formula
 * from the KPI's expression tree built then, its text filled into the template of the tree's shape
 * (formula-template.ts).
 */
import type { Expr } from "./expr";
import { FormulaTemplates } from "./formula-template";
import { display, FORMAT_PERCENT, FORMAT_PP, FORMAT_TWO_DECIMALS } from "./format";
import { plainKpi, type ExprSource } from "./kpi";
import type { KpiKind, KpiValue } from "./types";

/** The note and the base entry (−1 for none) of one KPI. */
export interface KpiExtrasAt {
  note: string | undefined;
  base: number;
}

/** What the KPIs of one metric share. */
export interface KpiOwner {
  metric: string;
  label: string;
  /** Number format of its `value` KPIs. */
  valueFormat: string;
  source: ExprSource;
  /** The note and base entry of its KPI of kind `kind` at `entry`. */
  extrasOf(entry: number, kind: KindCode): KpiExtrasAt;
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
const SHARE_CHANGE: number = KIND.share_change;

/** Bits of the packed code that hold the kind; the entry is the rest. */
const KIND_BITS = 3;
const KIND_MASK = (1 << KIND_BITS) - 1;

export class KpiTable {
  size = 0;
  /** entry << KIND_BITS | kind, per KPI. */
  private code: Uint32Array;
  private value: Float64Array;
  private readonly owners: KpiOwner[] = [];
  /** Position of each owner's first KPI (ascending; equal for an owner with none). */
  private readonly ownerStart: number[] = [];
  /** For `find`, built on first use: owners by metric, entries by period label. */
  private ownersByMetric: Map<string, number[]> | null = null;
  private entryByLabel: Map<string, number> | null = null;
  /** Formula text by shape: the KPIs of one row differ only in their cells. */
  private readonly templates = new FormulaTemplates();

  /**
   * @param labels period label of each timeline entry
   * @param capacity KPIs expected (the table grows beyond it when needed)
   */
  constructor(
    private readonly labels: readonly string[],
    capacity: number
  ) {
    const n = Math.max(16, Math.floor(capacity));
    this.code = new Uint32Array(n);
    this.value = new Float64Array(n);
  }

  /** Starts the KPIs of the next metric: every `add` until the next call belongs to it. */
  addOwner(owner: KpiOwner): void {
    this.owners.push(owner);
    this.ownerStart.push(this.size);
  }

  /** One KPI of the current owner: `value` NaN when not meaningful. */
  add(entry: number, kind: KindCode, value: number): void {
    const i = this.size;
    if (i === this.code.length) this.grow();
    this.code[i] = (entry << KIND_BITS) | kind;
    this.value[i] = value;
    this.size = i + 1;
  }

  private grow(): void {
    const size = this.code.length * 2;
    const code = new Uint32Array(size);
    code.set(this.code);
    const value = new Float64Array(size);
    value.set(this.value);
    this.code = code;
    this.value = value;
  }

  private ownerOf(i: number): KpiOwner {
    // the last owner starting at or before i
    let lo = 0;
    let hi = this.ownerStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ownerStart[mid] as number) <= i) lo = mid + 1;
      else hi = mid;
    }
    return this.owners[lo - 1] as KpiOwner;
  }

  /**
   * Position of the KPI of `metric` at period `period` of kind `kind`, −1 when there is none — a binary search
   * in the metric's KPIs (ordered by entry, then kind).
   */
  find(metric: string, period: string, kind: KpiKind): number {
    if (!this.ownersByMetric || !this.entryByLabel) {
      this.ownersByMetric = new Map();
      this.owners.forEach((o, i) => {
        const list = this.ownersByMetric?.get(o.metric);
        if (list) list.push(i);
        else this.ownersByMetric?.set(o.metric, [i]);
      });
      this.entryByLabel = new Map();
      this.labels.forEach((label, e) => {
        if (!this.entryByLabel?.has(label)) this.entryByLabel?.set(label, e);
      });
    }
    const entry = this.entryByLabel.get(period);
    const code = KINDS.indexOf(kind);
    if (entry === undefined || code < 0) return -1;
    for (const o of this.ownersByMetric.get(metric) ?? []) {
      const end = o + 1 < this.ownerStart.length ? (this.ownerStart[o + 1] as number) : this.size;
      let lo = this.ownerStart[o] as number;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.entryOf(mid) < entry) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < end && this.entryOf(i) === entry; i++)
        if (this.kindCode(i) === code) return i;
    }
    return -1;
  }

  private entryOf(i: number): number {
    return (this.code[i] as number) >>> KIND_BITS;
  }
  private kindCode(i: number): KindCode {
    return ((this.code[i] as number) & KIND_MASK) as KindCode;
  }

  metricAt(i: number): string {
    return this.ownerOf(i).metric;
  }
  labelAt(i: number): string {
    return this.ownerOf(i).label;
  }
  periodAt(i: number): string {
    return this.labels[this.entryOf(i)] ?? "";
  }
  kindAt(i: number): KpiKind {
    return KINDS[this.kindCode(i)] ?? "value";
  }
  valueAt(i: number): number | null {
    const v = this.value[i] as number;
    return Number.isFinite(v) ? v : null;
  }
  baseAt(i: number): string | undefined {
    const b = this.ownerOf(i).extrasOf(this.entryOf(i), this.kindCode(i)).base;
    return b < 0 ? undefined : this.labels[b];
  }
  noteAt(i: number): string | undefined {
    return this.ownerOf(i).extrasOf(this.entryOf(i), this.kindCode(i)).note;
  }
  formatAt(i: number): string {
    const kind = this.kindCode(i);
    if (kind === VALUE) return this.ownerOf(i).valueFormat;
    if (kind === SHARE_CHANGE) return FORMAT_PP;
    return kind === USD ? FORMAT_TWO_DECIMALS : FORMAT_PERCENT;
  }
  /** The KPI's display text, rendered at each read (cheap; not kept, a table may hold millions). */
  displayAt(i: number): string {
    return display(this.valueAt(i), this.formatAt(i));
  }
  exprAt(i: number): Expr | null {
    return this.ownerOf(i).source.exprOf(this.entryOf(i), this.kindAt(i));
  }
  /** The KPI's formula, made at each read (a summary reads each once; keeping a million would cost more). */
  formulaAt(i: number): string | undefined {
    const expr = this.exprAt(i);
    return expr ? this.templates.formula(expr, this.valueAt(i)) : undefined;
  }
}

/** One KPI of a table: every field read from the table when asked for. */
export class KpiView implements KpiValue {
  constructor(
    /** The table the KPI is read from, and its position there. */
    readonly table: KpiTable,
    readonly index: number
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
