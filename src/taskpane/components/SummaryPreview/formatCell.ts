import type { SummaryCell } from "../../../core/summarise/types";

/** One section of a number format: the literal text around its number, and how the number is written. */
interface Section {
  prefix: string;
  suffix: string;
  decimals: number;
  grouping: boolean;
  percent: boolean;
  /** False for a section of text alone ("nil"). */
  number: boolean;
}

/** The sections of a format, split at ";" outside quoted text. */
function sectionsOf(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const c of format) {
    if (c === '"') quoted = !quoted;
    if (c === ";" && !quoted) {
      out.push(current);
      current = "";
    } else current += c;
  }
  out.push(current);
  return out;
}

/** A section's parts: quoted text (quotes dropped) and other characters are literal, "#0,." is the number. */
function parseSection(section: string): Section {
  let prefix = "";
  let number = "";
  let suffix = "";
  let percent = false;
  for (let i = 0; i < section.length; i++) {
    const c = section[i] as string;
    let literal = c;
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal = section.slice(i + 1, stop);
      i = stop;
    } else if ("#0,.".includes(c) && suffix === "") {
      number += c;
      continue;
    } else if (c === "%") percent = true;
    if (number === "") prefix += literal;
    else suffix += literal;
  }
  return {
    prefix,
    suffix,
    decimals: (number.split(".")[1]?.match(/0/g) ?? []).length,
    grouping: number.includes(","),
    percent,
    number: number !== "",
  };
}

/**
 * Display text of a summary cell in the browser preview, following the Excel formats the summary uses ("#,##0",
 * "0.0%", "0%", "#,##0.0", and a percentage-point change `+0.0" pp";-0.0" pp";0.0" pp"` → "+1.7 pp"). As in
 * Excel, a second section is for negative values (its own sign, none added) and a third for zero; the section
 * goes by the value's sign before rounding. Text (such as "n.m.") is shown as is.
 */
export function formatSummaryCell(cell: SummaryCell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "string") return cell.value;
  const v = cell.value;
  if (!Number.isFinite(v)) return "";
  const format = cell.numberFormat ?? "General";
  if (format === "General") return String(Math.round(v * 1e6) / 1e6);
  const all = sectionsOf(format);
  const which = v < 0 && all.length >= 2 ? 1 : v === 0 && all.length >= 3 ? 2 : 0;
  const section = parseSection(all[which] ?? format);
  if (!section.number) return section.prefix;
  // a negative or zero section writes its own sign
  const signed = which === 0 ? v : Math.abs(v);
  const n = section.percent ? signed * 100 : signed;
  const text = n.toLocaleString("en-US", {
    minimumFractionDigits: section.decimals,
    maximumFractionDigits: section.decimals,
    useGrouping: section.grouping,
  });
  return `${section.prefix}${text}${section.suffix}`;
}
