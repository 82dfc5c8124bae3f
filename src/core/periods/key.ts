import type { Period } from "./types";

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A period's identity, independent of how its label was written (`4Q01` and `Q4 FY2001` share `Q2001-4`):
 * `Q2001-4`, `H2001-1`, `Y2001`, `YTD2001-1-3`, `TTM2001-4` (fiscal year in the calendar's naming) and
 * `M2002-03` (calendar year and month). Returns `?` plus the label for a malformed period.
 */
export function periodKey(period: Omit<Period, "label"> & { label?: string }): string {
  const fy = period.fiscalYear;
  switch (period.kind) {
    case "quarter":
      if (period.quarter !== undefined) return `Q${fy}-${period.quarter}`;
      break;
    case "half":
      if (period.half !== undefined) return `H${fy}-${period.half}`;
      break;
    case "year":
      return `Y${fy}`;
    case "ytd":
      if (period.quarter !== undefined)
        return `YTD${fy}-${period.fromQuarter ?? 1}-${period.quarter}`;
      break;
    case "ttm":
      if (period.quarter !== undefined) return `TTM${fy}-${period.quarter}`;
      break;
    case "month":
      if (period.month !== undefined) return `M${period.start.slice(0, 4)}-${pad2(period.month)}`;
      break;
  }
  return `?${period.label ?? period.start}`;
}

/** Parts of a key made by `periodKey`, or null when it is not one. */
export function parseKey(
  key: string
): { kind: Period["kind"]; year: number; a?: number; b?: number } | null {
  const m = /^(Q|H|Y|YTD|TTM|M)(\d{4})(?:-(\d{1,2}))?(?:-(\d))?$/.exec(key);
  if (!m) return null;
  const kinds = { Q: "quarter", H: "half", Y: "year", YTD: "ytd", TTM: "ttm", M: "month" } as const;
  const kind = kinds[m[1] as keyof typeof kinds];
  const out: { kind: Period["kind"]; year: number; a?: number; b?: number } = {
    kind,
    year: Number(m[2]),
  };
  if (m[3] !== undefined) out.a = Number(m[3]);
  if (m[4] !== undefined) out.b = Number(m[4]);
  return out;
}
