import type { Dataset, Layout, MetricNature, Series } from "../../core/read/types";
import type { FiscalNaming } from "../../core/periods/types";
import { sourceAddress as datasetAddress } from "../../core/summarise/notes";
import { formatRangeAddress, parseRangeAddress, rangeContains } from "../../core/grid";
import type { RangeAddress } from "../../core/grid/types";

export interface MappingRow {
  label: string;
  metric: string;
  unit: string;
  unknown: boolean;
  /** Flow, stock or rate, as read. */
  nature?: MetricNature;
  /**
   * The source range the line was read from, to group the lines by: its sheet ("P&L") when the sheet has one
   * range read, else the range's address ("Figures!A1:N30").
   */
  source?: string;
}

/** What the pane shows of a dataset under "What QuarterDeck understood". */
export interface Understanding {
  layout: Layout;
  firstPeriod: string | null;
  lastPeriod: string | null;
  periodCount: number;
  fyEndMonth: number;
  naming: FiscalNaming;
  calendarInferred: boolean;
  money: string;
  source: string;
  mapping: MappingRow[];
}

/** A source range of the dataset: where its lines lie, and the title its group of lines is shown under. */
interface SourcePlace {
  range: RangeAddress | null;
  title: string;
}

/**
 * The sources read, each titled by its sheet ("P&L") when it is the only range read on that sheet, else by its
 * sheet-qualified address ("Figures!A1:N30").
 */
function sourcePlaces(dataset: Dataset): SourcePlace[] {
  const sources = dataset.sources ?? [dataset.source];
  const perSheet = new Map<string, number>();
  for (const s of sources) perSheet.set(s.sheet, (perSheet.get(s.sheet) ?? 0) + 1);
  return sources.map((s) => {
    const parsed = parseRangeAddress(s.range);
    const range = parsed ? { ...parsed, sheet: s.sheet } : null;
    const single = (perSheet.get(s.sheet) ?? 0) <= 1 && s.sheet !== "";
    return {
      range,
      title: single ? s.sheet : range ? formatRangeAddress(range) : s.range,
    };
  });
}

/**
 * The title of the source a line's figures are in: the range holding its first cell, else a range on that cell's
 * sheet, else the sheet itself; the first source's when no cell is known.
 */
function sourceOfLine(s: Series, places: readonly SourcePlace[]): string {
  const first = s.cells.find((c) => c !== null && c !== undefined);
  if (!first) return places[0]?.title ?? "";
  const place =
    places.find((p) => p.range !== null && rangeContains(p.range, first)) ??
    places.find((p) => p.range?.sheet === first.sheet);
  return place?.title ?? first.sheet;
}

export function understand(dataset: Dataset): Understanding {
  const periods = dataset.periods;
  const places = sourcePlaces(dataset);
  return {
    layout: dataset.layout,
    firstPeriod: periods[0]?.label ?? null,
    lastPeriod: periods[periods.length - 1]?.label ?? null,
    periodCount: periods.length,
    fyEndMonth: dataset.calendar.endMonth,
    naming: dataset.calendar.naming,
    calendarInferred: dataset.calendarInferred,
    money: dataset.money.label,
    source: datasetAddress(dataset),
    mapping: dataset.series.map((s) => ({
      label: s.label.trim(),
      metric: s.metric,
      unit: s.unit.label,
      unknown: s.unknownLabel === true,
      nature: s.nature,
      source: sourceOfLine(s, places),
    })),
  };
}
