/**
 * Reading several sources (the sheets of a results pack: the P&L, revenue by segment, operating data …) into one
 * dataset. Each source is read on its own by `readRange` — its own sheet, layout, header, unit note — and the
 * reads are merged like the blocks of one range (`mergeBlocks`): the periods of all, one line per metric, the same
 * line and period given twice either agreeing (one figure, the first cell) or not (a warning on both cells, the
 * figure left out so the KPIs that need it are n.m.). Every figure keeps its own cell, sheet included, so live
 * formulas point at the sheet it came from.
 *
 * Separate businesses. A pack often has a sheet per business, each with its own "Total revenue": merged, they
 * would be one line whose figures disagree everywhere, or worse, a business's operating costs taken as the
 * group's. The rule, decided per source in reading order: a source is a business of its own when it shares
 * figures (same metric, same period) with the sources merged before it and most of those shared figures (more
 * than half) differ. Such a source is not merged: each of its lines becomes a line of its own, its metric
 * prefixed by the sheet's slug and its label by the sheet (`revenue.total` of sheet "Cloud" → `cloud.revenue.total`,
 * "Cloud · Total revenue"), with no share or margin of the group's totals; an info issue says so. A source
 * sharing no figure with the earlier ones (segments, operating data, cash flow) merges; one that shares figures
 * and mostly agrees merges too, its few differing figures reported on both cells and n.m. The first source is
 * never prefixed: it is the one the user put first. A single shared figure that differs makes the source a
 * business of its own (kept apart, both figures shown) rather than a merged line with a figure missing.
 */
import { cellAddress } from "../grid";
import type { SourceRange } from "../grid/types";
import { periodKey } from "../periods";
import type { Settings } from "../settings";
import type { Issue } from "../issue";
import { withLazyCells } from "./cells";
import { createContext, finishIssues } from "./context";
import { figuresAgreeScaled, mergeBlocks } from "./merge-blocks";
import { readMessages } from "./messages";
import { readRange, type ReadResult } from "./read-range";
import { slugify } from "./synonyms";
import type { BlockInfo, Dataset, Series } from "./types";
import type { BlockRead } from "./wide";

/** Sheet-qualified range of a dataset's source: "Cloud!A1:H20". */
function where(d: Dataset): string {
  return d.source.sheet === "" ? d.source.range : `${d.source.sheet}!${d.source.range}`;
}

/** A value in the unit of `to` (money lines of two sources may be in different scales). */
function inScaleOf(v: number, from: Series, to: Series): number {
  return from.unit.scale === to.unit.scale ? v : (v * from.unit.scale) / to.unit.scale;
}

/** Figures a dataset shares (metric and period) with the lines merged so far, and how many of them differ. */
function compare(
  merged: ReadonlyMap<string, { series: Series; byPeriod: Map<string, number> }>,
  d: Dataset
): { shared: number; differ: number } {
  let shared = 0;
  let differ = 0;
  for (const s of d.series) {
    const m = merged.get(s.metric);
    if (!m) continue;
    s.values.forEach((v, j) => {
      const p = d.periods[j];
      if (v === null || !p) return;
      const w = m.byPeriod.get(periodKey(p));
      if (w === undefined) return;
      shared++;
      if (!figuresAgreeScaled(w, m.series.unit.scale, v, s.unit.scale)) differ++;
    });
  }
  return { shared, differ };
}

function remember(
  merged: Map<string, { series: Series; byPeriod: Map<string, number> }>,
  d: Dataset
): void {
  for (const s of d.series) {
    let m = merged.get(s.metric);
    if (!m) {
      m = { series: s, byPeriod: new Map() };
      merged.set(s.metric, m);
    }
    const target = m;
    s.values.forEach((v, j) => {
      const p = d.periods[j];
      if (v === null || !p) return;
      const key = periodKey(p);
      if (!target.byPeriod.has(key)) target.byPeriod.set(key, inScaleOf(v, s, target.series));
    });
  }
}

/** The dataset with every line prefixed by `prefix` (id) and `name` (label): a business of its own. */
function asEntity(d: Dataset, prefix: string, name: string): Dataset {
  const id = (metric: string): string => `${prefix}.${metric}`;
  const series = d.series.map((s) => {
    const out = withLazyCells(
      {
        metric: id(s.metric),
        label: `${name} · ${s.label.trim()}`,
        nature: s.nature,
        unit: s.unit,
        values: s.values,
        factor: s.factor,
        ...(s.parent !== undefined ? { parent: id(s.parent) } : {}),
        ...(s.unknownLabel ? { unknownLabel: true } : {}),
      },
      () => s.cells
    );
    // a business's lines are no parts of the group's totals: no share, no margin over group revenue
    out.shareUndecided = true;
    return out;
  });
  const out: Dataset = { ...d, series };
  if (d.guidance) out.guidance = d.guidance.map((g) => ({ ...g, metric: id(g.metric) }));
  if (d.bookRatios) out.bookRatios = d.bookRatios.map((r) => ({ ...r, metric: id(r.metric) }));
  return out;
}

function toBlock(d: Dataset): BlockRead {
  const read: BlockRead = {
    calendar: d.calendar,
    calendarInferred: d.calendarInferred,
    periods: d.periods,
    series: d.series,
    money: d.money,
    hasNumbers: true,
    note: null,
  };
  if (d.guidance) read.guidance = d.guidance;
  if (d.bookRatios) read.bookRatios = d.bookRatios;
  return read;
}

/** What a dataset holds, as one block, when its reader listed none (a long table). */
function wholeBlock(d: Dataset): BlockInfo {
  return {
    range: where(d),
    first: d.periods[0]?.label ?? "",
    last: d.periods[d.periods.length - 1]?.label ?? "",
    periods: d.periods.length,
    unit: d.money.label,
    lines: d.series.length,
  };
}

/** True when a read found money figures without any unit (no note, no unit column, none in the settings). */
const unitless = (r: ReadResult): boolean => r.issues.some((i) => i.code === "unit-unknown");

/**
 * Sources read with one fiscal calendar and one money unit, when the user set neither: a source whose labels do
 * not say the year end is read again with the calendar another source's labels gave, and a source without any
 * unit in the unit of the first source that has one (like a block under the note of the block above: a sheet
 * of plain numbers is never rescaled as if it were in units of one). Each re-read is said in an info issue.
 */
function readAll(
  ranges: readonly SourceRange[],
  settings: Settings
): { results: ReadResult[]; notes: Issue[] } {
  const first = ranges.map((r) => readRange(r, settings));
  const notes: Issue[] = [];
  const calendar =
    settings.fyEndMonth === undefined
      ? first.find((r) => !r.noFigures && r.dataset.calendarInferred)?.dataset.calendar
      : undefined;
  const unitGiven = settings.unitScale !== undefined || settings.reportingCurrency !== undefined;
  const withUnit = unitGiven
    ? undefined
    : first.find(
        (r) =>
          !r.noFigures &&
          !unitless(r) &&
          (r.dataset.money.currency !== undefined || r.dataset.money.scale !== 1)
      );
  const results = first.map((r, k) => {
    if (r.noFigures) return r;
    const c = r.dataset.calendar;
    const again: Partial<Settings> = {};
    if (
      calendar &&
      !r.dataset.calendarInferred &&
      (c.endMonth !== calendar.endMonth || c.naming !== calendar.naming)
    ) {
      again.fyEndMonth = calendar.endMonth;
      again.naming = calendar.naming;
    }
    if (withUnit && unitless(r)) {
      const money = withUnit.dataset.money;
      again.unitScale = money.scale;
      if (money.currency !== undefined) again.reportingCurrency = money.currency;
      notes.push({
        severity: "info",
        code: "unit-unknown",
        message: readMessages.sourceUnit(where(r.dataset), money.label, where(withUnit.dataset)),
      });
    }
    return Object.keys(again).length === 0
      ? r
      : readRange(ranges[k] as SourceRange, { ...settings, ...again });
  });
  return { results, notes };
}

/** Several ranges read into one dataset (see the file's comment); one range is read exactly as `readRange`. */
export function readSources(ranges: readonly SourceRange[], settings: Settings): ReadResult {
  if (ranges.length === 1) return readRange(ranges[0] as SourceRange, settings);
  const { results, notes } = readAll(ranges, settings);
  const withFigures = results.filter((r) => !r.noFigures);
  const issues: Issue[] = [];
  const first = results[0];
  if (!first || withFigures.length === 0) {
    for (const r of results) issues.push(...r.issues);
    const noFigures = first?.noFigures ?? {
      severity: "error",
      code: "no-figures",
      message: readMessages.emptyRange(""),
    };
    return {
      dataset:
        first?.dataset ?? readRange({ sheet: "", topLeft: "A1", values: [] }, settings).dataset,
      issues: issues.length > 0 ? issues : [noFigures],
      noFigures,
    };
  }
  issues.push(...notes);
  // a source without figures among others: said, not fatal
  for (const r of results)
    for (const i of r.issues)
      issues.push(
        i.code === "no-figures" && r.noFigures
          ? { ...i, severity: "warning", message: readMessages.sourceEmpty(i.message) }
          : i
      );
  const base = (withFigures[0] as ReadResult).dataset;
  const merged = new Map<string, { series: Series; byPeriod: Map<string, number> }>();
  const prefixes = new Set<string>();
  const datasets: Dataset[] = [];
  const sources: NonNullable<Dataset["sources"]> = [];
  for (const r of withFigures) {
    let d = r.dataset;
    if (datasets.length > 0) {
      const c = d.calendar;
      if (c.endMonth !== base.calendar.endMonth)
        issues.push({
          severity: "warning",
          code: "source-calendar",
          message: readMessages.sourceCalendar(
            where(d),
            String(base.calendar.endMonth),
            String(c.endMonth)
          ),
        });
      const { shared, differ } = compare(merged, d);
      if (shared > 0 && differ * 2 > shared) {
        let prefix = slugify(d.source.sheet || d.source.range);
        let name = d.source.sheet || d.source.range;
        if (prefixes.has(prefix)) {
          prefix = `${prefix}_${slugify(d.source.range)}`;
          name = where(d);
        }
        prefixes.add(prefix);
        issues.push({
          severity: "info",
          code: "source-entity",
          message: readMessages.sourceEntity(where(d), where(base), differ, shared),
          ...(d.series[0]?.cells[0] ? { cell: cellAddress(d.series[0].cells[0]) } : {}),
        });
        sources.push({ ...d.source, entity: prefix });
        d = asEntity(d, prefix, name);
      } else {
        remember(merged, d);
        sources.push(d.source);
      }
    } else {
      remember(merged, d);
      sources.push(d.source);
    }
    datasets.push(d);
  }
  const ctx = createContext("", "A1");
  const read =
    datasets.length === 1 ? toBlock(base) : mergeBlocks(ctx, datasets.map(toBlock), true);
  issues.push(...finishIssues(ctx));
  const blocks = datasets.flatMap((d) => d.blocks ?? [wholeBlock(d)]);
  const dataset: Dataset = {
    layout: base.layout,
    calendar: read.calendar,
    calendarInferred: read.calendarInferred,
    periods: read.periods,
    series: read.series,
    money: read.money,
    source: base.source,
    sources,
    blocks,
  };
  if (read.guidance) dataset.guidance = read.guidance;
  if (read.bookRatios && read.bookRatios.length > 0) dataset.bookRatios = read.bookRatios;
  return { dataset, issues };
}
