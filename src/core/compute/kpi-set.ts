/**
 * The result of one computation: every KPI in output order — each metric's per-period KPIs (a columnar
 * `KpiTable`), then its CAGR, and the guidance KPIs last. Holding a million KPIs costs a few typed arrays; a
 * KpiValue object exists only for the KPIs that are read (`at`), or for all of them when asked (`toArray`).
 */
import { KpiView, type KpiTable } from "./kpi-table";
import type { KpiValue } from "./types";

/**
 * KPIs as a list: an array of objects, or a computation's `KpiSet` read position by position (a million KPIs
 * then need no object each). Readers iterate it (`for … of`) or read `kpiAt(list, i)`; `kpiCount` is its length.
 */
export type KpiList = readonly KpiValue[] | KpiSet;

export const kpiCount = (list: KpiList): number =>
  list instanceof KpiSet ? list.size : list.length;

export const kpiAt = (list: KpiList, i: number): KpiValue | undefined =>
  list instanceof KpiSet ? list.at(i) : list[i];

export class KpiSet implements Iterable<KpiValue> {
  /** How many KPIs. */
  readonly size: number;

  /**
   * @param table the per-period KPIs
   * @param extras the KPIs kept as objects (CAGR, guidance)
   * @param extraAt the position of each extra in the output, ascending
   */
  constructor(
    private readonly table: KpiTable,
    private readonly extras: readonly KpiValue[],
    private readonly extraAt: Int32Array
  ) {
    this.size = table.size + extras.length;
  }

  /** Extras placed before position `i`. */
  private extrasBefore(i: number): number {
    let lo = 0;
    let hi = this.extraAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.extraAt[mid] as number) < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The per-period KPIs' table (every one of its KPIs is in the set). */
  get perPeriod(): KpiTable {
    return this.table;
  }

  /** The KPIs kept as objects (CAGR, guidance), in output order. */
  get kept(): readonly KpiValue[] {
    return this.extras;
  }

  /** The KPI at output position `i`, undefined outside 0 … size − 1. */
  at(i: number): KpiValue | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.size) return undefined;
    const k = this.extrasBefore(i);
    if (k < this.extraAt.length && this.extraAt[k] === i) return this.extras[k];
    return new KpiView(this.table, i - k);
  }

  /** Every KPI as an object, in output order. */
  toArray(): KpiValue[] {
    const out = new Array<KpiValue>(this.size);
    let t = 0;
    let k = 0;
    for (let i = 0; i < this.size; i++) {
      if (k < this.extraAt.length && this.extraAt[k] === i) out[i] = this.extras[k++] as KpiValue;
      else out[i] = new KpiView(this.table, t++);
    }
    return out;
  }

  *[Symbol.iterator](): Iterator<KpiValue> {
    let t = 0;
    let k = 0;
    for (let i = 0; i < this.size; i++) {
      if (k < this.extraAt.length && this.extraAt[k] === i) yield this.extras[k++] as KpiValue;
      else yield new KpiView(this.table, t++);
    }
  }
}
