import type { Dataset, Layout } from "../../core/read/types";
import type { FiscalNaming } from "../../core/periods/types";
import { sourceAddress as datasetAddress } from "../../core/summarise/notes";

export interface MappingRow {
  label: string;
  metric: string;
  unit: string;
  unknown: boolean;
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
    })),
  };
}
