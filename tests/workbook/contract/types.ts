import type { CellValue } from "../../../src/core/grid/types";
import type { WorkbookPort } from "../../../src/workbook/port";

/** The whole visible content of a workbook, for equality checks (refresh twice → identical). */
export interface WorkbookSnapshot {
  sheets: {
    name: string;
    values: CellValue[][];
    numberFormats: string[][];
    formulas?: CellValue[][];
  }[];
  /** Table names with their sheet, e.g. "KPI Summary!QuarterDeckKPIs". */
  tables: string[];
  /** Chart names with their sheet, e.g. "KPI Summary!QD_revenue_breakdown". */
  charts: string[];
}

/** One adapter instance under test, over a workbook prepared by the harness. */
export interface ContractSubject {
  port: WorkbookPort;
  snapshot(): Promise<WorkbookSnapshot>;
  /** Make the next `writeSummary` fail in the middle (after the new summary is partly built). */
  armFailure(): void;
  /** Persist and open again (save → load for files; omitted where the host keeps the document). */
  reopen?(): Promise<ContractSubject>;
}

export interface ContractSetup {
  /** Sheets to create besides "Figures" (which always holds SAMPLE_SOURCE at A1), e.g. a user's own "KPI Summary". */
  userSheets?: { name: string; values: CellValue[][] }[];
}

/** Creates a fresh subject for every test. */
export type ContractFactory = (setup: ContractSetup) => Promise<ContractSubject>;
