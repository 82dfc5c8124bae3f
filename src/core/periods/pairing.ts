import type { Period } from "./types";

type Shape = Omit<Period, "label">;

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Key of the comparable period one fiscal year earlier: the same quarter, half, year, span or TTM of
 * fiscal year − 1; the same month a year earlier. Null for a malformed period.
 * The caller looks the key up among the periods it has: a missing one means no base (n.m.), never another period.
 */
export function yoyBaseKey(period: Shape): string | null {
  const fy = period.fiscalYear - 1;
  switch (period.kind) {
    case "quarter":
      return period.quarter === undefined ? null : `Q${fy}-${period.quarter}`;
    case "half":
      return period.half === undefined ? null : `H${fy}-${period.half}`;
    case "year":
      return `Y${fy}`;
    case "ytd":
      return period.quarter === undefined
        ? null
        : `YTD${fy}-${period.fromQuarter ?? 1}-${period.quarter}`;
    case "ttm":
      return period.quarter === undefined ? null : `TTM${fy}-${period.quarter}`;
    case "month":
      return period.month === undefined
        ? null
        : `M${Number(period.start.slice(0, 4)) - 1}-${pad2(period.month)}`;
  }
}

/**
 * Key of the sequential base: the previous quarter (1Q → 4Q of the previous fiscal year), the previous half
 * for a half (1H → 2H of the previous year); null for years, spans, TTM and months.
 */
export function qoqBaseKey(period: Shape): string | null {
  const fy = period.fiscalYear;
  if (period.kind === "quarter" && period.quarter !== undefined) {
    return period.quarter === 1 ? `Q${fy - 1}-4` : `Q${fy}-${period.quarter - 1}`;
  }
  if (period.kind === "half" && period.half !== undefined) {
    return period.half === 1 ? `H${fy - 1}-2` : `H${fy}-1`;
  }
  return null;
}
