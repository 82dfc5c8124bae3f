/** Turn a port source request into a block on a sheet, trimming full-column and full-row references. */
import type { SourceRequest } from "../port";
import { parseRangeAddress, quoteSheetName } from "../../core/grid";
import { rangeA1 } from "./a1";
import { fileMessages } from "./messages";
import type { LoadedName } from "./types";

export interface ResolvedBlock {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetExtents {
  /** Visible and hidden sheets (the adapter's own store excluded), in workbook order. */
  sheets: string[];
  activeSheet: string;
  /** Last used row and column of a sheet (0, 0 when empty). */
  extent(sheet: string): { rows: number; cols: number };
  names: LoadedName[];
  tables: LoadedName[];
}

export type Resolution = { ok: true; block: ResolvedBlock } | { ok: false; message: string };

function findSheet(ctx: SheetExtents, name: string): string | null {
  return ctx.sheets.find((s) => s.toLowerCase() === name.toLowerCase()) ?? null;
}

function fromAddress(ctx: SheetExtents, address: string): Resolution {
  const p = parseRangeAddress(address);
  if (!p) return { ok: false, message: fileMessages.badAddress(address) };
  const sheet = p.sheet === undefined ? ctx.activeSheet : findSheet(ctx, p.sheet);
  if (!sheet) return { ok: false, message: fileMessages.noSheet(p.sheet ?? "", address) };
  const used = ctx.extent(sheet);
  // Full columns run from row 1 to the last used row, full rows from column A to the last used column; full
  // columns past the last used one (a whole sheet, `A:XFD`) are left out, as Excel's used range leaves them.
  const top = p.fullColumns ? 1 : p.top + 1;
  const bottom = p.fullColumns ? Math.max(used.rows, 1) : p.bottom + 1;
  const left = p.fullRows ? 1 : p.left + 1;
  const right = p.fullRows
    ? Math.max(used.cols, 1)
    : p.fullColumns
      ? Math.min(p.right + 1, Math.max(used.cols, left))
      : p.right + 1;
  return {
    ok: true,
    block: { sheet, top, left, bottom: Math.max(bottom, top), right: Math.max(right, left) },
  };
}

function fromNamed(
  ctx: SheetExtents,
  list: LoadedName[],
  name: string,
  missing: string
): Resolution {
  const hit = list.find((n) => n.name.toLowerCase() === name.toLowerCase());
  if (!hit) return { ok: false, message: missing };
  return fromAddress(ctx, `${quoteSheetName(hit.sheet)}!${hit.range}`);
}

/** Resolve one request; `selection` is the active sheet's used range from A1. */
export function resolveRequest(ctx: SheetExtents, req: SourceRequest): Resolution {
  switch (req.kind) {
    case "address":
      return fromAddress(ctx, req.address);
    case "name":
      return fromNamed(ctx, ctx.names, req.name, fileMessages.noName(req.name));
    case "table":
      return fromNamed(ctx, ctx.tables, req.table, fileMessages.noTable(req.table));
    case "selection": {
      const used = ctx.extent(ctx.activeSheet);
      return fromAddress(
        ctx,
        `${quoteSheetName(ctx.activeSheet)}!${rangeA1(1, 1, Math.max(used.rows, 1), Math.max(used.cols, 1))}`
      );
    }
  }
}
