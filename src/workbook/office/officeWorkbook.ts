/**
 * The Office.js adapter of the workbook port. Every method is one `Excel.run` with a bounded number of
 * `context.sync()` calls; failures reject with a WorkbookError whose message a user understands.
 */
import type { SourceRange } from "../../core/grid/types";
import { splitSheetPrefix } from "../../core/grid";
import type { SummaryModel } from "../../core/summarise/types";
import type {
  Capabilities,
  FormulaPlacement,
  SourceChoices,
  SourceRequest,
  StoredSettings,
  WorkbookPort,
  WriteResult,
} from "../port";
import { detectCapabilities } from "./capabilities";
import { WorkbookError, errorCode, reasonOf } from "./errors";
import { officeHost, type OfficeHost } from "./host";
import { officeMessages } from "./messages";
import { readRanges } from "./read";
import { newLockToken, type LockAttempt, type LockHolder, type RefreshLockPort } from "../lock";
import { acquireLock, releaseLock } from "./lock";
import { SETTINGS_KEY, parseStoredSettings, serialiseStoredSettings } from "./storedSettings";
import { writeSummary } from "./write";

export class OfficeWorkbook implements WorkbookPort, RefreshLockPort {
  constructor(private readonly host: OfficeHost = officeHost()) {}

  private caps() {
    return detectCapabilities((name, version) => this.host.isSetSupported(name, version));
  }

  async capabilities(): Promise<Capabilities> {
    const { extra: _extra, ...caps } = this.caps();
    return caps;
  }

  listSources(): Promise<SourceChoices> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const names = context.workbook.names.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return {
        activeSheet: active.name,
        sheets: sheets.items.map((s) => s.name),
        names: names.items.map((n) => n.name),
        tables: tables.items.map((t) => t.name),
      };
    });
  }

  readRanges(requests: SourceRequest[]): Promise<SourceRange[]> {
    return this.host.run((context) => readRanges(context, requests));
  }

  writeSummary(model: SummaryModel, owned: StoredSettings["owned"]): Promise<WriteResult> {
    const caps = this.caps();
    return this.host.run((context) =>
      writeSummary(context, model, owned, {
        charts: caps.charts,
        chartsExtra: caps.extra.chartsExtra,
        events: caps.extra.events,
        suspendCalculation: caps.extra.suspendCalculation,
        tableResize: caps.extra.tableResize,
      })
    );
  }

  async loadSettings(): Promise<StoredSettings | null> {
    if (!this.caps().settings) return null;
    let raw: unknown;
    let found = false;
    try {
      raw = await this.host.run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
        item.load("value");
        await context.sync();
        found = !item.isNullObject;
        return found ? (item.value as unknown) : null;
      });
    } catch (error) {
      throw new WorkbookError(
        officeMessages.settingsUnreadable(reasonOf(error)),
        errorCode(error) || "settings"
      );
    }
    if (!found) return null;
    const parsed = parseStoredSettings(raw);
    if (!parsed) throw new WorkbookError(officeMessages.settingsInvalid, "settings-invalid");
    return parsed;
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    if (!this.caps().settings)
      throw new WorkbookError(officeMessages.settingsNeedApi, "unsupported");
    try {
      await this.host.run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, serialiseStoredSettings(settings));
        await context.sync();
      });
    } catch (error) {
      throw new WorkbookError(
        officeMessages.settingsSaveFailed(reasonOf(error)),
        errorCode(error) || "settings"
      );
    }
  }

  /** Take the refresh lock; without workbook settings (below ExcelApi 1.4) there is nothing to lock with. */
  acquireRefreshLock(holder: LockHolder, now: Date): Promise<LockAttempt> {
    const token = newLockToken(now);
    if (!this.caps().settings) return Promise.resolve({ ok: true, token });
    return this.host.run((context) => acquireLock(context, holder, now, token));
  }

  async releaseRefreshLock(token: string): Promise<void> {
    if (!this.caps().settings) return;
    await this.host.run((context) => releaseLock(context, token));
  }

  async selectCell(address: string): Promise<void> {
    const split = splitSheetPrefix(address.trim());
    if (!split || split.rest === "")
      throw new WorkbookError(officeMessages.badAddress(address), "bad-address");
    try {
      await this.host.run(async (context) => {
        const sheet =
          split.sheet !== undefined
            ? context.workbook.worksheets.getItem(split.sheet)
            : context.workbook.worksheets.getActiveWorksheet();
        sheet.activate();
        sheet.getRange(split.rest).select();
        await context.sync();
      });
    } catch (error) {
      throw new WorkbookError(
        officeMessages.selectFailed(address, reasonOf(error)),
        errorCode(error) || "select"
      );
    }
  }

  async writeFormulaToSelection(
    formula: string,
    owned: StoredSettings["owned"]
  ): Promise<FormulaPlacement> {
    try {
      return await this.host.run(async (context) => {
        const selected = context.workbook.getSelectedRange().load("address,rowCount,columnCount");
        // The first cell alone is loaded: a selection of whole columns must not load a million cells.
        const first = context.workbook.getSelectedRange().getCell(0, 0).load("values,formulas");
        await context.sync();
        const cell = selected.address;
        if (selected.rowCount !== 1 || selected.columnCount !== 1)
          return { kind: "refused", reason: "several-cells", cell };
        const sheet = splitSheetPrefix(cell)?.sheet;
        if (owned && sheet !== undefined && sheet.toLowerCase() === owned.sheet.toLowerCase())
          return { kind: "refused", reason: "summary-sheet", cell };
        const value = first.values[0]?.[0];
        const written = first.formulas[0]?.[0];
        if ((value !== "" && value !== null) || (written !== "" && written !== null))
          return { kind: "refused", reason: "not-empty", cell };
        first.formulas = [[formula]];
        await context.sync();
        return { kind: "written", cell };
      });
    } catch (error) {
      throw new WorkbookError(
        officeMessages.formulaWriteFailed(reasonOf(error)),
        errorCode(error) || "formula"
      );
    }
  }
}
