/**
 * A year-to-date column named without its quarters: `累計`, `YTD` or `Cumulative` under a year (`2026年2月期` over
 * `第1四半期 第2四半期 第3四半期 累計`). It covers the year's quarters up to the last one written before it under
 * the same year, and is relabelled so (`2026年2月期 第3四半期累計`); without such a quarter it is left as written.
 */
import type { CellValue } from "../grid/types";
import { normaliseLabel } from "../periods/normalise";
import type { Period } from "../periods/types";

type Parse = (cell: CellValue | undefined) => Period | null;

/** `<year> 累計`, `<year> YTD`, `<year> Cumulative`: the year's text, or null. */
const TO_DATE = /^(.+?) ?(?:累計|YTD|CUMULATIVE|YEAR[- ]TO[- ]DATE)$/;

/** The header with its year-to-date cells relabelled by the quarters before them (a new array when any was). */
export function resolveToDate(header: CellValue[], parse: Parse): CellValue[] {
  let out: CellValue[] | null = null;
  // the last quarter seen, by fiscal year and year-end month (a label may name its own month)
  let lastYear = "";
  let lastQuarter = 0;
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    const p = parse(cell);
    if (p) {
      if (p.kind === "quarter" || (p.kind === "ytd" && (p.fromQuarter ?? 1) === 1)) {
        lastYear = `${p.fiscalYear}:${p.end.slice(5, 7)}`;
        lastQuarter = p.quarter ?? 0;
      }
      continue;
    }
    if (typeof cell !== "string") continue;
    const m = TO_DATE.exec(normaliseLabel(cell));
    const yearText = m?.[1];
    const year = yearText === undefined ? null : parse(yearText);
    if (!year || year.kind !== "year" || lastQuarter < 1 || lastQuarter > 3) continue;
    // the quarter must be of the same year: its end month is that of quarter `lastQuarter` of this year
    const candidate = `${cell.trim().replace(/\s*(累計|YTD|Cumulative|Year[- ]to[- ]date)$/i, "")} 第${lastQuarter}四半期累計`;
    const ytd = parse(candidate);
    if (!ytd || ytd.kind !== "ytd" || `${ytd.fiscalYear}:${ytd.end.slice(5, 7)}` !== lastYear)
      continue;
    out ??= header.slice();
    out[c] = candidate;
  }
  return out ?? header;
}
