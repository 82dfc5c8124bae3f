/**
 * Reading the sources through the workbook port: every source of the settings (`source`, then `moreSources`)
 * and, in the same request, the cells the settings point at (the FX rate kept in a cell, settings.fx = { cell }).
 */
import type { SourceRange } from "../core/grid/types";
import {
  sourcesOf,
  type SourceRequest,
  type StoredSettings,
  type WorkbookPort,
} from "../workbook/port";
import { reasonOf } from "../workbook/reason";
import { appMessages } from "./messages";
import { isBlank, sourceAddress } from "./sourceAddress";

export type ReadSource =
  | {
      ok: true;
      /** The first source's range. */
      source: SourceRange;
      /** Every source's range, in order (one for settings with one source). */
      sources: SourceRange[];
      /** The sources' addresses, joined by ", ". */
      address: string;
      fxCell?: SourceRange;
    }
  | { ok: false; message: string };

/**
 * A blank or unreadable source is a message, never a throw; an FX cell that cannot be read is left undefined
 * (the core reports it) and never stops the source being read.
 */
export async function readSource(port: WorkbookPort, stored: StoredSettings): Promise<ReadSource> {
  const fx = stored.settings.fx;
  const fxRequest: SourceRequest[] =
    fx && "cell" in fx ? [{ kind: "address", address: fx.cell }] : [];
  const requests = sourcesOf(stored);
  let ranges: SourceRange[];
  try {
    ranges = await port.readRanges([...requests, ...fxRequest]);
  } catch (error) {
    if (fxRequest.length === 0)
      return { ok: false, message: appMessages.readFailed(reasonOf(error)) };
    // the FX cell may be what failed: read the source alone
    try {
      ranges = [...(await port.readRanges(requests))];
    } catch (again) {
      return { ok: false, message: appMessages.readFailed(reasonOf(again)) };
    }
  }
  const sources = ranges.slice(0, requests.length);
  const source = sources[0];
  if (!source || sources.length < requests.length)
    return { ok: false, message: appMessages.readFailed("nothing came back") };
  const address = sources.map(sourceAddress).join(", ");
  // all blank: nothing to read; some blank among several: the reader says which
  if (sources.every(isBlank)) return { ok: false, message: appMessages.noFigures(address) };
  const fxCell = fxRequest.length > 0 ? ranges[requests.length] : undefined;
  return fxCell
    ? { ok: true, source, sources, address, fxCell }
    : { ok: true, source, sources, address };
}
