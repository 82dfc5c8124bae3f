/**
 * Blocks of one range merged into one dataset: the periods of all blocks (first label of each period kept), one
 * series per metric, every money series in the first block's unit. The same metric and period given by two
 * blocks either agree (the first cell is used, an info names both) or disagree (a warning names both cells and
 * the figure is left out: the KPIs that need it are n.m.).
 */
import type { GuidanceItem } from "../settings";
import { cellAddress } from "../grid";
import type { CellRef } from "../grid/types";
import { periodKey } from "../periods";
import type { Period } from "../periods/types";
import { withLazyCells } from "./cells";
import { report, type ReadContext } from "./context";
import { readMessages } from "./messages";
import { rescale } from "./scale";
import { decimalsOf, halfUnit, seriesDecimals, withinTolerance } from "../tolerance";
import type { BookRatio, Series, Unit } from "./types";
import type { BlockRead } from "./wide";

/**
 * Figures in two scales agree when they differ by no more than their rounding, each in the unit it was written in:
 * 12.1 (JPY bn, ±50 mn) agrees with 12,149 (JPY mn, ±0.5), 12.2 does not. `a` is in `aScale`, `b` in `bScale`.
 */
export function figuresAgreeScaled(a: number, aScale: number, b: number, bScale: number): boolean {
  // compared in the finer of the two scales, each figure with its own half unit
  const to = Math.min(aScale, bScale);
  const tol = halfUnit(decimalsOf(a), aScale / to) + halfUnit(decimalsOf(b), bScale / to);
  return withinTolerance(rescale(a, aScale, to), rescale(b, bScale, to), tol);
}

/** Factor from a block's money unit to the first block's, null when the currencies differ. */
function moneyFactor(from: Unit, to: Unit): number | null {
  if (from.scale === to.scale && from.currency === to.currency) return 1;
  if (from.currency !== undefined && to.currency !== undefined && from.currency !== to.currency)
    return null;
  return from.scale / to.scale;
}

function isBlockMoney(s: Series, money: Unit): boolean {
  return s.unit.label === money.label && s.unit.scale === money.scale;
}

interface Source {
  series: Series;
  j: number;
  /** False when the figure was scaled by another factor than the merged series' (its cell cannot be a formula term). */
  sameFactor: boolean;
  /** The half unit of the last digit its line shows, in the first block's unit (src/core/tolerance.ts). */
  rounding: number;
}

interface Merged {
  first: Series;
  unit: Unit;
  factor: number;
  values: (number | null)[];
  sources: (Source | null)[];
  /** Periods whose figures disagree between blocks: left out for good. */
  conflicts: Set<number>;
}

function addressOf(s: Series, j: number): string {
  const ref: CellRef | null | undefined = s.cells[j];
  return ref ? cellAddress(ref) : s.label;
}

/** The blocks' reads as one: periods, series and book ratios. `reads` in reading order, none empty. */
export function mergeBlocks(
  ctx: ReadContext,
  reads: readonly BlockRead[],
  /** Also report a disagreement on the first cell (blocks on different sheets: each sheet shows it). */
  onBothCells = false
): BlockRead {
  const first = reads[0] as BlockRead;
  const money = first.money;
  const periods: Period[] = [];
  const indexOf = new Map<string, number>();
  const maps: number[][] = reads.map((b) =>
    b.periods.map((p) => {
      const key = periodKey(p);
      let i = indexOf.get(key);
      if (i === undefined) {
        i = periods.length;
        indexOf.set(key, i);
        periods.push(p);
      }
      return i;
    })
  );
  const merged = new Map<string, Merged>();
  const order: Merged[] = [];
  const bookRatios: BookRatio[] = [];
  const guidance: GuidanceItem[] = [];
  reads.forEach((b, k) => {
    const map = maps[k] as number[];
    const factor = moneyFactor(b.money, money);
    for (const s of b.series) {
      const scale = factor !== null && factor !== 1 && isBlockMoney(s, b.money) ? factor : 1;
      let m = merged.get(s.metric);
      if (!m) {
        m = {
          first: s,
          unit: scale !== 1 ? money : s.unit,
          factor: s.factor * scale,
          values: new Array<number | null>(periods.length).fill(null),
          sources: new Array<Source | null>(periods.length).fill(null),
          conflicts: new Set(),
        };
        merged.set(s.metric, m);
        order.push(m);
      }
      const target = m;
      // decimals the line shows in its own block (12.0 reads 12: the line's other figures say it shows one)
      const rounding = halfUnit(seriesDecimals(s.values), scale);
      s.values.forEach((raw, j) => {
        if (raw === null) return;
        const v = scale === 1 ? raw : rescale(raw, b.money.scale, money.scale);
        const i = map[j] as number;
        if (target.conflicts.has(i)) return;
        const had = target.values[i];
        const source: Source = {
          series: s,
          j,
          sameFactor: Math.abs(s.factor * scale - target.factor) < 1e-12,
          rounding,
        };
        if (had === null || had === undefined) {
          target.values[i] = v;
          target.sources[i] = source;
          return;
        }
        const prior = target.sources[i] as Source;
        const period = (periods[i] as Period).label;
        const at = addressOf(s, j);
        const firstAt = addressOf(prior.series, prior.j);
        // each figure within half a unit of the last digit its line shows, in the first block's unit
        const agree = withinTolerance(had, v, prior.rounding + rounding);
        if (agree) {
          report(ctx, "info", "block-overlap", () => ({
            message: readMessages.blockRepeats(at, firstAt, s.label, period),
            cell: at,
            metric: s.metric,
            period,
          }));
          return;
        }
        // on the later cell, and on the first too when the blocks are on different sheets
        for (const cell of onBothCells ? [at, firstAt] : [at])
          report(ctx, "warning", "block-overlap", () => ({
            message: readMessages.blockDisagrees(
              firstAt,
              String(had),
              at,
              String(v),
              s.label,
              period
            ),
            cell,
            metric: s.metric,
            period,
          }));
        target.values[i] = null;
        target.sources[i] = null;
        target.conflicts.add(i);
      });
    }
    for (const g of b.guidance ?? []) {
      // guidance of a block in another money unit: in the first block's unit, like its figures
      const to = (v: number | undefined): number | undefined =>
        v === undefined || factor === null || factor === 1
          ? v
          : rescale(v, b.money.scale, money.scale);
      const low = to(g.low);
      const high = to(g.high);
      guidance.push({
        ...g,
        ...(low !== undefined ? { low } : {}),
        ...(high !== undefined ? { high } : {}),
      });
    }
    for (const r of b.bookRatios ?? [])
      bookRatios.push(factor !== null && factor !== 1 ? { ...r, factor: r.factor * factor } : r);
  });
  const series = order.map((m) => {
    const s = m.first;
    const sources = m.sources;
    const out = withLazyCells(
      {
        metric: s.metric,
        label: s.label,
        nature: s.nature,
        unit: m.unit,
        values: m.values,
        factor: m.factor,
      },
      () => sources.map((src) => (src && src.sameFactor ? (src.series.cells[src.j] ?? null) : null))
    );
    if (s.parent !== undefined) out.parent = s.parent;
    if (s.unknownLabel) out.unknownLabel = true;
    if (s.shareUndecided) out.shareUndecided = true;
    if (s.segmentTable) out.segmentTable = s.segmentTable;
    return out;
  });
  const read: BlockRead = {
    calendar: first.calendar,
    calendarInferred: reads.some((b) => b.calendarInferred),
    periods,
    series,
    money,
    hasNumbers: reads.some((b) => b.hasNumbers),
    note: first.note ?? null,
  };
  if (bookRatios.length > 0) read.bookRatios = bookRatios;
  if (guidance.length > 0) read.guidance = guidance;
  return read;
}
