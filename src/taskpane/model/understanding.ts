import type { Dataset, Layout, MetricNature, Series } from "../../core/read/types";
import type { FiscalNaming } from "../../core/periods/types";
import { sourceAddress as datasetAddress } from "../../core/summarise/notes";

export interface MappingRow {
  label: string;
  metric: string;
  unit: string;
  unknown: boolean;
  /** Flow, stock or rate, as read. */
  nature?: MetricNature;
  /** The source the line was read from (its sheet), to group the lines by. */
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

/** The sheet a line's figures are on (the dataset's sheet when no cell is known). */
function sourceOfLine(s: Series, dataset: Dataset): string {
  for (const c of s.cells) if (c) return c.sheet;
  return dataset.source.sheet;
}

export function understand(dataset: Dataset): Understanding {
  const periods = dataset.periods;
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
      source: sourceOfLine(s, dataset),
    })),
  };
}
