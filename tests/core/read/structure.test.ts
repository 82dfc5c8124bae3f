/**
 * Which rows are parts of which total: decided by the figures (they add up in every period where all are
 * given), with layout and names as hints; reported as a note; undecided rows get no share. Fixtures are
 * grids built here, expected shares worked out by hand.
 */
import fc from "fast-check";
import { computeKpis } from "../../../src/core/compute";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { readRange } from "../../../src/core/read";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { seedGrid } from "../../helpers/seed";

const settings: Settings = { ...DEFAULT_SETTINGS, reportingCurrency: "USD" };

function analyse(grid: Grid, s: Settings = settings) {
  const { dataset, issues } = readRange({ sheet: "P&L", topLeft: "A1", values: grid }, s);
  const kpis = computeKpis(dataset, s);
  const kpi = (metric: string, period: string, kind: string) =>
    kpis.find((k) => k.metric === metric && k.period === period && k.kpi === kind);
  const metricOf = (label: string, nth = 0) =>
    dataset.series.filter((x) => x.label === label)[nth]?.metric;
  return { dataset, issues, kpis, kpi, metricOf };
}

const HEADER: CellValue[] = ["USD in millions", "Q1 FY25", "Q2 FY25", "Q3 FY25", "Q4 FY25"];

/**
 * A software company's statement: segments right under "Total revenue" and right above "Total cost of
 * revenue" (indented by the cell format, so no spaces in the label, or by spaces), cost segments under the
 * cost total. Subscription + Services = Total revenue in every quarter (70+30, 84+36, 99+51, 110+50).
 */
function statement(indent: string): Grid {
  return [
    HEADER,
    ["Total revenue", 100, 120, 150, 160],
    [`${indent}Subscription`, 70, 84, 99, 110],
    [`${indent}Services`, 30, 36, 51, 50],
    ["Total cost of revenue", 40, 50, 62, 64],
    [`${indent}Subscription`, 25, 30, 37, 40],
    [`${indent}Services`, 15, 20, 25, 24],
    ["Gross profit", 60, 70, 88, 96],
    ["Operating income", 20, 25, 30, 33],
  ];
}

describe("segments between two totals: the one they add up to is theirs", () => {
  describe.each([
    ["not indented (indent as a cell format)", ""],
    ["indented with spaces", "   "],
  ])("%s", (_name, indent) => {
    const { dataset, issues, kpi, metricOf } = analyse(statement(indent));

    test("the rows under Total revenue are revenue segments, those under the cost total cost segments", () => {
      expect(dataset.series.map((s) => [s.metric, s.parent])).toEqual([
        ["revenue.total", undefined],
        ["revenue.subscription", undefined],
        ["revenue.services", undefined],
        ["cost.total", undefined],
        ["cost.subscription", undefined],
        ["cost.services", undefined],
        ["gross_profit", undefined],
        ["operating_income", undefined],
      ]);
      expect(metricOf("Subscription", 0)).toBe("revenue.subscription");
    });

    test.each([
      // segment ÷ its own total, by hand
      ["revenue.subscription", "Q1 FY25", 70 / 100],
      ["revenue.services", "Q1 FY25", 30 / 100],
      ["revenue.subscription", "Q3 FY25", 99 / 150],
      ["revenue.services", "Q4 FY25", 50 / 160],
      ["cost.subscription", "Q1 FY25", 25 / 40],
      ["cost.services", "Q3 FY25", 25 / 62],
    ])("share of %s in %s", (metric, period, expected) => {
      expect(kpi(metric, period, "share")?.value).toBeCloseTo(expected, 12);
    });

    test("no segment share is above 100 % and no segment has a margin", () => {
      const segments = dataset.series.filter((s) => /^(revenue|cost)\.(?!total)/.test(s.metric));
      for (const s of segments)
        for (const p of dataset.periods) {
          const share = kpi(s.metric, p.label, "share")?.value;
          expect(share).toBeLessThanOrEqual(1);
          expect(kpi(s.metric, p.label, "margin")).toBeUndefined();
        }
    });

    test("the totals keep their figures and roles", () => {
      expect(kpi("revenue.total", "Q2 FY25", "value")?.value).toBe(120);
      expect(kpi("cost.total", "Q2 FY25", "margin")?.value).toBeCloseTo(50 / 120, 12);
      expect(kpi("operating_income", "Q4 FY25", "margin")?.value).toBeCloseTo(33 / 160, 12);
    });

    test("the structure chosen is a note naming the total's cell and the parts' cells", () => {
      const notes = issues.filter((i) => i.code === "structure");
      expect(notes).toEqual([
        expect.objectContaining({ severity: "info", cell: "'P&L'!A2", metric: "revenue.total" }),
        expect.objectContaining({ severity: "info", cell: "'P&L'!A5", metric: "cost.total" }),
      ]);
      expect(notes[0]?.message).toContain("“Subscription” ('P&L'!A3) and “Services” ('P&L'!A4)");
      expect(notes[0]?.message).toContain("every period where all are given (4)");
      expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    });
  });
});

test("fiscal-year columns between the quarters (year ends June): the year's share is of the year's total", () => {
  // FY25 = Q1…Q4: Subscription 70+84+99+110 = 363 of 100+120+150+160 = 530
  const { kpi, issues } = analyse(
    [
      ["USD in millions", "Q1 FY25", "Q2 FY25", "Q3 FY25", "Q4 FY25", "FY25", "Q1 FY26"],
      ["Total revenue", 100, 120, 150, 160, 530, 170],
      ["Subscription", 70, 84, 99, 110, 363, 120],
      ["Services", 30, 36, 51, 50, 167, 50],
      ["Total cost of revenue", 40, 50, 62, 64, 216, 66],
      ["Gross profit", 60, 70, 88, 96, 314, 104],
    ],
    { ...settings, fyEndMonth: 6 }
  );
  expect(kpi("revenue.subscription", "FY25", "share")?.value).toBeCloseTo(363 / 530, 12);
  expect(kpi("revenue.services", "Q1 FY26", "share")?.value).toBeCloseTo(50 / 170, 12);
  expect(kpi("revenue.subscription", "FY25", "margin")).toBeUndefined();
  expect(issues.find((i) => i.code === "structure")?.message).toContain("(6)");
});

describe("parts above or below their total, nested, rounded", () => {
  test("a subtotal and its parts: the parts are its lines, the subtotal a segment", () => {
    // Total revenue 100 = Products 60 + Services 40; Products 60 = Hardware 35 + Software 25.
    const { dataset, kpi } = analyse([
      HEADER.slice(0, 3),
      ["Total revenue", 100, 110],
      ["Products", 60, 66],
      ["Hardware", 35, 40],
      ["Software", 25, 26],
      ["Services", 40, 44],
      ["Gross profit", 50, 55],
    ]);
    expect(dataset.series.map((s) => [s.metric, s.parent])).toEqual([
      ["revenue.total", undefined],
      ["revenue.products", undefined],
      ["revenue.hardware", "revenue.products"],
      ["revenue.software", "revenue.products"],
      ["revenue.services", undefined],
      ["gross_profit", undefined],
    ]);
    expect(kpi("revenue.products", "Q2 FY25", "share")?.value).toBeCloseTo(66 / 110, 12);
    expect(kpi("revenue.hardware", "Q1 FY25", "share")?.value).toBeCloseTo(35 / 60, 12);
    expect(kpi("revenue.hardware", "Q1 FY25", "margin")).toBeUndefined();
  });

  test("a segment that happens to equal two others is not their subtotal when the total adds up", () => {
    // Cloud 40 = Licences 25 + Support 15 in the one quarter given, but 40 + 25 + 15 + 20 = Total revenue 100
    const { dataset, issues, kpi } = analyse([
      HEADER.slice(0, 2),
      ["Total revenue", 100],
      ["Cloud", 40],
      ["Licences", 25],
      ["Support", 15],
      ["Other", 20],
      ["Total cost of revenue", 30],
    ]);
    expect(dataset.series.map((s) => [s.metric, s.parent])).toEqual([
      ["revenue.total", undefined],
      ["revenue.cloud", undefined],
      ["revenue.licences", undefined],
      ["revenue.support", undefined],
      ["revenue.others", undefined],
      ["cost.total", undefined],
    ]);
    expect(kpi("revenue.licences", "Q1 FY25", "share")?.value).toBeCloseTo(25 / 100, 12);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  test("figures given to one decimal add up within rounding (0.05 per figure)", () => {
    // 33.4 + 33.3 + 33.3 = 100.0; 41.7 + 41.7 + 16.7 = 100.1 — shown as 100.0, within 3 × 0.05
    const { dataset, issues } = analyse([
      HEADER.slice(0, 3),
      ["Cloud", 33.4, 41.7],
      ["Licences", 33.3, 41.7],
      ["Support", 33.3, 16.7],
      ["Total revenue", 100.0, 100.0],
    ]);
    expect(dataset.series.map((s) => s.metric)).toEqual([
      "revenue.cloud",
      "revenue.licences",
      "revenue.support",
      "revenue.total",
    ]);
    expect(issues.filter((i) => i.code === "structure")).toHaveLength(1);
  });

  test("rows that do not add up are not taken as parts by the figures", () => {
    // 70 + 20 ≠ 100: no structure note (the layout's reading stands, the validator flags the mismatch)
    const { issues } = analyse([
      HEADER.slice(0, 2),
      ["Revenues:"],
      ["Cloud", 70],
      ["Licences", 20],
      ["Total revenue", 100],
    ]);
    expect(issues.filter((i) => i.code === "structure")).toEqual([]);
  });

  test("rows mapped by the user keep their metric", () => {
    const { dataset } = analyse(statement(""), {
      ...settings,
      labelMap: { Services: "revenue.services_custom" },
    });
    expect(dataset.series.filter((s) => s.label === "Services").map((s) => s.metric)).toEqual([
      "revenue.services_custom",
      "revenue.services_custom_2",
    ]);
  });
});

describe("parts named after their total, anywhere in the block", () => {
  test.each([
    ["Sales", "Sales - Europe", "Sales - Americas", "revenue.europe"],
    ["Total revenue", "Revenue: Cloud", "Revenue: Licences", "revenue.cloud"],
    ["Net sales", "Net sales – Japan", "Net sales — Overseas", "revenue.japan"],
    ["売上高", "売上高：国内", "売上高：海外", "revenue.国内"],
  ])("%s ← “%s”, “%s”", (total, first, second, firstMetric) => {
    // the parts sit below another line, not next to their total: only their names place them
    const { dataset, issues, kpi } = analyse([
      HEADER.slice(0, 3),
      [total, 100, 200],
      ["Operating income", 10, 20],
      [first, 70, 150],
      [second, 30, 50],
    ]);
    expect(dataset.series.map((s) => s.metric)).toEqual([
      "revenue.total",
      "operating_income",
      firstMetric,
      expect.stringMatching(/^revenue\./),
    ]);
    expect(kpi(firstMetric, "Q2 FY25", "share")?.value).toBeCloseTo(150 / 200, 12);
    expect(issues.find((i) => i.code === "structure")?.cell).toBe("'P&L'!A2");
  });
});

describe("the seed's figures without their id column", () => {
  const { dataset, issues } = analyse(seedGrid().map((row) => row.slice(1)));
  const parentOf = (metric: string) => dataset.series.find((s) => s.metric === metric)?.parent;

  test("the cost lines add up to the cost total, the “of which” line set aside; nothing undecided", () => {
    const notes = issues.filter((i) => i.code === "structure");
    expect(notes).toEqual([expect.objectContaining({ cell: "'P&L'!A13", metric: "cost.total" })]);
    expect(notes[0]?.message).toContain(
      "“Network operation costs” ('P&L'!A8), “Cost of systems integration” ('P&L'!A10), " +
        "“Cost of data center services” ('P&L'!A11) and “Cost of others” ('P&L'!A12)"
    );
    expect(parentOf("cost.backbone")).toBe("cost.network");
    expect(dataset.series.filter((s) => s.shareUndecided)).toEqual([]);
  });

  test("the revenue lines, whose FY3/02 total is a 10× slip, keep the layout's reading", () => {
    // 4,600 + 1,220 + … = 39,900 against a reported 399,000: no structure from the figures, no change either
    expect(dataset.series.slice(0, 6).map((s) => s.metric)).toEqual([
      "revenue.dedicated_access",
      "revenue.dialup",
      "revenue.si",
      "revenue.data_center",
      "revenue.others",
      "revenue.total",
    ]);
  });
});

describe("where the figures cannot decide, no share and an issue says why", () => {
  test("two totals both add up from the same rows", () => {
    // Total revenue and Total cost of revenue are both 100 / 120: A + B adds up to either.
    const { dataset, issues, kpi } = analyse([
      HEADER.slice(0, 3),
      ["Total revenue", 100, 120],
      ["Product A", 60, 70],
      ["Product B", 40, 50],
      ["Total cost of revenue", 100, 120],
      ["Operating income", 5, 6],
    ]);
    const parts = dataset.series.filter((s) => s.label.startsWith("Product"));
    expect(parts.map((s) => [s.metric, s.shareUndecided])).toEqual([
      ["product_a", true],
      ["product_b", true],
    ]);
    for (const s of parts) {
      expect(kpi(s.metric, "Q1 FY25", "share")).toBeUndefined();
      expect(kpi(s.metric, "Q1 FY25", "margin")).toBeUndefined();
      expect(kpi(s.metric, "Q1 FY25", "value")?.value).toBe(s.metric === "product_a" ? 60 : 40);
    }
    const warning = issues.find((i) => i.code === "structure-undecided");
    expect(warning).toMatchObject({ severity: "warning", cell: "'P&L'!A3" });
    expect(warning?.message).toContain(
      "“Total revenue” ('P&L'!A2) and “Total cost of revenue” ('P&L'!A5)"
    );
    expect(warning?.message).toContain("no share is computed");
  });

  test.each([
    ["indented under Total revenue, closed by Total cost of revenue", "   "],
    ["right under Total revenue, right above Total cost of revenue", ""],
  ])("none adds up and the hints conflict: %s", (_name, indent) => {
    // 70 + 25 = 95 is neither 100 nor 40
    const { dataset, issues, kpi } = analyse([
      HEADER.slice(0, 2),
      ["Total revenue", 100],
      [`${indent}Subscription`, 70],
      [`${indent}Services`, 25],
      ["Total cost of revenue", 40],
    ]);
    const parts = dataset.series.filter((s) => s.shareUndecided);
    expect(parts.map((s) => s.label)).toEqual(["Subscription", "Services"]);
    for (const s of parts) expect(kpi(s.metric, "Q1 FY25", "share")).toBeUndefined();
    const warning = issues.find((i) => i.code === "structure-undecided");
    expect(warning?.message).toMatch(/add up to none of them: no share is computed/);
    expect(warning?.message).toContain("“Total revenue” ('P&L'!A2)");
    expect(warning?.message).toContain("“Total cost of revenue” ('P&L'!A5)");
  });
});

describe("a ledger: “Sales - Part” rows that add up to “Sales”", () => {
  const rows: CellValue[][] = [["Period", "Account", "Amount"]];
  // quarters, halves and the year, as the ledger gives them
  const figures: [string, number, number][] = [
    ["1Q24", 300, 100],
    ["2Q24", 330, 120],
    ["1H24", 630, 220],
    ["3Q24", 360, 90],
    ["4Q24", 410, 140],
    ["2H24", 770, 230],
    ["FY2024", 1400, 450],
  ];
  for (const [period, pharma, diagnostics] of figures) {
    rows.push([period, "Sales", pharma + diagnostics]);
    rows.push([period, "Sales - Pharmaceuticals Division", pharma]);
    rows.push([period, "Sales - Diagnostics Division", diagnostics]);
    rows.push([period, "Operating profit", Math.round((pharma + diagnostics) / 10)]);
  }
  const { dataset, issues, kpi } = analyse(rows, { ...settings, fyEndMonth: 12 });

  test("the divisions are segments of Sales", () => {
    expect(dataset.layout).toBe("long");
    expect(dataset.series.map((s) => [s.metric, s.unknownLabel])).toEqual([
      ["revenue.total", undefined],
      ["revenue.pharmaceuticals_division", undefined],
      ["revenue.diagnostics_division", undefined],
      ["operating_income", undefined],
    ]);
    expect(issues.filter((i) => i.code === "unknown-label")).toEqual([]);
  });

  test.each([
    ["revenue.pharmaceuticals_division", "1Q24", 300 / 400],
    ["revenue.diagnostics_division", "1Q24", 100 / 400],
    ["revenue.pharmaceuticals_division", "2H24", 770 / 1000],
    ["revenue.diagnostics_division", "FY2024", 450 / 1850],
  ])("share of %s in %s", (metric, period, expected) => {
    const label =
      dataset.periods.find((p) => p.label.replace(/\s/g, "") === period)?.label ?? period;
    expect(kpi(metric, label, "share")?.value).toBeCloseTo(expected, 12);
    expect(kpi(metric, label, "margin")).toBeUndefined();
  });

  test("the note names Sales and both divisions", () => {
    const note = issues.find((i) => i.code === "structure");
    expect(note).toMatchObject({ severity: "info", cell: "'P&L'!B2", metric: "revenue.total" });
    expect(note?.message).toContain("“Sales - Pharmaceuticals Division” ('P&L'!B3)");
    expect(note?.message).toContain("“Sales - Diagnostics Division” ('P&L'!B4)");
  });

  test("a division named after Sales that does not add up is an “of which” line of it", () => {
    const partial: CellValue[][] = [
      ["Period", "Account", "Amount"],
      ["1Q24", "Sales", 400],
      ["1Q24", "Sales - Pharmaceuticals Division", 300],
      ["2Q24", "Sales", 450],
      ["2Q24", "Sales - Pharmaceuticals Division", 330],
    ];
    const r = analyse(partial, { ...settings, fyEndMonth: 12 });
    expect(r.dataset.series.map((s) => [s.metric, s.parent])).toEqual([
      ["revenue.total", undefined],
      ["revenue.pharmaceuticals_division", "revenue.total"],
    ]);
    expect(r.kpi("revenue.pharmaceuticals_division", "2Q24", "share")?.value).toBeCloseTo(
      330 / 450,
      12
    );
  });
});

describe("property: shuffling the order of segment rows never changes a total or a share", () => {
  const QUARTERS = ["1Q24", "2Q24", "3Q24", "4Q24"];
  const NAMES = ["Cloud", "Licences", "Support", "Hardware", "Consulting", "Training"];
  /** Revenue segments of 100…999 and cost segments of 1…9 a quarter: no window of one adds up to the other's total. */
  const segments = (min: number, max: number) =>
    fc
      .integer({ min: 2, max: NAMES.length })
      .chain((n) =>
        fc.tuple(
          ...NAMES.slice(0, n).map((name) =>
            fc
              .array(fc.integer({ min, max }), { minLength: 4, maxLength: 4 })
              .map((values) => ({ name, values }))
          )
        )
      );
  type Segment = { name: string; values: number[] };
  const shuffled = (list: Segment[]) =>
    fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length });
  const sum = (list: Segment[]) =>
    QUARTERS.map((_q, j) => list.reduce((a, s) => a + (s.values[j] ?? 0), 0));

  function grid(revenue: Segment[], cost: Segment[], indent: string): Grid {
    const rev = sum(revenue);
    const cst = sum(cost);
    return [
      ["USD in millions", ...QUARTERS],
      ["Total revenue", ...rev],
      ...revenue.map((s) => [`${indent}${s.name}`, ...s.values]),
      ["Total cost of revenue", ...cst],
      ...cost.map((s) => [`${indent}${s.name}`, ...s.values]),
      ["Gross profit", ...rev.map((r, j) => r - (cst[j] ?? 0))],
    ];
  }

  /** Every total and share, by metric and period. */
  function figures(g: Grid): Map<string, number | null> {
    const { kpis } = analyse(g);
    const out = new Map<string, number | null>();
    for (const k of kpis)
      if (k.kpi === "share" || /\.total$/.test(k.metric) || k.metric === "gross_profit")
        out.set(`${k.metric}|${k.period}|${k.kpi}`, k.value);
    return out;
  }

  test("same totals and shares in any order, indented or not", () => {
    fc.assert(
      fc.property(
        segments(100, 999).chain((rev) => fc.tuple(fc.constant(rev), shuffled(rev))),
        segments(1, 9).chain((cost) => fc.tuple(fc.constant(cost), shuffled(cost))),
        fc.constantFrom("", "  "),
        ([revenue, revenueShuffled], [cost, costShuffled], indent) => {
          const before = figures(grid(revenue, cost, indent));
          const after = figures(grid(revenueShuffled, costShuffled, indent));
          expect(after).toEqual(before);
          // and every segment has its share of its own total: never above 100 %
          const shares = [...before].filter(
            ([key]) => key.endsWith("|share") && QUARTERS.some((q) => key.includes(`|${q}|`))
          );
          expect(shares).toHaveLength((revenue.length + cost.length) * QUARTERS.length);
          for (const [, v] of shares) expect(v).toBeLessThanOrEqual(1);
        }
      ),
      { numRuns: 60 }
    );
  });
});
