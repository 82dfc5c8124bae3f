/**
 * Reading a source through the workbook port: the first range of `stored.source` and, in the same request, the
 * cells the settings point at (the FX rate kept in a cell, settings.fx = { cell }).
 */
import type { SourceRange } from "../core/grid/types";
import type { SourceRequest, StoredSettings, WorkbookPort } from "../workbook/port";
import { reasonOf } from "../workbook/reason";
import { appMessages } from "./messages";
import { isBlank, sourceAddress } from "./sourceAddress";

export type ReadSource =
  | { ok: true; source: SourceRange; address: string; fxCell?: SourceRange }
  | { ok: false; message: string };

/**
 * A blank or unreadable source is a message, never a throw; an FX cell that cannot be read is left undefined
 * (the core reports it) and never stops the source being read.
 */
export async function readSource(port: WorkbookPort, stored: StoredSettings): Promise<ReadSource> {
  const fx = stored.settings.fx;
  const fxRequest: SourceRequest[] =
    fx && "cell" in fx ? [{ kind: "address", address: fx.cell }] : [];
  let ranges: SourceRange[];
  try {
    ranges = await port.readRanges([stored.source, ...fxRequest]);
  } catch (error) {
    if (fxRequest.length === 0)
      return { ok: false, message: appMessages.readFailed(reasonOf(error)) };
    // the FX cell may be what failed: read the source alone
    try {
      ranges = [...(await port.readRanges([stored.source]))];
    } catch (again) {
      return { ok: false, message: appMessages.readFailed(reasonOf(again)) };
    }
  }
  const source = ranges[0];
  if (!source) return { ok: false, message: appMessages.readFailed("nothing came back") };
  const address = sourceAddress(source);
  if (isBlank(source)) return { ok: false, message: appMessages.noFigures(address) };
  const fxCell = fxRequest.length > 0 ? ranges[1] : undefined;
  return fxCell ? { ok: true, source, address, fxCell } : { ok: true, source, address };
}
