/**
 * Period labels with a status (forecast, plan, actual), notes, parts of a year named after it (`FY2026 第1四半期`),
 * year-to-date forms, and end-year naming of `Q2 FY25` under a March year end.
 */
import fc from "fast-check";
import { formatPeriod, parsePeriod, periodKey } from "../../../src/core/periods";
import {
  annotate,
  figureStatus,
  type FigureStatus,
  yearEndOfMonthsNote,
} from "../../../src/core/periods/annotations";
import { normaliseLabel } from "../../../src/core/periods/normalise";
import type { FiscalCalendar } from "../../../src/core/periods/types";

const DEC: FiscalCalendar = { endMonth: 12, naming: "end-year" };
const MAR: FiscalCalendar = { endMonth: 3, naming: "end-year" };
const FEB: FiscalCalendar = { endMonth: 2, naming: "end-year" };

describe("the status of a label's figures", () => {
  test.each<[string, FigureStatus, string]>([
    ["2026年2月期 通期予想", "forecast", "2026年2月期 通期"],
    ["通期予想", "forecast", "通期"],
    ["業績予想", "forecast", ""],
    ["2026年2月期 予想", "forecast", "2026年2月期"],
    ["2026年2月期（予想）", "forecast", "2026年2月期"],
    ["2026年2月期 修正予想", "forecast", "2026年2月期"],
    ["FY25E", "forecast", "FY25"],
    ["FY2025F", "forecast", "FY2025"],
    ["FY2025 (E)", "forecast", "FY2025"],
    ["3Q24E", "forecast", "3Q24"],
    ["FY2025 Guidance", "forecast", "FY2025"],
    ["Guidance FY2025", "forecast", "FY2025"],
    ["Outlook 2025", "forecast", "2025"],
    ["Q4 2025 Forecast", "forecast", "Q4 2025"],
    ["FY2025 Budget", "plan", "FY2025"],
    ["2026年2月期 計画", "plan", "2026年2月期"],
    ["FY2025A", "actual", "FY2025"],
    ["FY2025 Actual", "actual", "FY2025"],
    ["2025年2月期（実績）", "actual", "2025年2月期"],
    ["第1四半期 (3-5月)", "actual", "第1四半期"],
    ["2026年2月期 第1四半期（3月～5月）", "actual", "2026年2月期 第1四半期"],
    // the months of a calendar quarter are the label itself, not a note
    ["2024年4-6月", "actual", "2024年4-6月"],
    ["Q2 FY25", "actual", "Q2 FY25"],
    ["West", "actual", "WEST"],
  ])("%s → %s, %s", (label, status, rest) => {
    const a = annotate(normaliseLabel(label));
    expect(a.status).toBe(status);
    expect(a.rest).toBe(normaliseLabel(rest));
    expect(figureStatus(label)).toBe(status);
  });

  test("numbers (years, date serials) are actuals", () => {
    expect(figureStatus(2025)).toBe("actual");
  });
});

describe("labels with status words and notes name their period", () => {
  test.each<[string, FiscalCalendar, string]>([
    ["2026年2月期 通期予想", DEC, "Y2026"],
    ["2026年2月期 予想", FEB, "Y2026"],
    ["FY25E", MAR, "Y2025"],
    ["FY2025 Guidance", DEC, "Y2025"],
    ["Q4 2025 Forecast", DEC, "Q2025-4"],
    ["2025年2月期（実績）", FEB, "Y2025"],
    ["2026年2月期 第1四半期 (3-5月)", FEB, "Q2026-1"],
  ])("%s → %s", (label, calendar, key) => {
    const p = parsePeriod(label, calendar);
    expect(p && periodKey(p)).toBe(key);
  });
});

describe("parts of a year named after it", () => {
  test.each<[string, FiscalCalendar, string, string, string]>([
    ["FY2026 第1四半期", FEB, "Q2026-1", "2025-03-01", "2025-05-31"],
    ["FY2026 通期", FEB, "Y2026", "2025-03-01", "2026-02-28"],
    ["FY2026 上期", FEB, "H2026-1", "2025-03-01", "2025-08-31"],
    ["FY2026 第3四半期累計", FEB, "YTD2026-1-3", "2025-03-01", "2025-11-30"],
    ["FY2026 9M", FEB, "YTD2026-1-3", "2025-03-01", "2025-11-30"],
    ["2026年2月期 Q1", FEB, "Q2026-1", "2025-03-01", "2025-05-31"],
    ["2026年2月期 3Q累計", DEC, "YTD2026-1-3", "2025-03-01", "2025-11-30"],
    ["2026年2月期 9M", DEC, "YTD2026-1-3", "2025-03-01", "2025-11-30"],
    ["2026年2月期 H2", DEC, "H2026-2", "2025-09-01", "2026-02-28"],
    ["26/2期 第2四半期", DEC, "Q2026-2", "2025-06-01", "2025-08-31"],
    ["26/2期", DEC, "Y2026", "2025-03-01", "2026-02-28"],
  ])("%s → %s", (label, calendar, key, start, end) => {
    const p = parsePeriod(label, calendar);
    expect(p && periodKey(p)).toBe(key);
    expect(p).toMatchObject({ start, end });
  });

  test.each(["FY2026 Revenue", "2026年2月期 増減率", "FY2026 第5四半期"])(
    "%s is no period",
    (label) => {
      expect(parsePeriod(label, FEB)).toBeNull();
    }
  );
});

describe("year-to-date and halves are periods of their own", () => {
  test.each<[string, FiscalCalendar, string]>([
    ["9M FY25", MAR, "YTD2025-1-3"],
    ["9M25", MAR, "YTD2025-1-3"],
    ["YTD Q3 FY25", MAR, "YTD2025-1-3"],
    ["Q3 FY25 YTD", MAR, "YTD2025-1-3"],
    ["H1 FY25", MAR, "H2025-1"],
    ["1H25", MAR, "H2025-1"],
    ["Q3 FY25", MAR, "Q2025-3"],
  ])("%s → %s", (label, calendar, key) => {
    const p = parsePeriod(label, calendar);
    expect(p && periodKey(p)).toBe(key);
  });
});

describe("end-year naming under a March year end", () => {
  test.each<[string, string, string]>([
    ["Q1 FY25", "2024-04-01", "2024-06-30"],
    ["Q2 FY25", "2024-07-01", "2024-09-30"],
    ["Q4 FY25", "2025-01-01", "2025-03-31"],
    ["FY25", "2024-04-01", "2025-03-31"],
    ["H2 FY25", "2024-10-01", "2025-03-31"],
  ])("%s = %s … %s", (label, start, end) => {
    expect(parsePeriod(label, MAR)).toMatchObject({ fiscalYear: 2025, start, end });
  });
});

describe("the year end a quarter's months note implies", () => {
  test.each<[string, number | null]>([
    ["Q1 (Apr-Jun)", 3],
    ["FY2025 Q4 (Jan-Mar)", 3],
    ["第1四半期 (3-5月)", 2],
    ["2026年2月期 第3四半期（9月～11月）", 2],
    ["Q2 (Jan-Mar)", 9],
    ["Q1", null],
    ["2024年4-6月", null],
  ])("%s → %p", (label, month) => {
    expect(yearEndOfMonthsNote(normaliseLabel(label))).toBe(month);
  });
});

describe("properties", () => {
  const quarterLabel = fc
    .record({
      q: fc.integer({ min: 1, max: 4 }),
      y: fc.integer({ min: 2000, max: 2049 }),
      style: fc.constantFrom("Q{q} {yyyy}", "{q}Q{yy}", "FY{yyyy} Q{q}", "Q{q} FY{yy}"),
    })
    .map(({ q, y, style }) =>
      style
        .replace("{q}", String(q))
        .replace("{yyyy}", String(y))
        .replace("{yy}", String(y % 100).padStart(2, "0"))
    );
  const mark = fc.constantFrom(" Forecast", " Guidance", " Outlook", "E", " (E)", " 予想");

  test("a forecast mark never changes the period a label names, and makes it a forecast", () => {
    fc.assert(
      fc.property(quarterLabel, mark, (label, m) => {
        const plain = parsePeriod(label, MAR);
        const marked = parsePeriod(label + m, MAR);
        expect(plain).not.toBeNull();
        expect(marked && periodKey(marked)).toBe(plain && periodKey(plain));
        expect(figureStatus(label + m)).toBe("forecast");
        expect(figureStatus(label)).toBe("actual");
      })
    );
  });
});

describe("Japanese style of derived year-to-date and half labels", () => {
  test.each<[string, string]>([
    ["2026年2月期 第3四半期累計", "YTD2026-1-3"],
    ["2026年2月期 上期", "H2026-1"],
    ["2026年2月期 下期", "H2026-2"],
  ])("%s (%s) is written back the same", (label, key) => {
    const p = parsePeriod(label, FEB);
    expect(p && periodKey(p)).toBe(key);
    const written = p && formatPeriod(p, FEB, "2026年2月期 第1四半期");
    expect(written).toBe(label);
  });
});
