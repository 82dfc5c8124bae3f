/**
 * Which lines are parts of which total, decided by the figures: a set of lines is the parts of a total when
 * they add up to it, within rounding (src/core/tolerance.ts: half a unit of the last digit each figure shows,
 * in its own unit, summed over the total and its parts), in every period where all of them are given. Layout and names only propose the sets to try:
 * - the lines right below a total (its direct children when they are indented deeper), or right above it,
 *   up to a heading or gap, or a line that cannot be a part (a known metric such as gross profit);
 * - lines named after the total: "Sales - Pharmaceuticals", "Revenue: Cloud", "Sales – EMEA".
 * Where two totals both add up from the same lines, or none adds up and the hints disagree (indented under
 * one total but closed by another), the line is undecided: no share is computed for it.
 * Lines are segments of revenue.total / cost.total (`revenue.<slug>`, `cost.<slug>`) or "of which" lines
 * (`parent`) of any other total. Pure: lines and their figures in, roles and notes out.
 */
import type { MetricId } from "./types";
import { normaliseLabel, segmentSlug, slugify } from "./synonyms";
import { structureMessages, type NamedLine } from "./structure-messages";
import { seriesHalfUnit, withinTolerance } from "../tolerance";

/** One line of a block as the structure sees it: label, layout, mapping so far and figures. */
export interface StructureLine {
  /** Label as shown. */
  label: string;
  /** Leading spaces of the label (0 where there is no layout, as in a long table). */
  indent: number;
  /** Sheet address of the label cell, named in the notes. */
  cell: string;
  /** Metric and parent as the labels and layout mapped them. */
  metric: MetricId;
  parent?: MetricId;
  unknownLabel: boolean;
  /** Mapped by the user or an id column: kept as is (it can still be a total). */
  fixed: boolean;
  /** A heading or an empty row sits right above the line. */
  afterBreak: boolean;
  /**
   * Not a flow (a stock such as AUM, a ratio, a per-share figure): never a part of a total, and passed over
   * rather than ending a run of parts ("Total AUM" between two revenue segments).
   */
  aside?: boolean;
  /** Figures by period (the same periods for every line); null where none. */
  values: readonly (number | null)[];
  /**
   * Multiplier from the line's cells to its figures (`Series.factor`: 1,000 for a line in USD bn in a USD mn
   * block); 1 when absent. Its rounding is half a unit of the last digit its cells show, in that unit.
   */
  factor?: number;
}

/** A line's role once the structure is decided. */
export interface LineRole {
  metric: MetricId;
  parent?: MetricId;
  unknownLabel: boolean;
  /** The figures cannot decide which total the line is a part of: no share is computed for it. */
  undecided: boolean;
}

/** An issue about the structure: the totals chosen (info) or the lines left undecided (warning). */
export interface StructureNote {
  severity: "info" | "warning";
  code: "structure" | "structure-undecided";
  message: string;
  cell?: string;
  metric?: MetricId;
}

export interface Structure {
  /** One role per line, in the lines' order (unchanged where nothing was decided). */
  roles: LineRole[];
  notes: StructureNote[];
}

/** Lines tried at most on each side of a total. */
const MAX_RUN = 40;
/** Passes of "find totals, set their parts aside" (a subtotal's parts first, then the subtotal). */
const MAX_PASSES = 4;

const FAMILY_TOTAL = /^(revenue|cost)\.total$/;
const SEPARATOR = /^(.+?)(?:\s+[-–—]+\s+|\s*[:：]\s*)(.+)$/u;

function familyOf(metric: MetricId): "revenue" | "cost" | null {
  const m = /^(revenue|cost)\./.exec(metric);
  return m ? (m[1] as "revenue" | "cost") : null;
}

/** `revenue.si`, `cost.network_2`; not `revenue.total` (nor its `_2`). */
function isSegment(metric: MetricId): boolean {
  return /^(revenue|cost)\.(?!total(_\d+)?$)/.test(metric);
}

/** The total a line's mapping makes it a part of: its parent, or its family's total. */
function mappedTotal(line: StructureLine): MetricId | null {
  if (line.parent !== undefined) return line.parent;
  const family = familyOf(line.metric);
  return family && isSegment(line.metric) ? `${family}.total` : null;
}

function totalLike(line: StructureLine): boolean {
  return (
    FAMILY_TOTAL.test(line.metric) ||
    /^\s*(total\b|合計)/i.test(line.label) ||
    /(合計|\btotal)\s*$/i.test(line.label)
  );
}

/** The family a label names: "Cost of data center services" → cost, "Cloud revenue" → revenue. */
function labelFamily(label: string): "revenue" | "cost" | null {
  const text = label.normalize("NFKC").toLowerCase();
  if (/\b(costs?|expenses?)\b|原価|費用/u.test(text)) return "cost";
  if (/\b(revenues?|sales|turnover)\b|売上|収益/u.test(text)) return "revenue";
  return null;
}

function finite(v: number | null | undefined): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/** "sales - pharmaceuticals division" → head "sales", rest as written ("Pharmaceuticals Division"). */
function splitName(label: string): { head: string; rest: string } | null {
  const m = SEPARATOR.exec(label.normalize("NFKC").trim());
  if (!m) return null;
  const head = normaliseLabel(m[1] ?? "");
  const rest = (m[2] ?? "").trim();
  return head === "" || rest === "" ? null : { head, rest };
}

/** The names a total's parts may start with: "total revenue" → "total revenue", "revenue". */
function totalKeys(label: string): string[] {
  const key = normaliseLabel(label);
  if (key === "") return [];
  const keys = [key];
  const bare = key
    .replace(/^total\s+/, "")
    .replace(/\s*(total|合計)$/u, "")
    .trim();
  if (bare !== "" && bare !== key) keys.push(bare);
  return keys;
}

interface Candidate {
  total: number;
  parts: number[];
  /** Periods where the total and every part are given. */
  periods: number;
  /**
   * Backed by the layout or names: a total that is not itself a part-like line, a "Total …" line, parts indented
   * under it or named after it. A part-like line whose neighbours add up to it (a subtotal without a label
   * saying so) is weak: it must add up in two periods or more, and gives way to a strong total.
   */
  strong: boolean;
}

/** What the passes found. */
interface Found {
  /** part → its total's line. */
  assigned: Map<number, number>;
  /** part → the totals that all add up from it. */
  contested: Map<number, Set<number>>;
  groups: Candidate[];
}

class Analysis {
  readonly n: number;
  readonly periods: number;
  readonly present: boolean[];
  readonly eligible: boolean[];
  /** Each line's rounding in the block's unit (`seriesHalfUnit`), worked out when first needed (−1 until then). */
  private readonly roundingAt: number[];
  private readonly keysAt: (string[] | undefined)[] = [];
  readonly names: ({ head: string; rest: string } | null)[];
  /** head of a name → the eligible lines named so. */
  readonly byHead = new Map<string, number[]>();

  constructor(readonly lines: readonly StructureLine[]) {
    this.n = lines.length;
    this.periods = lines.reduce((m, l) => Math.max(m, l.values.length), 0);
    this.present = lines.map((l) => l.values.some(finite));
    // a part is a line whose label was unknown, a segment, or an "of which" line; never a known metric
    this.eligible = lines.map(
      (l, i) =>
        !l.fixed &&
        l.aside !== true &&
        (this.present[i] ?? false) &&
        (l.unknownLabel || isSegment(l.metric) || l.parent !== undefined)
    );
    this.roundingAt = new Array<number>(this.n).fill(-1);
    this.names = lines.map((l, i) => (this.eligible[i] ? splitName(l.label) : null));
    this.names.forEach((name, i) => {
      if (!name) return;
      const list = this.byHead.get(name.head) ?? [];
      list.push(i);
      this.byHead.set(name.head, list);
    });
  }

  /** The names a line's parts may start with (see `totalKeys`), worked out when first needed. */
  keys(i: number): string[] {
    let k = this.keysAt[i];
    if (k === undefined) {
      k = totalKeys((this.lines[i] as StructureLine).label);
      this.keysAt[i] = k;
    }
    return k;
  }

  /** Half a unit of the last digit line `i` shows, in its own unit, in the block's unit (src/core/tolerance.ts). */
  rounding(i: number): number {
    let r = this.roundingAt[i] ?? -1;
    if (r < 0) {
      const line = this.lines[i] as StructureLine;
      r = seriesHalfUnit(line.values, line.factor ?? 1);
      this.roundingAt[i] = r;
    }
    return r;
  }

  /**
   * The longest prefix (2 lines or more) of `run` that adds up to `total`: in every period where the total
   * and all of them are given (at least one, with a total that is not zero), within the rounding of the total
   * and of each part summed (src/core/tolerance.ts).
   */
  longestFit(total: number, run: readonly number[]): Candidate | null {
    const t = this.lines[total] as StructureLine;
    // a first look at one period where the total is given: most windows fail there, without a full check
    const probe = t.values.findIndex(finite);
    if (probe < 0 || run.length < 2) return null;
    const target = t.values[probe] as number;
    let probeSum = 0;
    let probeAll = true;
    let tolerance = this.rounding(total);
    let best: Candidate | null = null;
    for (let k = 1; k <= run.length; k++) {
      const part = run[k - 1] as number;
      const v = (this.lines[part] as StructureLine).values[probe];
      if (finite(v)) probeSum += v;
      else probeAll = false;
      tolerance += this.rounding(part);
      if (k < 2) continue;
      if (probeAll && !withinTolerance(target, probeSum, tolerance)) continue;
      const periods = this.fits(total, run.slice(0, k), tolerance);
      if (periods > 0) best = { total, parts: run.slice(0, k), periods, strong: true };
    }
    return best;
  }

  /**
   * The number of periods where the total and every part are given and the parts add up to the total within
   * `tolerance` (`withinTolerance`) — 0 when one of them does not, when there is none, or when the total is zero
   * (within the same rounding) in all of them.
   */
  fits(total: number, parts: readonly number[], tolerance: number): number {
    const t = (this.lines[total] as StructureLine).values;
    let compared = 0;
    let nonZero = false;
    for (let p = 0; p < this.periods; p++) {
      const tv = t[p];
      if (!finite(tv)) continue;
      let sum = 0;
      let all = true;
      for (const i of parts) {
        const v = (this.lines[i] as StructureLine).values[p];
        if (!finite(v)) {
          all = false;
          break;
        }
        sum += v;
      }
      if (!all) continue;
      compared++;
      if (!withinTolerance(tv, sum, tolerance)) return 0;
      if (!withinTolerance(tv, 0, tolerance)) nonZero = true;
    }
    return nonZero ? compared : 0;
  }

  /** The run without the "of which" lines of its own lines (backbone costs under network costs). */
  withoutSublines(run: number[]): number[] {
    const metrics = new Set(run.map((i) => (this.lines[i] as StructureLine).metric));
    return run.filter((i) => {
      const parent = (this.lines[i] as StructureLine).parent;
      return parent === undefined || !metrics.has(parent);
    });
  }

  /** Eligible lines right below `t` (skipping lines set aside), up to a break or a line that cannot be a part. */
  runBelow(t: number, skip: Uint8Array, stop: Uint8Array): number[] {
    const out: number[] = [];
    for (let i = t + 1; i < this.n && out.length < MAX_RUN; i++) {
      const line = this.lines[i] as StructureLine;
      if (line.afterBreak) break;
      if (line.aside === true && stop[i] !== 1) continue;
      if (stop[i] === 1 || !this.eligible[i]) break;
      if (skip[i] === 1) continue;
      out.push(i);
    }
    return out;
  }

  /** The same above `t`, nearest first. */
  runAbove(t: number, skip: Uint8Array, stop: Uint8Array): number[] {
    const out: number[] = [];
    for (let i = t - 1; i >= 0 && out.length < MAX_RUN; i--) {
      if ((this.lines[i + 1] as StructureLine).afterBreak) break;
      if ((this.lines[i] as StructureLine).aside === true && stop[i] !== 1) continue;
      if (stop[i] === 1 || !this.eligible[i]) break;
      if (skip[i] === 1) continue;
      out.push(i);
    }
    return out;
  }

  /** Lines below `t` indented deeper than it: those at the shallowest of their indents (its direct children). */
  children(t: number, run: readonly number[]): number[] | null {
    const indent = (this.lines[t] as StructureLine).indent;
    const deeper: number[] = [];
    for (const i of run) {
      if ((this.lines[i] as StructureLine).indent <= indent) break;
      deeper.push(i);
    }
    if (deeper.length < 2 || deeper[0] !== run[0]) return null;
    const shallowest = Math.min(...deeper.map((i) => (this.lines[i] as StructureLine).indent));
    return deeper.filter((i) => (this.lines[i] as StructureLine).indent === shallowest);
  }

  /** Eligible lines named after `t` ("Sales - X" under "Sales"). */
  namedAfter(t: number): number[] {
    const out: number[] = [];
    if (this.byHead.size === 0) return [];
    for (const key of this.keys(t))
      for (const i of this.byHead.get(key) ?? []) if (i !== t && !out.includes(i)) out.push(i);
    return out.sort((a, b) => a - b);
  }

  /** The sets of lines that add up to some total, with the lines set aside skipped. */
  candidates(skip: Uint8Array, stop: Uint8Array): Candidate[] {
    const out: Candidate[] = [];
    const seen = new Set<string>();
    const add = (c: Candidate | null, strong: boolean): void => {
      if (!c) return;
      c.strong = strong;
      if (!strong && c.periods < 2) return;
      const key = `${c.total}:${[...c.parts].sort((a, b) => a - b).join(",")}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(c);
    };
    for (let t = 0; t < this.n; t++) {
      if (!this.present[t] || skip[t] === 1) continue;
      const line = this.lines[t] as StructureLine;
      const strong = !this.eligible[t] || totalLike(line);
      const below = this.runBelow(t, skip, stop);
      const children = this.children(t, below);
      add(children ? this.longestFit(t, children) : null, true);
      if (!children || children.length !== below.length)
        add(this.longestFit(t, this.withoutSublines(below)), strong);
      add(this.longestFit(t, this.withoutSublines(this.runAbove(t, skip, stop))), strong);
      const named = this.namedAfter(t).filter((i) => skip[i] === 0 && stop[i] === 0);
      if (named.length >= 2) {
        const c = this.longestFit(t, named);
        add(c && c.parts.length === named.length ? c : null, true);
      }
    }
    return out;
  }

  /** Totals found pass by pass: a part claimed by two totals is contested, the other sets are taken. */
  find(): Found {
    const assigned = new Map<number, number>();
    const contested = new Map<number, Set<number>>();
    const groups: Candidate[] = [];
    const skip = new Uint8Array(this.n);
    const stop = new Uint8Array(this.n);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const all = this.candidates(skip, stop);
      // a weak set gives way to any strong one that shares a line with it
      const taken = new Set<number>();
      for (const c of all) if (c.strong) for (const i of [c.total, ...c.parts]) taken.add(i);
      const found = all.filter((c) => c.strong || ![c.total, ...c.parts].some((i) => taken.has(i)));
      const claims = new Map<number, Set<number>>();
      for (const c of found)
        for (const p of c.parts) {
          const set = claims.get(p) ?? new Set<number>();
          set.add(c.total);
          claims.set(p, set);
        }
      let changed = false;
      for (const c of found) {
        if (c.parts.some((p) => (claims.get(p)?.size ?? 0) > 1)) continue;
        groups.push(c);
        for (const p of c.parts) {
          assigned.set(p, c.total);
          skip[p] = 1;
        }
        changed = true;
      }
      for (const [p, totals] of claims) {
        if (totals.size < 2) continue;
        contested.set(p, totals);
        stop[p] = 1;
        changed = true;
      }
      if (!changed) break;
    }
    return { assigned, contested, groups };
  }

  /**
   * The totals a line's layout or name points at: its mapping, a total right above its run, a "Total …" line
   * right below it, a total it is named after.
   */
  hints(i: number): MetricId[] {
    const out = new Set<MetricId>();
    const line = this.lines[i] as StructureLine;
    const mapped = mappedTotal(line);
    if (mapped !== null) out.add(mapped);
    const placed = new Set<MetricId>();
    // the line above its run (of lines as deep as it): a total there opens it
    for (let j = i - 1; j >= 0; j--) {
      if ((this.lines[j + 1] as StructureLine).afterBreak) break;
      const above = this.lines[j] as StructureLine;
      if (this.eligible[j] && above.indent >= line.indent) continue;
      if (totalLike(above)) placed.add(above.metric);
      break;
    }
    // a line "Total …" right below its run closes it (an "of which" line closes nothing)
    if (!/^\s*(of which\b|うち)/iu.test(line.label))
      for (let j = i + 1; j < this.n; j++) {
        const below = this.lines[j] as StructureLine;
        if (below.afterBreak) break;
        if (this.eligible[j]) {
          if (below.indent < line.indent) break;
          continue;
        }
        if (/^\s*(total\b|合計)|(合計|\btotal)\s*$/iu.test(below.label)) placed.add(below.metric);
        break;
      }
    // a label that says cost or revenue outweighs its place ("Cost of systems integration" right below Total revenues)
    const says = labelFamily(line.label);
    const above = this.ancestors(mapped);
    for (const metric of placed)
      if ((says === null || familyOf(metric) === says) && !above.has(metric)) out.add(metric);
    const named = this.names[i];
    if (named)
      for (const t of this.totalsNamed(named.head))
        out.add((this.lines[t] as StructureLine).metric);
    return [...out];
  }

  /** The totals above a total in the mapping (network costs → cost.total), itself excluded. */
  ancestors(metric: MetricId | null): Set<MetricId> {
    const out = new Set<MetricId>();
    let at = metric;
    while (at !== null && !out.has(at)) {
      const line = this.byMetric().get(at);
      at = line ? mappedTotal(line) : null;
      if (at !== null) out.add(at);
    }
    return out;
  }

  private metricIndex: Map<MetricId, StructureLine> | null = null;

  byMetric(): Map<MetricId, StructureLine> {
    if (!this.metricIndex) {
      this.metricIndex = new Map();
      for (const l of this.lines)
        if (!this.metricIndex.has(l.metric)) this.metricIndex.set(l.metric, l);
    }
    return this.metricIndex;
  }

  /** Lines whose label is a total of the name `head`. */
  totalsNamed(head: string): number[] {
    const out: number[] = [];
    for (let t = 0; t < this.n; t++)
      if (this.present[t] && this.keys(t).includes(head)) out.push(t);
    return out;
  }
}

function named(line: StructureLine): NamedLine {
  return { label: line.label.trim(), cell: line.cell };
}

/** Decide the structure of a block's lines (see the file comment). */
export function decideStructure(lines: readonly StructureLine[]): Structure {
  const a = new Analysis(lines);
  const roles: LineRole[] = lines.map((l) => {
    const role: LineRole = { metric: l.metric, unknownLabel: l.unknownLabel, undecided: false };
    if (l.parent !== undefined) role.parent = l.parent;
    return role;
  });
  const notes: StructureNote[] = [];
  if (!a.eligible.some((e) => e)) return { roles, notes };
  const { assigned, contested, groups } = a.find();

  // Lines no set adds up for: undecided when their hints disagree, "of which" lines of a total named alone.
  const undecided = new Map<number, { reason: "both" | "hints"; totals: string[] }>();
  for (const [p, totals] of contested)
    undecided.set(p, {
      reason: "both",
      totals: [...totals].sort((x, y) => x - y).map((t) => lines[t]?.metric ?? ""),
    });
  const namedUnder = new Map<number, number>();
  for (let i = 0; i < a.n; i++) {
    if (!a.eligible[i] || assigned.has(i) || undecided.has(i)) continue;
    const hints = a.hints(i);
    if (hints.length >= 2) {
      undecided.set(i, { reason: "hints", totals: hints });
      continue;
    }
    const name = a.names[i];
    const totals = name ? a.totalsNamed(name.head).filter((t) => t !== i) : [];
    if (totals.length === 1 && hints.length === 1) namedUnder.set(i, totals[0] as number);
  }

  // Metrics: segments of revenue.total / cost.total, "of which" lines of any other total.
  const base = new Map<number, { metric: MetricId; parentLine?: number }>();
  const baseOf = (i: number, depth = 0): MetricId => {
    const hit = base.get(i);
    if (hit) return hit.metric;
    const line = lines[i] as StructureLine;
    const total = assigned.get(i) ?? namedUnder.get(i);
    if (total === undefined || depth > a.n)
      return undecided.has(i) ? slugify(line.label) : line.metric;
    const name = a.names[i];
    const heads = name ? totalKeys(lines[total]?.label ?? "") : [];
    const slug = segmentSlug(name && heads.includes(name.head) ? name.rest : line.label);
    const totalMetric = baseOf(total, depth + 1);
    const family = familyOf(totalMetric);
    const entry: { metric: MetricId; parentLine?: number } =
      FAMILY_TOTAL.test(totalMetric) && assigned.has(i)
        ? {
            metric:
              isSegment(line.metric) &&
              familyOf(line.metric) === family &&
              line.parent === undefined
                ? line.metric
                : `${family}.${slug}`,
          }
        : { metric: `${family ?? totalMetric}.${slug}`, parentLine: total };
    base.set(i, entry);
    return entry.metric;
  };
  const touched = (i: number): boolean => assigned.has(i) || namedUnder.has(i) || undecided.has(i);
  const used = new Set<MetricId>();
  lines.forEach((l, i) => {
    if (!touched(i)) used.add(l.metric);
  });
  const finalMetric = new Map<number, MetricId>();
  for (let i = 0; i < a.n; i++) {
    if (!touched(i)) continue;
    const wanted = baseOf(i);
    let metric = wanted;
    for (let k = 2; used.has(metric); k++) metric = `${wanted}_${k}`;
    used.add(metric);
    finalMetric.set(i, metric);
  }
  const metricOf = (i: number): MetricId =>
    finalMetric.get(i) ?? (lines[i] as StructureLine).metric;
  for (const [i, metric] of finalMetric) {
    const role = roles[i] as LineRole;
    role.metric = metric;
    delete role.parent;
    if (undecided.has(i)) {
      role.undecided = true;
      continue;
    }
    role.unknownLabel = false;
    const parentLine = base.get(i)?.parentLine;
    if (parentLine !== undefined) role.parent = metricOf(parentLine);
  }

  // Notes: each total chosen, each set named after a total, each set left undecided.
  for (const g of [...groups].sort((x, y) => x.total - y.total)) {
    const parts = [...g.parts].sort((x, y) => x - y);
    notes.push({
      severity: "info",
      code: "structure",
      message: structureMessages.partsOf(
        named(lines[g.total] as StructureLine),
        parts.map((p) => named(lines[p] as StructureLine)),
        g.periods
      ),
      cell: lines[g.total]?.cell,
      metric: metricOf(g.total),
    });
  }
  const byTotal = new Map<number, number[]>();
  for (const [p, t] of namedUnder) byTotal.set(t, [...(byTotal.get(t) ?? []), p]);
  for (const [t, parts] of byTotal)
    notes.push({
      severity: "info",
      code: "structure",
      message: structureMessages.namedParts(
        named(lines[t] as StructureLine),
        parts.sort((x, y) => x - y).map((p) => named(lines[p] as StructureLine))
      ),
      cell: lines[t]?.cell,
      metric: metricOf(t),
    });
  const bySet = new Map<string, number[]>();
  for (const [p, u] of [...undecided].sort((x, y) => x[0] - y[0])) {
    const key = `${u.reason}|${u.totals.join("|")}`;
    bySet.set(key, [...(bySet.get(key) ?? []), p]);
  }
  for (const [key, parts] of bySet) {
    const [reason, ...totals] = key.split("|");
    const totalLines = totals.map((metric): NamedLine => {
      const t = lines.findIndex((l) => l.metric === metric);
      return t >= 0 ? named(lines[t] as StructureLine) : { label: metric, cell: "" };
    });
    const partLines = parts.map((p) => named(lines[p] as StructureLine));
    notes.push({
      severity: "warning",
      code: "structure-undecided",
      message:
        reason === "both"
          ? structureMessages.bothAddUp(partLines, totalLines)
          : structureMessages.hintsConflict(partLines, totalLines),
      cell: partLines[0]?.cell,
      metric: metricOf(parts[0] as number),
    });
  }
  return { roles, notes };
}
