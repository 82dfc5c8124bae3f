/**
 * The pane's Check view: read the source and validate it, nothing written. Errors come back as values.
 */
import { sortIssues } from "../core/analyse";
import type { SourceRange } from "../core/grid/types";
import { readRange } from "../core/read";
import { resolveFxRate } from "../core/read/fx-rate";
import type { Dataset } from "../core/read/types";
import { validate } from "../core/validate";
import type { Issue } from "../core/issue";
import type { SourceRequest, StoredSettings, WorkbookPort } from "../workbook/port";
import { messageOf } from "./errors";
import { appMessages } from "./messages";
import { isBlank, sourceAddress } from "./sourceAddress";

export type CheckResult =
  | { ok: true; source: SourceRange; address: string; dataset: Dataset; issues: Issue[] }
  | { ok: false; message: string };

/**
 * Read the first range of `stored.source` — and, in the same request, the cell of an FX rate kept in a cell
 * (settings.fx = { cell }). A blank or unreadable source is a message, never a throw; an FX cell that cannot be
 * read is left undefined (the core reports it) and never stops the source being read.
 */
export async function readSource(
  port: WorkbookPort,
  stored: StoredSettings
): Promise<
  | { ok: true; source: SourceRange; address: string; fxCell?: SourceRange }
  | { ok: false; message: string }
> {
  const fx = stored.settings.fx;
  const fxRequest: SourceRequest[] =
    fx && "cell" in fx ? [{ kind: "address", address: fx.cell }] : [];
  let ranges: SourceRange[];
  try {
    ranges = await port.readRanges([stored.source, ...fxRequest]);
  } catch (error) {
    if (fxRequest.length === 0)
      return { ok: false, message: appMessages.readFailed(messageOf(error)) };
    // the FX cell may be what failed: read the source alone
    try {
      ranges = [...(await port.readRanges([stored.source]))];
    } catch (again) {
      return { ok: false, message: appMessages.readFailed(messageOf(again)) };
    }
  }
  const source = ranges[0];
  if (!source) return { ok: false, message: appMessages.readFailed("nothing came back") };
  const address = sourceAddress(source);
  if (isBlank(source)) return { ok: false, message: appMessages.noFigures(address) };
  const fxCell = fxRequest.length > 0 ? ranges[1] : undefined;
  return fxCell ? { ok: true, source, address, fxCell } : { ok: true, source, address };
}

/** No figures at all: the reader's own message when it gave one, else ours with the address. */
export function noFiguresMessage(
  dataset: Dataset,
  issues: Issue[],
  address: string
): string | null {
  if (dataset.series.length > 0 && dataset.periods.length > 0) return null;
  return issues.find((i) => i.code === "no-figures")?.message ?? appMessages.noFigures(address);
}

export async function check(port: WorkbookPort, stored: StoredSettings): Promise<CheckResult> {
  const read = await readSource(port, stored);
  if (!read.ok) return read;
  try {
    const fx = resolveFxRate(stored.settings, read.fxCell);
    const { dataset, issues: readIssues } = readRange(read.source, fx.settings);
    const issues = sortIssues([...fx.issues, ...readIssues, ...validate(dataset, fx.settings)]);
    const none = noFiguresMessage(dataset, issues, read.address);
    if (none) return { ok: false, message: none };
    return { ok: true, source: read.source, address: read.address, dataset, issues };
  } catch (error) {
    return { ok: false, message: appMessages.analyseFailed(messageOf(error)) };
  }
}
