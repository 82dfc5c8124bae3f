/** Validation messages, in plain words a finance user understands. */

/** 39900 → "39,900"; keeps up to two decimals when the figure has them. */
export function figure(value: number): string {
  const decimals =
    Math.abs(value - Math.round(value)) < 1e-9
      ? 0
      : Math.abs(value * 10 - Math.round(value * 10)) < 1e-9
        ? 1
        : 2;
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = "0", frac] = fixed.split(".");
  const body = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac === undefined ? "" : `.${frac}`);
  return value < 0 ? `-${body}` : body;
}

const TIMES: Record<number, string> = { 1: "ten", 2: "a hundred", 3: "a thousand" };

/** "ten times too large" / "a thousand times too small" for a power-of-ten slip. */
export function unitSlip(power: number): string {
  const words = TIMES[Math.abs(power)] ?? `10^${Math.abs(power)}`;
  return `${words} times too ${power > 0 ? "large" : "small"}; check the unit`;
}

export const MESSAGES = {
  blankLatest: (period: string, label: string) =>
    `${period} ${label} is blank, although other figures of ${period} are there.`,
  missingPeriod: (missing: string, before: string, after: string) =>
    `${missing} is missing between ${before} and ${after}; growth across the gap is not meaningful.`,
  missingPeriods: (before: string, after: string) =>
    `Periods are missing between ${before} and ${after}; growth across the gap is not meaningful.`,
  segmentsMismatch: (
    period: string,
    label: string,
    reported: number,
    sum: number,
    parts: number,
    cells: string[] = []
  ) =>
    `${period} ${label} is ${figure(reported)} but its ${parts} segments add up to ${figure(sum)} (a difference of ${figure(reported - sum)}).` +
    (cells.length > 0 ? ` The segments are in ${cells.join(", ")}.` : ""),
  fyTotalMismatch: (
    period: string,
    label: string,
    reported: number,
    sum: number,
    slip: string | null,
    what: string,
    parts: string[] = []
  ) =>
    `${period} ${label} is ${figure(reported)} but its ${what} add up to ${figure(sum)}` +
    (slip ? ` — ${slip}.` : ` (a difference of ${figure(reported - sum)}).`) +
    " The KPIs use the sum of the quarters." +
    (parts.length > 0 ? ` The quarters are in ${parts.join(", ")}.` : ""),
  stockMismatch: (
    period: string,
    label: string,
    reported: number,
    last: number,
    lastLabel: string
  ) =>
    `${period} ${label} is ${figure(reported)} but ${lastLabel}, the last quarter of the year, is ${figure(last)}; an end-of-period figure should be the same.`,
  impossibleSign: (period: string, label: string, value: number) =>
    `${period} ${label} is negative (${figure(value)}); it cannot be below zero.`,
  outlier: (period: string, label: string, value: number, neighbours: number[]) =>
    `${period} ${label} (${figure(value)}) is far outside its neighbouring quarters (${neighbours.map(figure).join(" and ")}); check the figure.`,
} as const;
