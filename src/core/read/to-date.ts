/**
 * A year-to-date column named without its quarters: `累計`, `YTD` or `Cumulative` under a year (`2026年2月期` over
 * `第1四半期 第2四半期 第3四半期 累計`). It covers the year's quarters up to the last one written before it under
 * the same year, and is relabelled so (`2026年2月期 第3四半期累計`). Written before its quarters (`2026年2月期` over
 * `累計 第1四半期 第2四半期 第3四半期`), it covers the quarters right after it, when they are the year's first ones in
 * order. Otherwise it is left as written (and its column left out).
 */
import type { CellValue } from "../grid/types";
import { normaliseLabel } from "../periods/normalise";
import type { Period } from "../periods/types";

type Parse = (cell: CellValue | undefined) => Period | null;

/** `<year> 累計`, `<year> YTD`, `<year> Cumulative`: the year's text, or null. */
const TO_DATE = /^(.+?) ?(?:累計|YTD|CUMULATIVE|YEAR[- ]TO[- ]DATE)$/;

/** The year and end month a period's quarters are counted in (a label may name its own month). */
function yearKey(p: Period): string {
  return `${p.fiscalYear}:${p.end.slice(5, 7)}`;
}

/** The year-to-date label of `cell` over quarters 1…`last` of its year, when it names the year `key`; else null. */
function relabel(cell: string, last: number, key: string, parse: Parse): string | null {
  if (last < 1 || last > 3) return null;
  const candidate = `${cell.trim().replace(/\s*(累計|YTD|Cumulative|Year[- ]to[- ]date)$/i, "")} 第${last}四半期累計`;
  const ytd = parse(candidate);
  return ytd && ytd.kind === "ytd" && yearKey(ytd) === key ? candidate : null;
}

/**
 * The last quarter of the run of quarters right after column `c` (a year-to-date column written before the
 * quarters it adds up, as some data books do): they must be the first, second … quarters of one year, in order.
 */
function quartersAfter(
  header: readonly CellValue[],
  c: number,
  parse: Parse
): { last: number; key: string } | null {
  let last = 0;
  let key = "";
  let year = 0;
  for (let k = c + 1; k < header.length; k++) {
    const p = parse(header[k]);
    if (!p || p.kind !== "quarter") break;
    if (last > 0 && p.fiscalYear !== year) break;
    if (p.quarter !== last + 1) return null;
    key = yearKey(p);
    year = p.fiscalYear;
    last++;
  }
  return last > 0 ? { last, key } : null;
}

/** The header with its year-to-date cells relabelled by the quarters before them (a new array when any was). */
export function resolveToDate(header: CellValue[], parse: Parse): CellValue[] {
  let out: CellValue[] | null = null;
  // the last quarter seen, by fiscal year and year-end month
  let lastYear = "";
  let lastQuarter = 0;
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    const p = parse(cell);
    if (p) {
      if (p.kind === "quarter" || (p.kind === "ytd" && (p.fromQuarter ?? 1) === 1)) {
        lastYear = yearKey(p);
        lastQuarter = p.quarter ?? 0;
      }
      continue;
    }
    if (typeof cell !== "string") continue;
    const m = TO_DATE.exec(normaliseLabel(cell));
    const yearText = m?.[1];
    const year = yearText === undefined ? null : parse(yearText);
    if (!year || year.kind !== "year") continue;
    // the quarters written before it under the same year; else those written right after it
    let label = relabel(cell, lastQuarter, lastYear, parse);
    if (label === null) {
      const after = quartersAfter(header, c, parse);
      if (after) label = relabel(cell, after.last, after.key, parse);
    }
    if (label === null) continue;
    out ??= header.slice();
    out[c] = label;
  }
  return out ?? header;
}
