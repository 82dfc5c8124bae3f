import type { SheetDetected } from "../../app/detectWorkbook";
import type { SourceRequest } from "../../workbook/port";

/** The words a source is shown with. */
export interface SourceText {
  sourceSelection: string;
  sourceName: (name: string) => string;
  sourceTable: (name: string) => string;
}

/** A source as the user reads it: `Figures!A3:N30`, "named range Figures_Q", "the selected range". */
export function describeSource(source: SourceRequest, text: SourceText): string {
  switch (source.kind) {
    case "selection":
      return text.sourceSelection;
    case "name":
      return text.sourceName(source.name);
    case "table":
      return text.sourceTable(source.table);
    case "address":
      return source.address;
  }
}

/** The same place: same kind and the same name or address (addresses compared in any case). */
export function sameSource(a: SourceRequest, b: SourceRequest): boolean {
  if (a.kind === "address" && b.kind === "address")
    return a.address.toUpperCase() === b.address.toUpperCase();
  if (a.kind === "name" && b.kind === "name") return a.name === b.name;
  if (a.kind === "table" && b.kind === "table") return a.table === b.table;
  return a.kind === b.kind;
}

/** `sources` with `added` at the end, unless it is already there. */
export function withSourceAdded(
  sources: readonly SourceRequest[],
  added: SourceRequest
): SourceRequest[] {
  return sources.some((s) => sameSource(s, added)) ? sources.slice() : [...sources, added];
}

/** `sources` without the one at `index`; the list is kept when it would be left empty. */
export function withSourceRemoved(
  sources: readonly SourceRequest[],
  index: number
): SourceRequest[] {
  if (sources.length <= 1 || index < 0 || index >= sources.length) return sources.slice();
  return sources.filter((_, i) => i !== index);
}

/**
 * The sources of the blocks the user kept, in workbook order: a sheet whose blocks are all kept is read whole
 * (as Detect read it, a business sheet keeping its own lines), else each kept block by its address.
 */
export function keptSources(
  sheets: readonly SheetDetected[],
  kept: ReadonlySet<string>
): SourceRequest[] {
  const out: SourceRequest[] = [];
  for (const sheet of sheets) {
    const blocks = sheet.blocks.filter((b) => kept.has(b.range));
    if (blocks.length === 0) continue;
    if (blocks.length === sheet.blocks.length && sheet.source) out.push(sheet.source);
    else for (const b of blocks) out.push({ kind: "address", address: b.range });
  }
  return out;
}
