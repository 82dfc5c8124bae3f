import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { analyse, type Analysis } from "../../../src/core/analyse";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { csvToGrid } from "../../../src/workbook/file/csv";
import { pad } from "./packs";

const MARCH: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 3 };
const NOW = new Date("2026-11-29T00:00:00Z");
const PERIODS = ["1Q FY25", "2Q FY25", "3Q FY25", "4Q FY25", "1Q FY26"];

function run(values: Grid): Analysis {
  return analyse({ sheet: "Segments", topLeft: "A1", values }, MARCH, NOW);
}

function kpi(a: Analysis, metric: string, period: string, kind: string): number | null | undefined {
  return a.kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind)?.value;
}

const fixture = (): Grid =>
  csvToGrid(
    fs.readFileSync(path.join(__dirname, "../../fixtures/packs/segment-tables.csv"), "utf8")
  );

interface Table {
  title: string;
  lines: [label: string, values: number[]][];
}

/** The fixture's tables (JPY mn), as written in tests/fixtures/packs/segment-tables.csv. */
const TABLES: Table[] = [
  {
    title: "Mobile",
    lines: [
      ["Revenue", [100, 110, 120, 130, 120]],
      ["Operating income", [10, 12, 15, 13, 18]],
    ],
  },
  {
    title: "Fixed",
    lines: [
      ["Revenue", [200, 205, 210, 215, 220]],
      ["Operating income", [30, 31, 32, 33, 33]],
    ],
  },
  {
    title: "Enterprise",
    lines: [
      ["Revenue", [50, 55, 60, 65, 60]],
      ["Operating income", [-5, -2, 1, 3, 4]],
    ],
  },
  {
    title: "Total",
    lines: [
      ["Revenue", [350, 370, 390, 410, 400]],
      ["Operating income", [30, 38, 44, 45, 50]],
    ],
  },
];

/** Each table with its own header of periods, its title in the header's label cell, a blank row between. */
function ownHeaders(tables: readonly Table[], note = "(JPY in millions)"): Grid {
  const rows: CellValue[][] = [["Results by segment"], [note]];
  tables.forEach((t, k) => {
    if (k > 0) rows.push([]);
    rows.push([t.title, ...PERIODS]);
    for (const [label, values] of t.lines) rows.push([label, ...values]);
  });
  return pad(rows);
}

/** One header of periods at the top; each title alone on its row above its lines. */
function titleRows(tables: readonly Table[]): Grid {
  const rows: CellValue[][] = [["Results by segment (JPY in millions)", ...PERIODS]];
  tables.forEach((t, k) => {
    if (k > 0) rows.push([]);
    rows.push([t.title]);
    for (const [label, values] of t.lines) rows.push([label, ...values]);
  });
  return pad(rows);
}

describe("the fixture is the tables written in this test", () => {
  it("segment-tables.csv equals ownHeaders(TABLES)", () => {
    expect(fixture()).toEqual(ownHeaders(TABLES));
  });
});

// Hand-worked, 1Q FY26 against 1Q FY25 (a year earlier) and the Total table:
//   Mobile revenue YoY 120/100 − 1 = 20%; margin 18/120 = 15%; share 120/400 = 30%; OI share 18/50 = 36%;
//   share change 30% − 100/350 (28.6%) = +1.4 percentage points
//   Fixed revenue YoY 220/200 − 1 = 10%; margin 33/220 = 15%; share 220/400 = 55%; OI share 33/50 = 66%
//   Enterprise revenue YoY 60/50 − 1 = 20%; margin 4/60; share 60/400 = 15%; OI YoY n.m. (1Q FY25 a loss)
//   Group: revenue YoY 400/350 − 1; operating margin 50/400 = 12.5%
const EXPECTED: [metric: string, kind: string, value: number | null][] = [
  ["revenue.mobile", "value", 120],
  ["revenue.mobile", "yoy", 120 / 100 - 1],
  ["revenue.mobile", "share", 120 / 400],
  ["revenue.mobile", "share_change", (120 / 400 - 100 / 350) * 100],
  ["operating_income.mobile", "value", 18],
  ["operating_income.mobile", "yoy", 18 / 10 - 1],
  ["operating_income.mobile", "margin", 18 / 120],
  ["operating_income.mobile", "share", 18 / 50],
  ["revenue.fixed", "yoy", 220 / 200 - 1],
  ["revenue.fixed", "share", 220 / 400],
  ["operating_income.fixed", "margin", 33 / 220],
  ["operating_income.fixed", "share", 33 / 50],
  ["revenue.enterprise", "yoy", 60 / 50 - 1],
  ["revenue.enterprise", "share", 60 / 400],
  ["operating_income.enterprise", "margin", 4 / 60],
  ["operating_income.enterprise", "yoy", null],
  ["revenue.total", "value", 400],
  ["revenue.total", "yoy", 400 / 350 - 1],
  ["operating_income", "value", 50],
  ["operating_income", "margin", 50 / 400],
];

describe.each([
  ["the fixture: each table with its own header", fixture],
  ["the titles alone on their rows, one header", () => titleRows(TABLES)],
  [
    "the unit note beside each segment's title",
    () =>
      ownHeaders(
        TABLES.map((t) => (t.title === "Total" ? t : { ...t, title: `${t.title} (JPY mn)` })),
        ""
      ),
  ],
])("segment tables — %s", (_, grid) => {
  const a = run(grid());

  it.each(EXPECTED)("%s %s in 1Q FY26", (metric, kind, value) => {
    const got = kpi(a, metric, "1Q FY26", kind);
    if (value === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(value, 12);
  });

  it("loses no figure: no disagreement between the tables, one series per segment line", () => {
    expect(a.issues.filter((i) => i.code === "block-overlap")).toEqual([]);
    expect(a.dataset.series.map((s) => [s.metric, s.label])).toEqual([
      ["revenue.mobile", "Mobile"],
      ["operating_income.mobile", "Operating income — Mobile"],
      ["revenue.fixed", "Fixed"],
      ["operating_income.fixed", "Operating income — Fixed"],
      ["revenue.enterprise", "Enterprise"],
      ["operating_income.enterprise", "Operating income — Enterprise"],
      ["revenue.total", "Revenue"],
      ["operating_income", "Operating income"],
    ]);
    expect(a.dataset.money.label).toBe("JPY mn");
  });

  it("says which tables it read as segments, naming their title cells", () => {
    const notes = a.issues.filter((i) => i.code === "structure");
    expect(notes).toHaveLength(1);
    expect(notes[0]?.severity).toBe("info");
    for (const title of ["Mobile", "Fixed", "Enterprise", "Total"])
      expect(notes[0]?.message).toContain(`“${title}” (Segments!A`);
  });

  it("the summary shows each segment's operating margin and share", () => {
    const rows = a.summary.table.rows.map((r) => `${r.metric} ${r.kpi}`);
    for (const seg of ["mobile", "fixed", "enterprise"]) {
      expect(rows).toContain(`operating_income.${seg} margin`);
      expect(rows).toContain(`operating_income.${seg} share`);
      expect(rows).toContain(`revenue.${seg} share`);
    }
  });
});

describe("without a group table: shares of the sum of the segments, no share of an operating income not given", () => {
  const a = run(ownHeaders(TABLES.slice(0, 3)));

  it.each([
    ["revenue.mobile", "share", 120 / 400],
    ["revenue.total", "value", 400],
    ["operating_income.mobile", "margin", 18 / 120],
  ])("%s %s", (metric, kind, value) => {
    expect(kpi(a, metric, "1Q FY26", kind)).toBeCloseTo(value, 12);
  });

  it("has no share of a group operating income the pack does not give", () => {
    expect(kpi(a, "operating_income.mobile", "1Q FY26", "share")).toBeUndefined();
  });
});

/** Undecided packs: the lines stay as they were read before (no segment metric), and an issue names the cell. */
const UNDECIDED: [name: string, grid: Grid, severity: string, cell: string, words: RegExp][] = [
  [
    "repeated lines without a title right above them",
    pad([
      ["(JPY mn)", ...PERIODS],
      ["Mobile"],
      ["Revenue", 100, 110, 120, 130, 120],
      ["Operating income", 10, 12, 15, 13, 18],
      [],
      ["Revenue", 200, 205, 210, 215, 220],
      ["Operating income", 30, 31, 32, 33, 33],
    ]),
    "warning",
    "Segments!A6",
    /no title sits right above them/,
  ],
  [
    "a title that is itself a line of the statement",
    pad([
      ["Revenue", ...PERIODS],
      ["Mobile", 100, 110, 120, 130, 120],
      ["Fixed", 200, 205, 210, 215, 220],
      ["Operating income"],
      ["Mobile", 10, 12, 15, 13, 18],
      ["Fixed", 30, 31, 32, 33, 33],
    ]),
    "warning",
    "Segments!A1",
    /“Revenue” \(Segments!A1\) is itself a line of the statement/,
  ],
  [
    "two tables that differ in their lines",
    pad([
      ["(JPY mn)", ...PERIODS],
      ["Mobile"],
      ["Revenue", 100, 110, 120, 130, 120],
      ["Operating income", 10, 12, 15, 13, 18],
      [],
      ["Fixed"],
      ["Revenue", 200, 205, 210, 215, 220],
      ["EBITDA", 30, 31, 32, 33, 33],
    ]),
    "warning",
    "Segments!A6",
    /repeat some lines but not all/,
  ],
  [
    "stacked tables, the second without a title",
    ownHeaders([TABLES[0] as Table, { ...(TABLES[1] as Table), title: "" }]),
    "warning",
    "Segments!A8",
    /no title sits right above them/,
  ],
];

describe.each(UNDECIDED)("undecided: %s", (_, grid, severity, cell, words) => {
  const a = run(grid);

  it("reads no segment table", () => {
    expect(a.dataset.series.filter((s) => s.segmentTable !== undefined)).toEqual([]);
    expect(a.dataset.series.some((s) => /\.(mobile|fixed)$/.test(s.metric))).toBe(false);
  });

  it("says why, naming the cell", () => {
    const issue = a.issues.find((i) => i.code === "structure-undecided" && words.test(i.message));
    expect(issue?.severity).toBe(severity);
    expect(issue?.cell).toBe(cell);
  });

  it("gives no figure for a line the tables repeat with other figures: its KPIs are n.m.", () => {
    const rows = new Map<string, string[]>();
    for (const row of grid) {
      const figures = row.slice(1).filter((v) => typeof v === "number");
      if (figures.length > 0)
        rows.set(String(row[0]), [...(rows.get(String(row[0])) ?? []), figures.join()]);
    }
    const repeated = new Set(
      [...rows].filter(([, f]) => new Set(f).size > 1).map(([label]) => label)
    );
    expect(repeated.size).toBeGreaterThan(0);
    const metrics = new Set(
      a.dataset.series.filter((s) => repeated.has(s.label)).map((s) => s.metric)
    );
    const given = a.kpis.filter((k) => metrics.has(k.metric) && k.value !== null);
    expect(given.map((k) => `${k.metric} ${k.period} ${k.kpi}`)).toEqual([]);
  });
});

describe.each([
  ["tables with their own headers", ownHeaders],
  ["titles alone on their rows", titleRows],
])("an issue on a segment table's cell names the segment's line: %s", (_, layout) => {
  const grid = layout(TABLES).map((row) => [...row]);
  // Mobile's operating income in 3Q FY25 is text
  const r = grid.findIndex((row) => row[0] === "Operating income");
  (grid[r] as CellValue[])[3] = "1S";
  const a = run(grid);

  it("the not-a-number error is Mobile's operating income's, not the group's", () => {
    const issue = a.issues.find((i) => i.code === "not-a-number");
    expect(issue?.cell).toBe(`Segments!D${r + 1}`);
    expect(issue?.metric).toBe("operating_income.mobile");
  });

  it("the group's operating income in that quarter is still given", () => {
    expect(kpi(a, "operating_income.mobile", "3Q FY25", "value")).toBeNull();
    expect(kpi(a, "operating_income", "3Q FY25", "value")).toBe(44);
  });
});

describe("a title not followed by the repeated lines", () => {
  const a = run(
    titleRows([
      TABLES[0] as Table,
      TABLES[1] as Table,
      { title: "Operating data", lines: [["Subscribers (end of period)", [5, 6, 7, 8, 9]]] },
    ])
  );

  it("reads the segment tables and leaves the other table's lines as they are, with a note naming its title", () => {
    expect(a.dataset.series.map((s) => s.metric)).toEqual([
      "revenue.mobile",
      "operating_income.mobile",
      "revenue.fixed",
      "operating_income.fixed",
      "ops.subscribers",
    ]);
    const note = a.issues.find((i) => i.code === "structure" && /Operating data/.test(i.message));
    expect(note?.severity).toBe("info");
    expect(note?.cell).toBe("Segments!A10");
  });
});

describe("the same figures given twice are one line shown twice, not two segments", () => {
  const a = run(ownHeaders([TABLES[0] as Table, { ...(TABLES[0] as Table), title: "Detail" }]));

  it("keeps one revenue line, says nothing about segments", () => {
    expect(a.dataset.series.map((s) => s.metric)).toEqual(["revenue.total", "operating_income"]);
    expect(
      a.issues.filter((i) => i.code === "structure" || i.code === "structure-undecided")
    ).toEqual([]);
    expect(kpi(a, "revenue.total", "1Q FY26", "yoy")).toBeCloseTo(0.2, 12);
  });
});

describe("property: the order of the segment tables changes no segment's KPIs", () => {
  // sums below 1900: a row of figures such as 1950 reads as years (a layout question of its own)
  const money = fc.integer({ min: 1, max: 450 });
  const segment = fc.record({
    revenue: fc.array(money, { minLength: 5, maxLength: 5 }),
    income: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 5, maxLength: 5 }),
  });

  it("holds for tables with their own headers and for titles alone on their rows", () => {
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 2, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 1000 }),
        (segments, own, withTotal, seed) => {
          const tables: Table[] = segments.map((s, k) => ({
            title: ["Mobile", "Fixed", "Enterprise", "Retail"][k] as string,
            lines: [
              ["Revenue", s.revenue],
              ["Operating income", s.income],
            ],
          }));
          const sum = (pick: (t: Table) => number[]): number[] =>
            PERIODS.map((_, j) => tables.reduce((t, x) => t + (pick(x)[j] as number), 0));
          const total: Table = {
            title: "Total",
            lines: [
              ["Revenue", sum((t) => t.lines[0]?.[1] ?? [])],
              ["Operating income", sum((t) => t.lines[1]?.[1] ?? []).map((v) => v - 7)],
            ],
          };
          const shuffled = [...tables];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (seed * (i + 3)) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as Table, shuffled[i] as Table];
          }
          const build = own ? ownHeaders : titleRows;
          const a = run(build(withTotal ? [...tables, total] : tables));
          const b = run(build(withTotal ? [total, ...shuffled] : shuffled));
          const segmentKpis = (x: Analysis): Map<string, number | null> =>
            new Map(
              x.kpis
                .filter((k) => /^(revenue|operating_income)\.(?!total$)/.test(k.metric))
                .map((k) => [`${k.metric} ${k.period} ${k.kpi}`, k.value] as const)
            );
          const ka = segmentKpis(a);
          const kb = segmentKpis(b);
          expect(ka.size).toBeGreaterThan(0);
          expect([...kb.keys()].sort()).toEqual([...ka.keys()].sort());
          for (const [key, v] of ka) {
            const w = kb.get(key);
            if (v === null) expect(w).toBeNull();
            else expect(w).toBeCloseTo(v, 9);
          }
        }
      ),
      { numRuns: 25 }
    );
  });
});

describe("segment tables with costs and a margin line", () => {
  const table = (title: string, revenue: number[], cost: number[], margin: number[]): Table => ({
    title,
    lines: [
      ["Revenue", revenue],
      ["Cost of revenue", cost],
      ["Operating margin (%)", margin],
    ],
  });
  const a = run(
    titleRows([
      table("Mobile", [100, 110, 120, 130, 120], [60, 66, 70, 80, 72], [10, 11, 12, 10, 15]),
      table("Fixed", [200, 205, 210, 215, 220], [150, 150, 150, 160, 154], [15, 15, 15, 15, 15]),
      table("Total", [300, 315, 330, 345, 340], [210, 216, 220, 240, 226], [13, 14, 14, 13, 15]),
    ])
  );

  // 1Q FY26: Mobile gross profit 120 − 72 = 48, margin 48/120 = 40%; its cost's share of 72 + 154 = 226
  it.each([
    ["gross_profit.mobile", "value", 48],
    ["gross_profit.mobile", "margin", 48 / 120],
    ["gross_profit.fixed", "margin", (220 - 154) / 220],
    ["cost.mobile", "share", 72 / 226],
    ["revenue.fixed", "share", 220 / 340],
  ])("%s %s", (metric, kind, value) => {
    expect(kpi(a, metric, "1Q FY26", kind)).toBeCloseTo(value, 12);
  });

  it("a margin line is the segment's, with no share of the group's margin", () => {
    const metrics = a.dataset.series.map((s) => s.metric);
    expect(metrics).toContain("ratio.operating_margin.mobile");
    expect(metrics).toContain("ratio.operating_margin");
    expect(kpi(a, "ratio.operating_margin.mobile", "1Q FY26", "share")).toBeUndefined();
    expect(kpi(a, "ratio.operating_margin.mobile", "1Q FY26", "margin")).toBeUndefined();
  });
});

describe("two sections of a statement that share only their last line are no segment tables", () => {
  const a = run(
    pad([
      ["(JPY mn)", ...PERIODS],
      ["Operating expenses:"],
      ["Personnel", 40, 41, 42, 43, 44],
      ["Rent", 10, 10, 10, 10, 10],
      ["Total", 50, 51, 52, 53, 54],
      [],
      ["Non-operating items:"],
      ["Interest received", 1, 1, 2, 2, 2],
      ["Dividends received", 3, 0, 3, 0, 3],
      ["Total", 4, 1, 5, 2, 5],
    ])
  );

  it("reads them as before, without a word about segments", () => {
    expect(a.dataset.series.filter((s) => s.segmentTable !== undefined)).toEqual([]);
    expect(a.issues.filter((i) => i.code === "structure-undecided")).toEqual([]);
    expect(a.issues.filter((i) => /segment/.test(i.message) && i.code === "structure")).toEqual([]);
  });
});
