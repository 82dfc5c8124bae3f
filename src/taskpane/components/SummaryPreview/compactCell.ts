import type { SummaryCell } from "../../../core/summarise/types";
import { formatSummaryCell } from "./formatCell";

/** What a narrow table shows for a cell: `text` in the cell, `full` (the summary's own format) when they differ. */
export interface CompactText {
  text: string;
  full?: string;
}

/** From this size on a figure is shown in compact notation ("123K", "1.23M"): six digits and more. */
export const COMPACT_FROM = 100_000;

const compact = new Intl.NumberFormat("en-US", {
  notation: "compact",
  maximumSignificantDigits: 3,
});

/**
 * The cell's text for the pane's narrow KPI table: figures of six digits or more in compact notation with three
 * significant digits and the full figure beside it; percentages, smaller figures and text ("n.m.") as the sheet
 * shows them.
 */
export function compactSummaryCell(cell: SummaryCell | undefined): CompactText {
  const full = formatSummaryCell(cell);
  const v = cell?.value;
  if (typeof v !== "number" || !Number.isFinite(v) || Math.abs(v) < COMPACT_FROM)
    return { text: full };
  if ((cell?.numberFormat ?? "").split(";")[0]?.includes("%")) return { text: full };
  return { text: compact.format(v), full };
}
