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
 * group's. Which sources are one business is decided from their figures, whatever order they are listed in
 * (`businesses.ts`): sources sharing no figure merge (segments, operating data, other periods of the same lines),
 * sources whose shared figures mostly agree merge (the few that differ reported on both cells and n.m.), and a
 * source whose shared figures all differ — or half or more, with some agreeing (mixed evidence: a warning naming
 * both sheets) — is a business of its own: each of its lines becomes a line of its own, its metric prefixed by
 * the sheet's slug and its label by the sheet (`revenue.total` of sheet "Cloud" → `cloud.revenue.total`, "Cloud ·
 * Total revenue"), with no share or margin of the group's totals, and its issues name those lines. Businesses
 * that are the group's segments — a sheet per segment repeating the same lines, their revenues within the
 * group's — are read as segments instead (`segment-sheets.ts`).
 */
import type { SourceRange } from "../grid/types";
import type { Settings } from "../settings";
import type { Issue } from "../issue";
import { withLazyCells } from "./cells";
import { createContext, finishIssues } from "./context";
import { figuresOf, planBusinesses, relate, unitFactor, where, type Entity } from "./businesses";
import { mergeBlocks } from "./merge-blocks";
import { readMessages } from "./messages";
import { readRange, type ReadResult } from "./read-range";
import { readSegmentSheets } from "./segment-sheets";
import type { BlockInfo, Dataset } from "./types";
import type { BlockRead } from "./wide";

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
    }
    if (Object.keys(again).length === 0) return r;
    const range = ranges[k] as SourceRange;
    let read = readRange(range, { ...settings, ...again });
    if (withUnit && again.unitScale !== undefined) {
      const from = where(withUnit.dataset);
      // the figures it shares with the source whose unit it takes may say it is written in another unit
      const factor = unitFactor(read.dataset, withUnit.dataset);
      if (factor !== null) {
        read = readRange(range, { ...settings, ...again, unitScale: again.unitScale * factor });
        const shared = relate(figuresOf(read.dataset), figuresOf(withUnit.dataset)).shared;
        notes.push({
          severity: "warning",
          code: "unit-unknown",
          message: readMessages.sourceUnitByFigures(
            where(r.dataset),
            read.dataset.money.label,
            from,
            shared
          ),
        });
      } else
        notes.push({
          severity: "info",
          code: "unit-unknown",
          message: readMessages.sourceUnit(where(r.dataset), withUnit.dataset.money.label, from),
        });
    }
    return read;
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
  const base = (withFigures[0] as ReadResult).dataset;
  const plan = planBusinesses(withFigures.map((r) => r.dataset));
  // sheets kept apart that are the group's segments: read as segment tables, no longer businesses
  const segments = readSegmentSheets(
    withFigures.map((r) => r.dataset),
    plan.entities.map((e) => e?.prefix ?? null)
  );
  const entityOf = new Map<ReadResult, Entity>();
  const movedOf = new Map<ReadResult, Map<string, string>>();
  withFigures.forEach((r, k) => {
    const e = plan.entities[k];
    const moved = segments.moved.get(k);
    if (moved) movedOf.set(r, moved);
    else if (e) entityOf.set(r, e);
  });
  // a source without figures among others: said, not fatal; a business's issues name its own lines
  for (const r of results) {
    const e = entityOf.get(r);
    const moved = movedOf.get(r);
    for (const i of r.issues)
      issues.push(
        i.code === "no-figures" && r.noFigures
          ? { ...i, severity: "warning", message: readMessages.sourceEmpty(i.message) }
          : e && i.metric !== undefined
            ? { ...i, metric: `${e.prefix}.${i.metric}` }
            : moved && i.metric !== undefined && moved.has(i.metric)
              ? { ...i, metric: moved.get(i.metric) as string }
              : i
      );
  }
  issues.push(
    ...plan.notes.filter((_, n) => !segments.moved.has(plan.noteSources?.[n] ?? -1)),
    ...segments.notes
  );
  const datasets: Dataset[] = [];
  const sources: NonNullable<Dataset["sources"]> = [];
  for (const r of withFigures) {
    let d = r.dataset;
    if (datasets.length > 0 && d.calendar.endMonth !== base.calendar.endMonth)
      issues.push({
        severity: "warning",
        code: "source-calendar",
        message: readMessages.sourceCalendar(
          where(d),
          String(base.calendar.endMonth),
          String(d.calendar.endMonth)
        ),
      });
    const e = entityOf.get(r);
    if (e) {
      sources.push({ ...d.source, entity: e.prefix });
      d = asEntity(d, e.prefix, e.name);
    } else sources.push(d.source);
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
