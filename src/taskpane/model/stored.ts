import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import { sourcesOf, type SourceRequest, type StoredSettings } from "../../workbook/port";

/** Settings of a workbook QuarterDeck has not seen: the selection as source, the product defaults. */
export function defaultStored(source: SourceRequest = { kind: "selection" }): StoredSettings {
  return { version: 1, source, settings: { ...DEFAULT_SETTINGS, ratioKpis: [], guidance: [] } };
}

/** The FX input as the user typed it: a number ("131.04") or a cell ("Figures!M28"). */
export type FxInput = { ok: true; fx: Settings["fx"] } | { ok: false };

const CELL =
  /^(?:'[^']+'|[A-Za-z0-9_. ]+)!\$?[A-Za-z]{1,3}\$?\d{1,7}$|^\$?[A-Za-z]{1,3}\$?\d{1,7}$/;

/** Parse the FX field: empty clears it; a positive number is a rate; a cell address is read at refresh. */
export function parseFxInput(text: string, from: string, to = "USD"): FxInput {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, fx: undefined };
  const rate = Number(trimmed.replace(/,/g, ""));
  if (Number.isFinite(rate) && rate > 0) return { ok: true, fx: { from, to, rate } };
  if (CELL.test(trimmed)) return { ok: true, fx: { from, to, cell: trimmed } };
  return { ok: false };
}

/** The FX setting as text for the input field. */
export function fxText(fx: Settings["fx"]): string {
  if (!fx) return "";
  return "rate" in fx ? String(fx.rate) : fx.cell;
}

/** Excel's rules for a sheet name (src/core/grid/object-names.ts): length, characters, apostrophes, "History". */
export { isValidSheetName } from "../../core/grid";

/** Text describing the source request (for "Current source"). */
export function sourceKey(source: SourceRequest): string {
  switch (source.kind) {
    case "selection":
      return "selection";
    case "address":
      return `address:${source.address}`;
    case "name":
      return `name:${source.name}`;
    case "table":
      return `table:${source.table}`;
  }
}

/** Text describing every source of the settings, in reading order ("address:P&L!A1:H30 + table:Segments"). */
export function sourcesKey(stored: Pick<StoredSettings, "source" | "moreSources">): string {
  return sourcesOf(stored).map(sourceKey).join(" + ");
}
