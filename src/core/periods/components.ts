import type { Period } from "./types";

type Shape = Omit<Period, "label">;

function quarterKeys(fy: number, from: number, to: number): string[] {
  const keys: string[] = [];
  for (let q = from; q <= to; q += 1) keys.push(`Q${fy}-${q}`);
  return keys;
}

/**
 * The quarters a period adds up, oldest first: a year → its four quarters; half h → quarters 2h−1 and 2h;
 * a span/ytd → quarters from…to; TTM ending quarter q of year y → the four quarters back from it, across fiscal
 * years (TTM 2Q01 = 3Q00, 4Q00, 1Q01, 2Q01); a quarter → itself; a month → none.
 */
export function componentQuarterKeys(period: Shape): string[] {
  const fy = period.fiscalYear;
  switch (period.kind) {
    case "quarter":
      return period.quarter === undefined ? [] : quarterKeys(fy, period.quarter, period.quarter);
    case "half":
      return period.half === undefined ? [] : quarterKeys(fy, period.half * 2 - 1, period.half * 2);
    case "year":
      return quarterKeys(fy, 1, 4);
    case "ytd":
      return period.quarter === undefined
        ? []
        : quarterKeys(fy, period.fromQuarter ?? 1, period.quarter);
    case "ttm": {
      const q = period.quarter;
      if (q === undefined) return [];
      return [...quarterKeys(fy - 1, q + 1, 4), ...quarterKeys(fy, 1, q)];
    }
    case "month":
      return [];
  }
}
