/** Words the KPI engine shows users: notes on values (the derived metrics' labels are in their catalog entries). */

export const NOTES = {
  turnedPositive: "turned positive",
  turnedNegative: "turned negative",
  baseIsLoss: "base is a loss",
  baseIsZero: "base is zero",
  noBase: (base: string): string => `no figure for ${base}`,
  noComparable: "no comparable period",
  percentLine: "a percentage or ratio: compare it in percentage points, not as growth in %",
  sumOfQuarters: "sum of quarters",
  lastQuarter: "last quarter's figure",
  sumOfSegments: "sum of segments",
  noRate: "no exchange rate for this period",
  atRate: (rate: number, from: string, to: string): string => `at ${rate} ${from} per ${to}`,
  cagrFirstNotPositive: "first year is not positive",
  cagrYears: (from: string, to: string, years: number): string =>
    `${from} to ${to}, ${years} year${years === 1 ? "" : "s"}`,
  guidanceInRange: "in range",
  guidanceAbove: "above guidance",
  guidanceBelow: "below guidance",
  guidanceVsMid: (label: string): string => `actual vs guidance mid-point ${label}`,
  guidanceImplied: (base: string): string => `implied growth of the guidance mid-point vs ${base}`,
  guidanceGrowth: (base: string): string => `guided growth vs ${base}`,
  guidanceNoActual: "no actual or base figure yet",
} as const;
