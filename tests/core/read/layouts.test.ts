import { readRange } from "../../../src/core/read";
import type { Dataset, Series } from "../../../src/core/read/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { cellAddress } from "../../../src/core/grid";
import type { Grid } from "../../../src/core/grid/types";
import { fixtureRange, seedRange } from "./grids";

function series(ds: Dataset, metric: string): Series {
  const s = ds.series.find((x) => x.metric === metric);
  if (!s) throw new Error(`no series ${metric}; have ${ds.series.map((x) => x.metric).join(", ")}`);
  return s;
}

function valueAt(ds: Dataset, metric: string, period: string): number | null | undefined {
  const i = ds.periods.findIndex((p) => p.label === period);
  return series(ds, metric).values[i];
}

describe("the seed CSV (wide, id column, interleaved fiscal years)", () => {
  const { dataset, issues } = readRange(seedRange(), DEFAULT_SETTINGS);

  test("26 series (one per data line of the 27-line file) and 10 periods in input order", () => {
    expect(dataset.layout).toBe("wide");
    expect(dataset.series).toHaveLength(26);
    expect(dataset.periods.map((p) => p.label)).toEqual([
      "1Q00",
      "2Q00",
      "3Q00",
      "4Q00",
      "FY3/01",
      "1Q01",
      "2Q01",
      "3Q01",
      "4Q01",
      "FY3/02",
    ]);
    expect(dataset.periods.map((p) => p.kind)).toEqual([
      "quarter",
      "quarter",
      "quarter",
      "quarter",
      "year",
      "quarter",
      "quarter",
      "quarter",
      "quarter",
      "year",
    ]);
  });

  test("March year end, start-year naming, inferred from FY3/02 beside 4Q01", () => {
    expect(dataset.calendar).toEqual({ endMonth: 3, naming: "start-year" });
    expect(dataset.calendarInferred).toBe(true);
    const q4 = dataset.periods[8];
    expect(q4).toMatchObject({
      fiscalYear: 2001,
      quarter: 4,
      start: "2002-01-01",
      end: "2002-03-31",
    });
  });

  test("ids taken as is; FY3/02 total revenues as reported (399,000); cell provenance", () => {
    expect(dataset.series.map((s) => s.metric)).toContain("ops.dialup_subscribers");
    expect(valueAt(dataset, "revenue.total", "FY3/02")).toBe(399000);
    expect(valueAt(dataset, "revenue.total", "4Q01")).toBe(12100);
    expect(valueAt(dataset, "operating_income", "1Q00")).toBe(-420);
    const total = series(dataset, "revenue.total");
    expect(cellAddress(total.cells[9] as never)).toBe("Figures!M7");
    expect(total.label).toBe("Total revenues");
  });

  test("natures and units: money in JPY mn, counts are stocks, fx is a rate", () => {
    expect(dataset.money).toMatchObject({ currency: "JPY", scale: 1e6 });
    expect(series(dataset, "revenue.si")).toMatchObject({
      nature: "flow",
      factor: 1,
      unit: { currency: "JPY", scale: 1e6 },
    });
    expect(series(dataset, "ops.ip_contracts")).toMatchObject({
      nature: "stock",
      unit: { label: "contracts", scale: 1 },
    });
    expect(series(dataset, "ops.bandwidth_mbps").unit.label).toBe("Mbps");
    expect(series(dataset, "fx.jpy_per_usd").nature).toBe("rate");
    expect(valueAt(dataset, "fx.jpy_per_usd", "4Q01")).toBe(131.04);
    expect(valueAt(dataset, "fx.jpy_per_usd", "3Q01")).toBeNull();
  });

  test("the indented of-which line has its parent", () => {
    expect(series(dataset, "cost.backbone").parent).toBe("cost.network");
    expect(series(dataset, "cost.network").parent).toBeUndefined();
  });

  test("no reading issues", () => {
    expect(issues).toEqual([]);
  });
});

describe("a data book: title rows, unit note, headings, segments, of-which, unknown label", () => {
  const { dataset, issues } = readRange(fixtureRange("wide-databook.json"), DEFAULT_SETTINGS);

  test("metric ids from labels and blocks", () => {
    expect(dataset.series.map((s) => s.metric)).toEqual([
      "revenue.si",
      "revenue.data_center",
      "revenue.cloud_hosting",
      "revenue.total",
      "cost.network",
      "cost.backbone",
      "cost.si",
      "cost.total",
      "operating_income",
      "marketing_events",
      "ops.ip_contracts",
    ]);
    expect(series(dataset, "cost.backbone").parent).toBe("cost.network");
    expect(series(dataset, "revenue.cloud_hosting").unknownLabel).toBeUndefined();
    expect(series(dataset, "marketing_events").unknownLabel).toBe(true);
    expect(series(dataset, "ops.ip_contracts").nature).toBe("stock");
  });

  test("header found below the title rows; money unit from the note", () => {
    expect(dataset.periods.map((p) => p.label)).toEqual(["1Q01", "2Q01", "3Q01", "4Q01", "FY3/02"]);
    expect(dataset.money).toMatchObject({ currency: "JPY", scale: 1e6 });
    expect(series(dataset, "revenue.si").unit).toMatchObject({ currency: "JPY", scale: 1e6 });
    expect(dataset.source).toEqual({ sheet: "Q4 pack", range: "B3:G21" });
  });

  test("cells are sheet cells (block at B3, quoted sheet name)", () => {
    // "  Systems integration" is grid row 5, 4Q01 is grid column 4: sheet row 3+5 = 8, column B+4 = F.
    expect(cellAddress(series(dataset, "revenue.si").cells[3] as never)).toBe("'Q4 pack'!F8");
    expect(valueAt(dataset, "revenue.si", "4Q01")).toBe(4300);
  });

  test("only the unknown label and the segments' totals are reported, on their label cells", () => {
    expect(issues).toEqual([
      expect.objectContaining({
        code: "unknown-label",
        severity: "info",
        cell: "'Q4 pack'!B18",
        metric: "marketing_events",
      }),
      expect.objectContaining({
        code: "structure",
        severity: "info",
        cell: "'Q4 pack'!B11",
        metric: "revenue.total",
      }),
      // the "of which" line under network costs is not one of the cost total's parts
      expect.objectContaining({
        code: "structure",
        severity: "info",
        cell: "'Q4 pack'!B16",
        metric: "cost.total",
      }),
    ]);
  });
});

describe("tall layout (periods down, metrics across)", () => {
  const { dataset, issues } = readRange(fixtureRange("tall-usd.json"), DEFAULT_SETTINGS);

  test("periods from the first column, metrics from the header row", () => {
    expect(dataset.layout).toBe("tall");
    expect(dataset.periods.map((p) => p.label)).toEqual([
      "Q1 FY2024",
      "Q2 FY2024",
      "Q3 FY2024",
      "Q4 FY2024",
    ]);
    expect(series(dataset, "revenue.total").values).toEqual([1200, 1300, 1250, 1400]);
    expect(series(dataset, "operating_income").values).toEqual([100, -20, 90, 110]);
    // "Subscribers" is in the vocabulary: a known stock
    expect(series(dataset, "ops.subscribers")).toMatchObject({
      nature: "stock",
      values: [5000, 5100, 5150, 5300],
    });
    expect(series(dataset, "ops.subscribers").unknownLabel).toBeUndefined();
  });

  test("cells map back to the sheet and the unit comes from the title", () => {
    expect(cellAddress(series(dataset, "operating_income").cells[1] as never)).toBe("KPIs!C4");
    expect(dataset.money).toMatchObject({ currency: "USD", scale: 1e3 });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([]);
  });
});

/** A monthly long table: date | account | amount | unit. */
function monthly(
  months: [number, number][],
  rows: [string, (m: number) => number, string][]
): Grid {
  const grid: Grid = [["Date", "Account", "Amount", "Unit"]];
  for (const [y, m] of months) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const iso = `${y}-${String(m).padStart(2, "0")}-${last}`;
    for (const [label, value, unit] of rows) grid.push([iso, label, value(m), unit]);
  }
  return grid;
}

describe("long monthly tables roll up into fiscal quarters and years", () => {
  const rows: [string, (m: number) => number, string][] = [
    ["Revenue", (m) => 100 + m, "JPY mn"],
    ["Subscribers", (m) => 1000 + 10 * m, "subscribers"],
  ];

  test("December year: four quarters and the year; flows summed, stocks at the last month", () => {
    const months: [number, number][] = Array.from({ length: 12 }, (_, i) => [2023, i + 1]);
    const settings: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 12 };
    const { dataset, issues } = readRange(
      { sheet: "Ledger", topLeft: "A1", values: monthly(months, rows) },
      settings
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([]);
    expect(dataset.layout).toBe("long");
    expect(dataset.periods.map((p) => [p.kind, p.start, p.end])).toEqual([
      ["quarter", "2023-01-01", "2023-03-31"],
      ["quarter", "2023-04-01", "2023-06-30"],
      ["quarter", "2023-07-01", "2023-09-30"],
      ["quarter", "2023-10-01", "2023-12-31"],
      ["year", "2023-01-01", "2023-12-31"],
    ]);
    // Q1 = 101 + 102 + 103; Q4 = 110 + 111 + 112; year = 12 × 100 + (1 + … + 12) = 1278.
    expect(series(dataset, "revenue.total").values).toEqual([306, 315, 324, 333, 1278]);
    expect(series(dataset, "revenue.total").cells).toEqual([null, null, null, null, null]);
    // Stocks: months 3, 6, 9, 12 and the year's last month.
    const subs = series(dataset, "ops.subscribers");
    expect(subs.values).toEqual([1030, 1060, 1090, 1120, 1120]);
    // March's subscribers: grid row 1 + 2 months × 2 rows + 1 = 6, amount column C.
    expect(cellAddress(subs.cells[0] as never)).toBe("Ledger!C7");
  });

  test("September year: October–December is the first quarter", () => {
    const months: [number, number][] = [
      [2022, 10],
      [2022, 11],
      [2022, 12],
      ...Array.from({ length: 9 }, (_, i): [number, number] => [2023, i + 1]),
    ];
    const settings: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 9, naming: "end-year" };
    const { dataset } = readRange(
      { sheet: "Ledger", topLeft: "A1", values: monthly(months, rows) },
      settings
    );
    expect(dataset.calendar).toEqual({ endMonth: 9, naming: "end-year" });
    expect(dataset.periods.map((p) => [p.kind, p.fiscalYear, p.start, p.end])).toEqual([
      ["quarter", 2023, "2022-10-01", "2022-12-31"],
      ["quarter", 2023, "2023-01-01", "2023-03-31"],
      ["quarter", 2023, "2023-04-01", "2023-06-30"],
      ["quarter", 2023, "2023-07-01", "2023-09-30"],
      ["year", 2023, "2022-10-01", "2023-09-30"],
    ]);
    // Q1 = 110 + 111 + 112; Q2 = 101 + 102 + 103.
    expect(series(dataset, "revenue.total").values.slice(0, 2)).toEqual([333, 306]);
    expect(series(dataset, "ops.subscribers").values[0]).toBe(1120);
  });

  test("a quarter with a missing month has no flow total and no year is made", () => {
    const months: [number, number][] = [
      [2023, 1],
      [2023, 2],
      [2023, 4],
      [2023, 5],
      [2023, 6],
    ];
    const { dataset } = readRange(
      { sheet: "L", topLeft: "A1", values: monthly(months, rows) },
      DEFAULT_SETTINGS
    );
    expect(dataset.periods.map((p) => p.kind)).toEqual(["quarter", "quarter"]);
    expect(series(dataset, "revenue.total").values).toEqual([null, 104 + 105 + 106]);
    expect(series(dataset, "ops.subscribers").values).toEqual([null, 1060]);
  });
});

describe("long table with segments and units", () => {
  const { dataset, issues } = readRange(fixtureRange("long-segments.csv"), DEFAULT_SETTINGS);

  test("segments become revenue.<segment>, the Total segment the total", () => {
    expect(dataset.layout).toBe("long");
    expect(dataset.series.map((s) => s.metric)).toEqual([
      "revenue.cloud",
      "revenue.hardware",
      "revenue.total",
      "operating_income",
      "ops.headcount",
    ]);
    expect(dataset.periods.map((p) => p.label)).toEqual(["1Q24", "2Q24"]);
    expect(series(dataset, "revenue.cloud").values).toEqual([1200, 1300]);
    expect(series(dataset, "operating_income").values).toEqual([150, -20]);
  });

  test("a row in JPY thousands is scaled to the dataset's JPY mn", () => {
    expect(dataset.money).toMatchObject({ currency: "JPY", scale: 1e6 });
    // The hardware series is in JPY mn (its first row); its 2Q24 row says 750,000 JPY thousands = 750 JPY mn.
    expect(series(dataset, "revenue.hardware").values).toEqual([800, 750]);
    expect(series(dataset, "ops.headcount")).toMatchObject({
      nature: "stock",
      values: [1234, 1250],
    });
    // the segments add up to the Total segment: the structure is reported as a note
    expect(issues.map((i) => i.code)).toEqual(["structure"]);
  });
});
