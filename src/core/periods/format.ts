import { fiscalEndYear } from "./fiscal";
import { normaliseLabel } from "./normalise";
import { isQuarterEndMonth } from "./fiscal";
import type { FiscalCalendar, Period } from "./types";

/** How a sample label writes periods. */
interface Style {
  /** The sample is a quarter/half/span/TTM label (its marker order applies) rather than a year or a date. */
  subYear: boolean;
  /** `Q4 …` rather than `4Q…`. */
  markerFirst: boolean;
  fyWord: boolean;
  space: boolean;
  fourDigits: boolean;
  /** Year written by its end month: `FY3/02`. */
  fyMonth: boolean;
  japanese: boolean;
  plainYear: boolean;
  monthsToDate: boolean;
  trailingWord: "TTM" | "LTM";
  monthName: boolean;
}

const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

function styleOf(like: string | undefined): Style {
  const t = normaliseLabel(like ?? "");
  return {
    subYear: /[1-4]Q|Q[1-4]|[12]H|H[12]|\dM/.test(t),
    markerFirst: /(^|[^0-9A-Z])[QH][1-4]/.test(t),
    fyWord: /FY/.test(t),
    space: / /.test(t),
    fourDigits: /\d{4}/.test(t),
    fyMonth: /FY ?\d{1,2}\/\d/.test(t),
    japanese: /年.*月期/.test(t),
    plainYear: /^\d{4}$/.test(t),
    monthsToDate: /^\d{1,2} ?M/.test(t),
    trailingWord: /LTM/.test(t) ? "LTM" : "TTM",
    monthName: /^(\d{1,2}[- ])?[A-Z]{3}/.test(t) && !/^(FY|TTM|LTM|FISCAL)/.test(t),
  };
}

/** A year as written: two digits when the sample uses two and the year reads back the same (1950–2049). */
function yearText(y: number, s: Style): string {
  return s.fourDigits || y < 1950 || y > 2049 ? String(y) : String(y % 100).padStart(2, "0");
}

/** `4Q01`, `4Q FY01`, `Q4 FY2001`, `Q4 2001` (marker Q or H). */
function subYearLabel(marker: "Q" | "H", n: number, fy: number, s: Style): string {
  const yr = yearText(fy, s);
  if (s.subYear && s.markerFirst) return `${marker}${n} ${s.fyWord ? "FY" : ""}${yr}`;
  if (s.subYear) return `${n}${marker}${s.fyWord ? (s.space ? " FY" : "FY") : ""}${yr}`;
  return s.fourDigits ? `${marker}${n} FY${yr}` : `${n}${marker}${yr}`;
}

function yearLabel(fy: number, calendar: FiscalCalendar, s: Style): string {
  const endYear = fiscalEndYear(fy, calendar.endMonth, calendar.naming);
  if (s.japanese) return `${endYear}年${calendar.endMonth}月期`;
  if (s.fyMonth) return `FY${s.space ? " " : ""}${calendar.endMonth}/${yearText(endYear, s)}`;
  if (s.plainYear) return String(fy);
  return `FY${s.space && !s.subYear ? " " : ""}${yearText(fy, s)}`;
}

function spanLabel(from: number, to: number, fy: number, s: Style): string {
  if (s.monthsToDate && from === 1 && to < 4) return `${to * 3}M${yearText(fy, s)}`;
  if (s.subYear && s.markerFirst)
    return `Q${from}-Q${to} ${s.fyWord ? "FY" : ""}${yearText(fy, s)}`;
  return `${from}Q-${to}Q${yearText(fy, s)}`;
}

function monthLabel(p: Omit<Period, "label">, calendar: FiscalCalendar, s: Style): string {
  const month = p.month ?? Number(p.start.slice(5, 7));
  const year = Number(p.start.slice(0, 4));
  // A month that closes a fiscal quarter would read back as that quarter: write its first day instead.
  if (isQuarterEndMonth(month, calendar.endMonth)) return p.start;
  if (s.monthName) return `${MONTH_NAMES[month - 1] ?? ""}-${yearText(year, s)}`;
  return p.end;
}

/**
 * Write a period in the style of a sample label `like` (`4Q01`, `Q4 FY2001`, `FY3/02`, `2002年3月期`, `9M19`,
 * `Mar-02`); without a sample: `4Q01`, `1H01`, `1Q-3Q01`, `FY01`, `TTM 4Q01` (four-digit years when the
 * two-digit form would read back as another century). The result parses back, under the same calendar, to a
 * period with the same `periodKey`.
 */
export function formatPeriod(
  period: Omit<Period, "label">,
  calendar: FiscalCalendar,
  like?: string
): string {
  const s = styleOf(like);
  const fy = period.fiscalYear;
  switch (period.kind) {
    case "quarter":
      if (s.japanese) return `${yearLabel(fy, calendar, s)} 第${period.quarter ?? 0}四半期`;
      return subYearLabel("Q", period.quarter ?? 0, fy, s);
    case "half":
      if (s.japanese) return `${yearLabel(fy, calendar, s)} ${period.half === 2 ? "下期" : "上期"}`;
      return subYearLabel("H", period.half ?? 0, fy, s);
    case "year":
      return yearLabel(fy, calendar, s);
    case "ytd":
      if (s.japanese && (period.fromQuarter ?? 1) === 1)
        return `${yearLabel(fy, calendar, s)} 第${period.quarter ?? 0}四半期累計`;
      return spanLabel(period.fromQuarter ?? 1, period.quarter ?? 0, fy, s);
    case "ttm":
      return `${s.trailingWord} ${subYearLabel("Q", period.quarter ?? 0, fy, s)}`;
    case "month":
      return monthLabel(period, calendar, s);
  }
}
