import type { Capabilities } from "../port";
import { officeMessages } from "./messages";

/** ExcelApi versions the adapter's features need. */
export const API = {
  tables: "1.1",
  settings: "1.4",
  /** getIntersectionOrNullObject, getUsedRangeOrNullObject, workbook.settings. */
  nullObjects: "1.4",
  suspendCalculation: "1.6",
  /** charts.add with series.add / setValues / setXAxisValues, chart series chartType. */
  charts: "1.7",
  /** Axis numberFormat, series axisGroup, runtime.enableEvents, Excel.createWorkbook. */
  chartsExtra: "1.8",
  events: "1.8",
  createWorkbook: "1.8",
  /** table.resize: the KPI table keeps its identity (and structured references) as it grows or shrinks. */
  tableResize: "1.13",
} as const;

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** What this Excel supports, with a note for each missing feature. */
export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities & {
  extra: {
    chartsExtra: boolean;
    events: boolean;
    suspendCalculation: boolean;
    nullObjects: boolean;
    tableResize: boolean;
  };
} {
  const has = (v: string): boolean => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  const notes: string[] = [];
  const tables = has(API.tables);
  const settings = has(API.settings);
  const charts = has(API.charts);
  const createWorkbook = has(API.createWorkbook);
  if (!tables) notes.push(officeMessages.tablesNeedApi);
  if (!settings) notes.push(officeMessages.settingsNeedApi);
  if (!charts) notes.push(officeMessages.chartsNeedApi);
  if (!createWorkbook) notes.push(officeMessages.createWorkbookNeedsApi);
  return {
    host: "excel",
    charts,
    tables,
    settings,
    createWorkbook,
    notes,
    extra: {
      chartsExtra: has(API.chartsExtra),
      events: has(API.events),
      suspendCalculation: has(API.suspendCalculation),
      nullObjects: has(API.nullObjects),
      tableResize: has(API.tableResize),
    },
  };
}
