/**
 * The result of one computation: every KPI in output order — each metric's per-period KPIs (a columnar
 * `KpiTable`), then its CAGR, and the guidance KPIs last. Holding a million KPIs costs a few typed arrays; a
 * KpiValue object exists only for the KPIs that are read (`at`), or for all of them when asked (`toArray`).
 */
import { KpiView, type KpiTable } from "./kpi-table";
import type { KpiValue } from "./types";

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
