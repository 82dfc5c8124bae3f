/**
 * Which sources of a results pack are one business and which are businesses of their own, decided from what the
 * sources hold, never from the order they are listed in. Two sources are compared on the figures they share (the
 * same metric and period, in a common scale):
 *
 * - none shared (the same lines over other periods, other lines over the same periods): nothing contradicts,
 *   they are parts of one business and merge;
 * - all agree, or most (fewer than half differ): one business, the differing figures reported on both cells, n.m.;
 * - every shared figure differs: two businesses (an info issue);
 * - half or more differ but some agree: the evidence is mixed; they are kept apart and a warning names both.
 *
 * Sources that mostly agree go together; a business is never split by a source that is neutral. The group — the
 * business whose lines keep their plain ids — is the one whose figures shared with other businesses are the
 * largest (a group's totals hold its businesses'); ties go to the one with more figures, then to the first by
 * sheet and range. The businesses left are prefixed by their first sheet by sheet and range.
 */
import { cellAddress } from "../grid";
import { periodKey } from "../periods";
import type { Issue } from "../issue";
import { figuresAgreeScaled } from "./merge-blocks";
import { readMessages } from "./messages";
import { slugify } from "./synonyms";
import type { Dataset } from "./types";

/** A source read as a business of its own: its lines' id prefix and the name its labels start with. */
export interface Entity {
  prefix: string;
  name: string;
}

/** Per source (in the order given), null for the group's lines or the business it is; the notes saying so. */
export interface BusinessPlan {
  entities: (Entity | null)[];
  notes: Issue[];
  /** The source each note is about (by index), parallel to `notes`. */
  noteSources?: number[];
}

type Relation = "none" | "agree" | "apart" | "mixed";

/** A source's figures: per metric, its unit's scale and its figures by period key. */
export type Figures = Map<string, { scale: number; byPeriod: Map<string, number> }>;

/** Sheet-qualified range of a dataset's source: "Cloud!A1:H20". */
export function where(d: Dataset): string {
  return d.source.sheet === "" ? d.source.range : `${d.source.sheet}!${d.source.range}`;
}

export function figuresOf(d: Dataset): Figures {
  const keys = d.periods.map(periodKey);
  const out: Figures = new Map();
  for (const s of d.series) {
    const byPeriod = new Map<string, number>();
    s.values.forEach((v, j) => {
      const key = keys[j];
      if (v !== null && key !== undefined) byPeriod.set(key, v);
    });
    if (byPeriod.size > 0) out.set(s.metric, { scale: s.unit.scale, byPeriod });
  }
  return out;
}

/** The figures two sources share (metric and period), how many of them differ, and what that makes them. */
export function relate(
  a: Figures,
  b: Figures
): { shared: number; differ: number; relation: Relation } {
  let shared = 0;
  let differ = 0;
  for (const [metric, x] of a) {
    const y = b.get(metric);
    if (!y) continue;
    for (const [key, v] of x.byPeriod) {
      const w = y.byPeriod.get(key);
      if (w === undefined) continue;
      shared++;
      if (!figuresAgreeScaled(v, x.scale, w, y.scale)) differ++;
    }
  }
  const relation: Relation =
    shared === 0 ? "none" : differ * 2 < shared ? "agree" : differ === shared ? "apart" : "mixed";
  return { shared, differ, relation };
}

/** Factors between units a sheet may be written in (thousands, millions, billions of one another). */
const UNIT_STEPS = [1e3, 1e-3, 1e6, 1e-6];

/**
 * The factor by which `a`'s figures are `b`'s in another unit: every figure they share (two at least) differs as
 * read and agrees once `a`'s scale is multiplied by it (12.3 read in JPY mn beside 12,340 in JPY mn: 1,000);
 * null when there is no such factor.
 */
export function unitFactor(a: Dataset, b: Dataset): number | null {
  const x = figuresOf(a);
  const y = figuresOf(b);
  const { shared, differ } = relate(x, y);
  if (shared < 2 || differ < shared) return null;
  // `a`'s figures read in a scale `f` times its own
  const rescaled = (f: number): Figures =>
    new Map([...x].map(([metric, p]) => [metric, { ...p, scale: p.scale * f }]));
  return UNIT_STEPS.find((f) => relate(rescaled(f), y).differ === 0) ?? null;
}

const conflicting = (r: Relation): boolean => r === "apart" || r === "mixed";

/** Indices grouped by the "agree" relation; a group holding two sources that conflict is split into each. */
function agreeingGroups(n: number, rel: (i: number, j: number) => Relation): number[][] {
  const root = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (root[i] !== i) i = root[i] as number;
    return i;
  };
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (rel(i, j) === "agree") root[find(j)] = find(i);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    byRoot.set(r, [...(byRoot.get(r) ?? []), i]);
  }
  const out: number[][] = [];
  for (const g of byRoot.values()) {
    const split = g.some((i) => g.some((j) => i < j && conflicting(rel(i, j))));
    if (split) for (const i of g) out.push([i]);
    else out.push(g);
  }
  return out;
}

/** Decide the businesses of a pack's sources (see the file's comment). */
export function planBusinesses(datasets: readonly Dataset[]): BusinessPlan {
  const n = datasets.length;
  const entities: (Entity | null)[] = new Array<Entity | null>(n).fill(null);
  const notes: Issue[] = [];
  const noteSources: number[] = [];
  if (n < 2) return { entities, notes };
  const figures = datasets.map(figuresOf);
  const stats = figures.map((a, i) => figures.map((b, j) => (i === j ? null : relate(a, b))));
  const rel = (i: number, j: number): Relation => stats[i]?.[j]?.relation ?? "none";
  const key = (i: number): string => where(datasets[i] as Dataset);
  const byKey = (i: number, j: number): number => {
    const a = key(i);
    const b = key(j);
    return a < b ? -1 : a > b ? 1 : i - j;
  };
  const groups = agreeingGroups(n, rel).map((g) => g.sort(byKey));
  const clash = (a: readonly number[], b: readonly number[]): boolean =>
    a.some((i) => b.some((j) => conflicting(rel(i, j))));
  if (!groups.some((g) => groups.some((h) => g !== h && clash(g, h)))) return { entities, notes };

  // the size of the figures a group shares with the groups it clashes with
  const weight = (g: readonly number[]): number => {
    const others = groups.filter((h) => h !== g && clash(g, h)).flat();
    let sum = 0;
    for (const i of g)
      for (const [metric, x] of figures[i] as Figures)
        for (const [key, v] of x.byPeriod)
          if (others.some((j) => figures[j]?.get(metric)?.byPeriod.has(key) === true))
            sum += Math.abs(v * x.scale);
    return sum;
  };
  const count = (g: readonly number[]): number => {
    let t = 0;
    for (const i of g) for (const x of (figures[i] as Figures).values()) t += x.byPeriod.size;
    return t;
  };
  const ranked = groups
    .map((g) => ({ g, weight: weight(g), count: count(g) }))
    .sort(
      (a, b) =>
        b.weight - a.weight || b.count - a.count || byKey(a.g[0] as number, b.g[0] as number)
    );
  const group: number[] = [];
  const apart: number[][] = [];
  for (const { g } of ranked) {
    if (!clash(g, group)) group.push(...g);
    else apart.push(g);
  }
  apart.sort((a, b) => byKey(a[0] as number, b[0] as number));
  const prefixes = new Set<string>();
  for (const g of apart) {
    const d = datasets[g[0] as number] as Dataset;
    let prefix = slugify(d.source.sheet || d.source.range);
    let name = d.source.sheet || d.source.range;
    if (prefixes.has(prefix)) {
      prefix = `${prefix}_${slugify(d.source.range)}`;
      name = where(d);
    }
    prefixes.add(prefix);
    for (const i of g) {
      entities[i] = { prefix, name };
      notes.push(noteFor(datasets, i, g, group, stats, byKey));
      noteSources.push(i);
    }
  }
  return { entities, notes, noteSources };
}

/**
 * The note on source `i` of business `g`, kept apart from the group: the pair of sources it is kept apart for
 * (its own clash first, else one of its business's; a source of the group first, the first by sheet and range).
 */
function noteFor(
  datasets: readonly Dataset[],
  i: number,
  g: readonly number[],
  group: readonly number[],
  stats: readonly (readonly (ReturnType<typeof relate> | null)[])[],
  byKey: (a: number, b: number) => number
): Issue {
  const clashes = (a: number): number[] =>
    datasets
      .map((_, b) => b)
      .filter((b) => !g.includes(b) && conflicting(stats[a]?.[b]?.relation ?? "none"))
      .sort((x, y) => Number(group.includes(y)) - Number(group.includes(x)) || byKey(x, y));
  const a = clashes(i).length > 0 ? i : (g.find((m) => clashes(m).length > 0) ?? i);
  const b = clashes(a)[0] ?? a;
  const s = stats[a]?.[b] ?? { shared: 0, differ: 0, relation: "apart" as Relation };
  const d = datasets[i] as Dataset;
  const self = where(d);
  const other = where(datasets[b] as Dataset);
  const first = d.series[0]?.cells[0];
  const cell = first ? { cell: cellAddress(first) } : {};
  return s.relation === "mixed"
    ? {
        severity: "warning",
        code: "source-entity",
        message: readMessages.sourceMixed(self, other, s.differ, s.shared),
        ...cell,
      }
    : {
        severity: "info",
        code: "source-entity",
        message: readMessages.sourceEntity(self, other, s.differ, s.shared),
        ...cell,
      };
}
