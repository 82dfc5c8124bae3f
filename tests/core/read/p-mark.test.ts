/**
 * Period columns marked P ("FY2025P", "2025P", "FY25P", "Q4 FY25P"): preliminary actuals in some books, projected
 * figures in others. The range decides — a note saying what P stands for, or the forecast columns around it —
 * and without such evidence the column is never read as actuals. Expected figures are worked out by hand.
 */
import fc from "fast-check";
import { analyse, type Analysis } from "../../../src/core/analyse";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { annotate, hasPMark } from "../../../src/core/periods/annotations";
import { pNoteMeaning } from "../../../src/core/read/p-mark";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const NOW = new Date("2026-11-29T00:00:00Z");

function run(values: Grid): Analysis {
  return analyse({ sheet: "Pack", topLeft: "A1", values }, DEFAULT_SETTINGS, NOW);
}

function kpi(a: Analysis, metric: string, period: string, kind: string): number | null | undefined {
  return a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind)?.value;
}

/** Three years of revenue and operating income; `extra` columns after them; `notes` rows below. */
function pack(years: string[], extra: CellValue[][] = [], notes: string[] = []): Grid {
  const rows: Grid = [
    ["(USD mn)", ...years],
    ["Revenue", 1000, 1100, 1210, ...(extra[0] ?? [])],
    ["Operating income", 100, 120, 150, ...(extra[1] ?? [])],
  ];
  for (const note of notes) rows.push([note, "", "", ""]);
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill("")]);
}

describe("the P mark on a label", () => {
  test.each<[string, boolean, string]>([
    ["FY2025P", true, "FY2025"],
    ["2025P", true, "2025"],
    ["FY25P", true, "FY25"],
    ["Q4 FY25P", true, "Q4 FY25"],
    ["FY2025 (P)", true, "FY2025"],
    ["FY2025E", false, "FY2025"],
    ["FY2025", false, "FY2025"],
    ["P&L FY2025", false, "P&L FY2025"],
  ])("%s: P mark %s, period text %s", (label, marked, rest) => {
    expect(hasPMark(label)).toBe(marked);
    expect(annotate(label.toUpperCase()).rest).toBe(rest);
    expect(annotate(label.toUpperCase()).status).toBe(label.endsWith("E") ? "forecast" : "actual");
  });
});

describe("what a note says P stands for", () => {
  test.each<[string, string | null]>([
    ["P = projected", "forecast"],
    ["P: preliminary", "actual"],
    ["(P) provisional", "actual"],
    ["Note: P = Projections", "forecast"],
    ["P：見込", "forecast"],
    ["P=速報値", "actual"],
    ["Preliminary (P), unaudited", "actual"],
    ["P = plan", "plan"],
    ["P&L summary", null],
    ["Revenue", null],
    ["GDP: preliminary", null],
    // the headers themselves say nothing about what P means
    ["FY2025P", null],
    ["Q4 FY25P", null],
    ["FY2025 (P)", null],
  ])("%s → %s", (note, meaning) => {
    expect(pNoteMeaning(note)).toBe(meaning);
  });
});

describe("a P year column is read as the range says", () => {
  const P = "Pack!D1";
  test.each<{
    name: string;
    years: string[];
    extra?: CellValue[][];
    notes?: string[];
    /** The periods read as actuals. */
    periods: string[];
    /** FY2025P revenue growth when it is read as actuals (1,210 / 1,100 − 1 = 10 %), else absent. */
    growth: number | undefined;
    /** Guidance read from the P column (revenue), when it is read as a projection. */
    guidance?: number;
    severity: "info" | "warning";
    message: RegExp;
  }>([
    {
      name: "no evidence: left out, a warning names the cell and the way out",
      years: ["FY2023", "FY2024", "FY2025P"],
      periods: ["FY2023", "FY2024"],
      growth: undefined,
      severity: "warning",
      message:
        /^Pack!D1 “FY2025P”: “P” may mean preliminary .* or projected .*left out.*Rename it FY2025 .* or FY2025E /,
    },
    {
      name: "bare years with P: left out the same way",
      years: ["2023", "2024", "2025P"],
      periods: ["2023", "2024"],
      growth: undefined,
      severity: "warning",
      message: /Rename it 2025 if the figures are actuals or 2025E/,
    },
    {
      name: "a later column marked E: P is preliminary, an actual",
      years: ["FY2023", "FY2024", "FY2025P", "FY2026E"],
      extra: [[1300], [170]],
      periods: ["FY2023", "FY2024", "FY2025P"],
      growth: 1210 / 1100 - 1,
      severity: "info",
      message: /preliminary actuals: Pack!E1 “FY2026E”/,
    },
    {
      // P may mean plan here (a plan for FY2025, a budget for FY2026): a later plan says nothing about P
      name: "a later budget column: no evidence, left out",
      years: ["FY2023", "FY2024", "FY2025P", "FY2026 Budget"],
      extra: [[1300], [170]],
      periods: ["FY2023", "FY2024"],
      growth: undefined,
      severity: "warning",
      message: /nothing in the range says which/,
    },
    {
      name: "a note “P = projected”: a forecast, read as guidance",
      years: ["FY2023", "FY2024", "FY2025P"],
      notes: ["P = projected"],
      periods: ["FY2023", "FY2024"],
      growth: undefined,
      guidance: 1210,
      severity: "info",
      message: /a projection \(a forecast\): the note at Pack!A4 says “P = projected”/,
    },
    {
      name: "a note “(P) provisional”: an actual",
      years: ["FY23", "FY24", "FY25P"],
      notes: ["(P) provisional, unaudited"],
      periods: ["FY23", "FY24", "FY25P"],
      growth: 1210 / 1100 - 1,
      severity: "info",
      message: /preliminary actuals: the note at Pack!A4/,
    },
    {
      name: "notes that disagree: left out",
      years: ["FY2023", "FY2024", "FY2025P"],
      notes: ["P: preliminary", "P = projected"],
      periods: ["FY2023", "FY2024"],
      growth: undefined,
      severity: "warning",
      message: /nothing in the range says which/,
    },
  ])("$name", ({ years, extra, notes, periods, growth, guidance, severity, message }) => {
    const a = run(pack(years, extra, notes));
    expect(a.dataset.periods.map((p) => p.label)).toEqual(periods);
    const last = years[2] as string;
    expect(kpi(a, "revenue.total", last, "yoy")).toEqual(
      growth === undefined ? undefined : expect.closeTo(growth, 10)
    );
    // never a confident actual the range does not vouch for: the P figure is no actual unless read as one
    const revenue = a.dataset.series.find((s) => s.metric === "revenue.total")?.values ?? [];
    expect(revenue.includes(1210)).toBe(growth !== undefined);
    if (guidance !== undefined)
      expect(a.dataset.guidance).toContainEqual(
        expect.objectContaining({ metric: "revenue.total", low: guidance, high: guidance })
      );
    const issue = a.issues.find((i) => i.cell === P && i.code === "forecast-column");
    expect(issue?.severity).toBe(severity);
    expect(issue?.message).toMatch(message);
  });

  test("a P quarter after a forecast quarter is a projection: guidance, not an actual", () => {
    const a = run([
      ["(USD mn)", "Q2 FY25", "Q3 FY25E", "Q4 FY25P"],
      ["Revenue", 300, 310, 320],
    ]);
    expect(a.dataset.periods.map((p) => p.label)).toEqual(["Q2 FY25"]);
    expect(a.dataset.guidance?.map((g) => g.low)).toEqual([310, 320]);
  });

  test("a P quarter without evidence: the quarter before keeps its KPIs, the P quarter has none", () => {
    const a = run([
      ["(USD mn)", "Q2 FY25", "Q3 FY25", "Q4 FY25P"],
      ["Revenue", 300, 330, 360],
    ]);
    // 330 / 300 − 1 = 10 %
    expect(kpi(a, "revenue.total", "Q3 FY25", "qoq")).toBeCloseTo(0.1, 10);
    expect(a.kpis.some((k) => k.period === "Q4 FY25P")).toBe(false);
    expect(a.issues).toContainEqual(
      expect.objectContaining({ severity: "warning", cell: "Pack!D1" })
    );
  });
});

describe("a note anywhere in the range decides for every table in it", () => {
  test("an annual table with a P year, a quarterly one below, the note at the foot of the range", () => {
    const a = run([
      ["Annual (USD mn)", "", "", ""],
      ["", "FY2023", "FY2024", "FY2025P"],
      ["Revenue", 1000, 1100, 1210],
      ["", "", "", ""],
      ["Quarterly (USD mn)", "", "", ""],
      ["", "Q2 FY25", "Q3 FY25", "Q4 FY25"],
      ["Revenue", 290, 300, 320],
      ["", "", "", ""],
      ["P: preliminary, unaudited", "", "", ""],
    ]);
    expect(a.dataset.blocks).toHaveLength(2);
    // 1,210 / 1,100 − 1 = 10 %
    expect(kpi(a, "revenue.total", "FY2025P", "yoy")).toBeCloseTo(0.1, 10);
    expect(a.issues).toContainEqual(
      expect.objectContaining({
        severity: "info",
        cell: "Pack!D2",
        message: expect.stringMatching(/preliminary actuals: the note at Pack!A9 says/),
      })
    );
  });
});

describe("a P period in a table of one row per period and metric", () => {
  test("its rows are left out with the same warning; the other periods are read", () => {
    const a = run([
      ["Period", "Metric", "Amount (USD mn)"],
      ["FY2023", "Revenue", 1000],
      ["FY2024", "Revenue", 1100],
      ["FY2025P", "Revenue", 1210],
    ]);
    expect(a.dataset.layout).toBe("long");
    expect(a.dataset.periods.map((p) => p.label)).toEqual(["FY2023", "FY2024"]);
    // 1,100 / 1,000 − 1 = 10 %
    expect(kpi(a, "revenue.total", "FY2024", "yoy")).toBeCloseTo(0.1, 10);
    expect(a.issues).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        cell: "Pack!A4",
        message: expect.stringMatching(/“FY2025P”: “P” may mean preliminary/),
      })
    );
  });
});

describe("property: without evidence, a P column's figures never reach the actuals", () => {
  const forms = ["FY2025P", "2025P", "FY25P", "FY2025 (P)"];
  test("whatever the figures and the form of the label", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...forms),
        fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 2_000_000, max: 3_000_000 }),
        (label, figures, pFigure) => {
          const a = run([
            ["(USD mn)", "FY2022", "FY2023", "FY2024", label],
            ["Revenue", ...figures, pFigure],
          ]);
          const values = a.dataset.series.flatMap((s) => s.values);
          expect(values).not.toContain(pFigure);
          expect(a.kpis.filter((k) => k.period === label)).toEqual([]);
          expect(
            a.issues.filter((i) => i.severity === "warning" && i.cell === "Pack!E1")
          ).toHaveLength(1);
        }
      ),
      { numRuns: 30 }
    );
  });
});
