import type { SourceRange } from "../core/grid/types";
import type { Settings } from "../core/settings";
import type { SummaryModel } from "../core/summarise/types";

/** Where the figures are: an A1 address (sheet-qualified or on the active sheet), a named range, a table, or the selection. */
export type SourceRequest =
  | { kind: "address"; address: string }
  | { kind: "name"; name: string }
  | { kind: "table"; table: string }
  | { kind: "selection" };

/** What the host can do; a missing feature degrades with a message, never a crash. */
export interface Capabilities {
  host: "excel" | "file";
  charts: boolean;
  tables: boolean;
  settings: boolean;
  /** Excel.createWorkbook(base64) to open an export in a new window. */
  createWorkbook: boolean;
  /** Human-readable notes on what is degraded and why ("Charts need ExcelApi 1.7"). */
  notes: string[];
}

/** Settings persisted in the workbook, with the source mapping and what the add-in owns. */
export interface StoredSettings {
  version: 1;
  /** The first source (the one the Set up view edits). */
  source: SourceRequest;
  /**
   * Sources read after `source`, in order, each with its own layout (another sheet's P&L, segments or operating
   * data); absent in settings saved before a workbook could hold several. `sourcesOf` gives the whole list.
   */
  moreSources?: SourceRequest[];
  settings: Settings;
  /** Objects the add-in created and may replace: its sheet, table and chart names. */
  owned?: { sheet: string; table: string; charts: string[] };
  lastRefreshed?: string;
}

export interface WriteResult {
  sheet: string;
  table: string;
  charts: string[];
  /** Notes on degraded output ("Charts skipped: ExcelApi 1.7 not supported"). */
  notes: string[];
}

/**
 * What became of a formula the pane asked to place: written into the selected cell, copied for the user to
 * paste (no selection in a workbook file), or refused with the cell that stopped it. Refused: a selection of
 * several cells, a cell of the add-in's own summary sheet, or a cell that is not empty (never written over).
 */
export type FormulaPlacement =
  | { kind: "written"; cell: string }
  | { kind: "copied" }
  | {
      kind: "refused";
      reason: "several-cells" | "summary-sheet" | "not-empty" | "no-clipboard";
      /** Sheet-qualified address of the selection, when there is one. */
      cell?: string;
    };

/** What the pane offers as sources. */
export interface SourceChoices {
  activeSheet: string;
  sheets: string[];
  names: string[];
  tables: string[];
}

/**
 * The workbook port: small and coarse on purpose. Each call is one batch (one `Excel.run`, a bounded
 * number of `context.sync()` calls whatever the data size).
 */
export interface WorkbookPort {
  capabilities(): Promise<Capabilities>;
  listSources(): Promise<SourceChoices>;
  /** Values (and number formats) of the requested ranges; full-column references trimmed to the used range. */
  readRanges(requests: SourceRequest[]): Promise<SourceRange[]>;
  /**
   * Write the summary: rewrites the previous one in place (references to its sheet and table keep working) and
   * puts it back if the write fails; replaces only what `owned` lists; never overwrites a sheet it does not own
   * (uses a new name instead, reported in the result).
   */
  writeSummary(model: SummaryModel, owned: StoredSettings["owned"]): Promise<WriteResult>;
  loadSettings(): Promise<StoredSettings | null>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /** Select a sheet-qualified cell such as `Figures!O7`. */
  selectCell(address: string): Promise<void>;
  /**
   * Put a formula into the selected cell (one empty cell, not on the summary sheet `owned` names); where the
   * host has no selection, copy it to the clipboard instead. Never writes over anything.
   */
  writeFormulaToSelection(
    formula: string,
    owned: StoredSettings["owned"]
  ): Promise<FormulaPlacement>;
}

/** Every source of the settings in reading order: `source`, then `moreSources`. */
export function sourcesOf(stored: Pick<StoredSettings, "source" | "moreSources">): SourceRequest[] {
  return [stored.source, ...(stored.moreSources ?? [])];
}

/** Settings holding `sources` (at least one) in that order: the first as `source`, the rest as `moreSources`. */
export function withSources<T extends StoredSettings>(
  stored: T,
  sources: readonly SourceRequest[]
): T {
  const [first, ...rest] = sources;
  const out: T = { ...stored, source: first ?? stored.source };
  if (rest.length > 0) out.moreSources = rest;
  else delete out.moreSources;
  return out;
}
