import type { SummaryCell } from "../../../core/summarise/types";

/**
 * Display text of a summary cell in the browser preview, following the common Excel formats the summary
 * uses ("#,##0", "0.0%", "0%", "#,##0.0"). Text (such as "n.m.") is shown as is.
 */
export function formatSummaryCell(cell: SummaryCell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "string") return cell.value;
  const v = cell.value;
  if (!Number.isFinite(v)) return "";
  const format = cell.numberFormat ?? "General";
  const section = format.split(";")[0] ?? format;
  const percent = section.includes("%");
  const decimals = (section.split(".")[1]?.match(/0/g) ?? []).length;
  const grouping = section.includes(",");
  const n = percent ? v * 100 : v;
  if (format === "General") return String(Math.round(v * 1e6) / 1e6);
  const text = n.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
  return percent ? `${text}%` : text;
}
