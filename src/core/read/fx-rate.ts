/**
 * An FX rate kept in a cell (settings.fx = { cell: "Figures!B2" }): the refresh reads that cell, and the
 * computation uses its number as the rate, with the cell as the rate's source — the converted figures are then
 * live formulas over it. A cell that cannot be read or holds no rate above zero is an issue naming it, and the
 * converted figures are left out (never a made-up rate).
 */
import { sourceCellRef } from "../grid/offset";
import type { SourceRange } from "../grid/types";
import type { Settings } from "../settings";
import type { Issue } from "../issue";
import { readMessages } from "./messages";
import { CELL_NUMBER, cellText, readNumberCell } from "./numbers";

export function resolveFxRate(
  settings: Settings,
  cell: SourceRange | undefined
): { settings: Settings; issues: Issue[] } {
  const fx = settings.fx;
  if (!fx || !("cell" in fx)) return { settings, issues: [] };
  const rest: Settings = { ...settings };
  delete rest.fx;
  const issue = (message: string, at: string): Issue => ({
    severity: "warning",
    code: "fx-rate",
    message,
    cell: at,
  });
  const ref = cell ? sourceCellRef(cell, 0, 0) : null;
  if (!cell || !ref)
    return { settings: rest, issues: [issue(readMessages.fxCellUnread(fx.cell), fx.cell)] };
  const raw = cell.values[0]?.[0];
  const slot = { value: 0 };
  if (readNumberCell(raw, slot) !== CELL_NUMBER || !(slot.value > 0)) {
    return {
      settings: rest,
      issues: [issue(readMessages.fxCellNotRate(fx.cell, cellText(raw)), fx.cell)],
    };
  }
  // a rate typed as text is read, but a formula would not compute over it
  if (typeof raw === "string") ref.text = true;
  return {
    settings: { ...rest, fx: { from: fx.from, to: fx.to, rate: slot.value, ref } },
    issues: [],
  };
}
