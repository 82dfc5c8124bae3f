/**
 * Period columns beyond plain quarters: year-to-date columns named without their quarters (累計, YTD), forecast and
 * plan columns in English data books, and the fiscal year end said in a note ("Q2 FY25" beside a March year end).
 */
import { analyse } from "../../../src/core/analyse";
import { DEFAULT_CALENDAR, periodParser } from "../../../src/core/read/calendar";
import { readRange } from "../../../src/core/read";
import { resolveToDate } from "../../../src/core/read/to-date";
import { yearEndInNote } from "../../../src/core/periods/year-end-note";
import type { CellValue } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const parse = periodParser(DEFAULT_CALENDAR);

describe("a year-to-date column named without its quarters", () => {
  test.each<[string, CellValue[], CellValue[]]>([
    [
      "累計 after the third quarter",
      [
        "2026年2月期 第1四半期",
        "2026年2月期 第2四半期",
        "2026年2月期 第3四半期",
        "2026年2月期 累計",
      ],
      [
        "2026年2月期 第1四半期",
        "2026年2月期 第2四半期",
        "2026年2月期 第3四半期",
        "2026年2月期 第3四半期累計",
      ],
    ],
    [
      "YTD after the second quarter",
      ["FY2025 Q1", "FY2025 Q2", "FY2025 YTD"],
      ["FY2025 Q1", "FY2025 Q2", "FY2025 第2四半期累計"],
    ],
    [
      "累計 of another year than the quarter before it: left as written",
      ["2025年2月期 第3四半期", "2026年2月期 累計"],
      ["2025年2月期 第3四半期", "2026年2月期 累計"],
    ],
    [
      "累計 after the fourth quarter (that is the year): left as written",
      ["2025年2月期 第4四半期", "2025年2月期 累計"],
      ["2025年2月期 第4四半期", "2025年2月期 累計"],
    ],
    ["累計 with no quarter before it: left as written", ["2026年2月期 累計"], ["2026年2月期 累計"]],
  ])("%s", (_name, header, expected) => {
    expect(resolveToDate(header, parse)).toEqual(expected);
  });

  test("the relabelled column covers quarters 1 to 3", () => {
    const [, , , ytd] = resolveToDate(
      [
        "2026年2月期 第1四半期",
        "2026年2月期 第2四半期",
        "2026年2月期 第3四半期",
        "2026年2月期 累計",
      ],
      parse
    );
    expect(parse(ytd)).toMatchObject({ kind: "ytd", fromQuarter: 1, quarter: 3, fiscalYear: 2026 });
  });
});

describe("the fiscal year end said in a note", () => {
  test.each<[string, number | null]>([
    ["Fiscal year ends March 31", 3],
    ["Financial year ending 31 March", 3],
    ["FY ended June 30", 6],
    ["Year-end: September", 9],
    ["March year-end", 3],
    ["決算期：2月", 2],
    ["2月決算", 2],
    ["INR Crs", null],
    ["Revenue from Operations", null],
    ["FY3/25", null],
  ])("%s → %p", (note, month) => {
    expect(yearEndInNote(note)).toBe(month);
  });

  test("'Q2 FY25' beside a March year-end note: end-year naming, July–September 2024", () => {
    const values: CellValue[][] = [
      ["Quarterly data book (INR Crs) — fiscal year ends March 31", "", "", ""],
      ["", "Q1 FY25", "Q2 FY25", "Q1 FY26"],
      ["Revenue from operations", 100, 110, 120],
    ];
    const { dataset } = readRange({ sheet: "DB", topLeft: "A1", values }, DEFAULT_SETTINGS);
    expect(dataset.calendar).toEqual({ endMonth: 3, naming: "end-year" });
    expect(dataset.calendarInferred).toBe(true);
    expect(dataset.periods[1]).toMatchObject({ start: "2024-07-01", end: "2024-09-30" });
  });

  test.each<[string, CellValue[], Partial<typeof DEFAULT_SETTINGS>]>([
    ["the settings' year-end month", ["Q1 FY25", "Q2 FY25", "Q3 FY25"], { fyEndMonth: 3 }],
    [
      "a year labelled by its end month",
      ["Q1 FY25", "Q2 FY25", "Q3 FY25", "Q4 FY25", "FY3/25"],
      {},
    ],
    [
      "a statement year column",
      ["Q1 FY25", "Q2 FY25", "Q3 FY25", "Q4 FY25", "Year ended March 31, 2025"],
      {},
    ],
    [
      "quarters with their months",
      ["Q1 FY25 (Apr-Jun)", "Q2 FY25 (Jul-Sep)", "Q3 FY25 (Oct-Dec)"],
      {},
    ],
  ])("'Q2 FY25' with %s: July–September 2024", (_name, header, extra) => {
    const values: CellValue[][] = [
      ["", ...header],
      ["Revenue", ...header.map((_, i) => 100 + i)],
    ];
    const { dataset } = readRange(
      { sheet: "DB", topLeft: "A1", values },
      { ...DEFAULT_SETTINGS, ...extra }
    );
    expect(dataset.calendar).toEqual({ endMonth: 3, naming: "end-year" });
    expect(dataset.periods[1]).toMatchObject({
      kind: "quarter",
      fiscalYear: 2025,
      quarter: 2,
      start: "2024-07-01",
      end: "2024-09-30",
    });
  });

  test("a period header is no note: a 52-week year ended July 1 closes June", () => {
    const values: CellValue[][] = [
      ["", "Fiscal Year Ended July 1, 2023", "Fiscal Year Ended June 29, 2024"],
      ["Total revenues", 4000, 4400],
    ];
    const { dataset } = readRange({ sheet: "IS", topLeft: "A1", values }, DEFAULT_SETTINGS);
    expect(dataset.calendar.endMonth).toBe(6);
  });

  test("the settings' year end wins over a note", () => {
    const values: CellValue[][] = [
      ["Fiscal year ends March 31", "", ""],
      ["", "Q1 FY25", "Q2 FY25"],
      ["Revenue", 100, 110],
    ];
    const { dataset } = readRange(
      { sheet: "DB", topLeft: "A1", values },
      { ...DEFAULT_SETTINGS, fyEndMonth: 6 }
    );
    expect(dataset.calendar.endMonth).toBe(6);
    expect(dataset.calendarInferred).toBe(false);
  });
});

describe("forecast and plan columns of an English data book", () => {
  const values: CellValue[][] = [
    ["USD in millions", "", "", "", "", ""],
    ["", "FY2023", "FY2024", "FY2025E", "FY2025 Budget", "9M FY25"],
    ["Total revenues", 400, 460, 520, 540, 380],
    ["Operating income", 40, 50, 60, 66, 41],
  ];
  const a = analyse({ sheet: "IS", topLeft: "A1", values }, DEFAULT_SETTINGS, new Date(0));
  const revenue = a.dataset.series.find((s) => s.metric === "revenue.total");

  test("actual periods only: the years and the nine months to date", () => {
    expect(a.dataset.periods.map((p) => [p.label, p.kind])).toEqual([
      ["FY2023", "year"],
      ["FY2024", "year"],
      ["9M FY25", "ytd"],
    ]);
    expect(revenue?.values).toEqual([400, 460, 380]);
  });

  test("the estimate is guidance, the budget is left out; both are said", () => {
    expect(a.dataset.guidance).toEqual([
      { period: "FY2025", metric: "revenue.total", low: 520, high: 520 },
      { period: "FY2025", metric: "operating_income", low: 60, high: 60 },
    ]);
    const infos = a.issues.filter((i) => i.code === "forecast-column");
    expect(infos.map((i) => i.cell)).toEqual(["IS!D2", "IS!E2"]);
    expect(infos[1]?.message).toMatch(/plan or budget/);
    // 520 / 460 − 1 = 13.0 %
    const g = a.kpis.find((k) => k.metric === "revenue.total" && k.kpi === "guidance");
    expect(g?.value).toBeCloseTo(520 / 460 - 1, 10);
  });
});

describe("a year written once over parts of it", () => {
  const read = (upper: CellValue[], lower: CellValue[]) => {
    const values: CellValue[][] = [
      ["", ...upper],
      ["", ...lower],
      ["Revenue", 1, 2, 3, 4, 5, 6],
    ];
    return readRange({ sheet: "S", topLeft: "A1", values }, DEFAULT_SETTINGS);
  };
  const years = ["FY2025", "", "", "", "FY2026", ""];

  test.each<[string, CellValue[]]>([
    [
      "months notes",
      [
        "Q1 (Apr-Jun)",
        "Q2 (Jul-Sep)",
        "Q3 (Oct-Dec)",
        "Q4 (Jan-Mar)",
        "Q1 (Apr-Jun)",
        "Q2 (Jul-Sep)",
      ],
    ],
    [
      "ordinal quarters",
      ["1st Quarter", "2nd Quarter", "3rd Quarter", "4th Quarter", "1st Quarter", "2nd Quarter"],
    ],
    [
      "an Actual note",
      ["Q1\nActual", "Q2\nActual", "Q3\nActual", "Q4\nActual", "Q1\nActual", "Q2\nActual"],
    ],
  ])("with %s: read as the quarters", (_name, lower) => {
    const { dataset } = read(years, lower);
    expect(dataset.periods.map((p) => [p.kind, p.fiscalYear, p.quarter])).toEqual([
      ["quarter", 2025, 1],
      ["quarter", 2025, 2],
      ["quarter", 2025, 3],
      ["quarter", 2025, 4],
      ["quarter", 2026, 1],
      ["quarter", 2026, 2],
    ]);
    expect(dataset.series[0]?.values).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("the months of the first quarter say the year end: Q1 (Apr-Jun) → March", () => {
    const { dataset } = read(years, [
      "Q1 (Apr-Jun)",
      "Q2 (Jul-Sep)",
      "Q3 (Oct-Dec)",
      "Q4 (Jan-Mar)",
      "Q1 (Apr-Jun)",
      "Q2 (Jul-Sep)",
    ]);
    expect(dataset.calendar.endMonth).toBe(3);
    expect(dataset.periods[0]).toMatchObject({ start: "2024-04-01", end: "2024-06-30" });
  });

  test("parts that cannot be read: the year's columns are left out with a warning, never read as the year", () => {
    const { dataset, issues } = read(years, [
      "Wk 1-13",
      "Wk 14-26",
      "Wk 27-39",
      "Wk 40-52",
      "Wk 1-13",
      "Wk 14-26",
    ]);
    expect(dataset.series.flatMap((s) => s.values)).not.toContain(1);
    expect(issues).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "unknown-period", cell: "S!B1" })
    );
    expect(issues.find((i) => i.cell === "S!B1")?.message).toMatch(
      /“FY2025” is written over columns labelled “Wk 1-13”/
    );
  });
});
