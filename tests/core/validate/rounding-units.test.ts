/**
 * Checks that compare figures allow for the rounding of each figure in the unit it is written in: a pack whose
 * P&L is in JPY mn and whose segment sheet is in JPY bn to one decimal (12.3 bn stands for 12,250 to 12,350 mn)
 * raises no "do not add up" error within that rounding, and still reports a real mismatch, naming the cells.
 */
import { analyse, type Analysis } from "../../../src/core/analyse";
import type { CellValue, SourceRange } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { seedGrid } from "../../helpers/seed";

const NOW = new Date(2026, 10, 25, 14, 5);
const HEADER = ["", "1Q25", "2Q25", "3Q25", "4Q25", "FY25"];

type Row = [string, ...number[]];

function sheet(name: string, unit: string, rows: Row[]): SourceRange {
  const values: CellValue[][] = [[`Unit: ${unit}`], HEADER, ...rows];
  return { sheet: name, topLeft: "A1", values };
}

/** A P&L in JPY mn: revenue 12,345 / 13,000 / 14,020 / 15,110, the year 54,475. */
const PNL_MN: Row[] = [
  ["Revenue", 12345, 13000, 14020, 15110, 54475],
  ["Operating income", 1200, 1300, 1400, 1500, 5400],
];

/**
 * Its segments in JPY bn to one decimal, each figure rounded from the P&L's: 13.0 is read as 13, the year 31.6 is
 * the year's rounding, not the sum of the rounded quarters (31.5).
 */
function segmentsBn(mobile1Q = 7.2, total2Q = 13.0): Row[] {
  return [
    ["Mobile", mobile1Q, 7.5, 8.1, 8.7, 31.6],
    ["Fixed", 5.1, 5.5, 5.9, 6.4, 22.9],
    ["Revenue", 12.3, total2Q, 14.0, 15.1, 54.5],
  ];
}

/** A P&L in JPY thousands and its segments in JPY mn (whole millions), with the total again. */
const PNL_THOUSANDS: Row[] = [
  ["Revenue", 12345678, 13000400, 14020100, 15110900, 54477078],
  ["Operating income", 1200000, 1300000, 1400000, 1500000, 5400000],
];
function segmentsMn(mobile1Q = 7200): Row[] {
  return [
    ["Mobile", mobile1Q, 7500, 8100, 8700, 31500],
    ["Fixed", 5146, 5500, 5920, 6411, 22977],
    ["Revenue", 12346, 13000, 14020, 15111, 54477],
  ];
}

interface Case {
  name: string;
  sources: SourceRange[];
  /** Every error and warning expected, as "code period"; and what their messages name. */
  problems: string[];
  names?: RegExp[];
}

const cases: Case[] = [
  {
    name: "mn P&L + bn segments, sums within rounding: no error",
    sources: [sheet("P&L", "JPY mn", PNL_MN), sheet("Segments", "JPY bn", segmentsBn())],
    problems: [],
  },
  {
    name: "mn P&L + bn segments, a segment off by 0.3 bn: the segments and the year do not add up",
    sources: [sheet("P&L", "JPY mn", PNL_MN), sheet("Segments", "JPY bn", segmentsBn(6.9))],
    problems: ["fy-total-mismatch FY25", "segments-mismatch 1Q25"],
    names: [
      /1Q25 Revenue is 12,345 but its 2 segments add up to 12,000 .* Segments!B3, Segments!B4/,
      /FY25 Mobile is 31,600 but its quarters add up to 31,200 .*Segments!B3/,
    ],
  },
  {
    name: "a total written 13.0 (read as 13) in bn against 13,400 mn: the sheets disagree",
    sources: [sheet("P&L", "JPY mn", PNL_MN), sheet("Segments", "JPY bn", segmentsBn(7.2, 13.4))],
    problems: ["block-overlap 2Q25", "block-overlap 2Q25"],
    names: [/'P&L'!C3.*Segments!C5/],
  },
  {
    name: "thousands P&L + mn segments, sums within rounding: no error",
    sources: [
      sheet("P&L", "JPY thousands", PNL_THOUSANDS),
      sheet("Segments", "JPY mn", segmentsMn()),
    ],
    problems: [],
  },
  {
    name: "thousands P&L + mn segments, a segment off by 300 mn: errors",
    sources: [
      sheet("P&L", "JPY thousands", PNL_THOUSANDS),
      sheet("Segments", "JPY mn", segmentsMn(6900)),
    ],
    problems: ["fy-total-mismatch FY25", "segments-mismatch 1Q25"],
    names: [/1Q25 Revenue is 12,345,678 but its 2 segments add up to 12,046,000 .*Segments!B3/],
  },
  {
    name: "the seed (one sheet in JPY mn): only its year written ten times too large",
    sources: [{ sheet: "Figures", topLeft: "A1", values: seedGrid() }],
    problems: ["fy-total-mismatch FY3/02"],
    names: [
      /FY3\/02 Total revenues is 399,000 but its quarters add up to 39,900 — ten times too large/,
    ],
  },
];

function problems(a: Analysis): string[] {
  return a.issues
    .filter((i) => i.severity !== "info")
    .map((i) => `${i.code} ${i.period ?? ""}`.trim())
    .sort();
}

describe("checks allow for each figure's rounding in its own unit", () => {
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const a = analyse(c.sources, DEFAULT_SETTINGS, NOW);
    expect(problems(a)).toEqual([...c.problems].sort());
    const messages = a.issues.map((i) => i.message).join("\n");
    for (const re of c.names ?? []) expect(messages).toMatch(re);
  });

  it("keeps the segments and their shares when they add up within rounding", () => {
    const c = cases[0] as Case;
    const a = analyse(c.sources, DEFAULT_SETTINGS, NOW);
    const share = a.kpis.find(
      (k) => k.metric === "revenue.mobile" && k.period === "1Q25" && k.kpi === "share"
    );
    expect(share?.value).toBeCloseTo(7200 / 12345, 12);
  });
});
