import fc from "fast-check";
import { jsonGridBytes, jsonStringBytes } from "../../../src/workbook/office/payload";
import { freeSheetName, freeTableName } from "../../../src/workbook/names";
import { planWrite } from "../../../src/workbook/office/ownership";
import {
  estimateBytesPerRow,
  rowsThatFit,
  sampleBlocks,
} from "../../../src/workbook/office/readPlan";
import { bindChartSeries, cellsOf } from "../../../src/workbook/office/chartData";
import { seriesByOf } from "../../../src/workbook/office/charts";
import { writeBlocks } from "../../../src/workbook/office/write";
import { cellsToWrite, sentRowBytes } from "../../../src/workbook/office/cellText";
import { formatsToSend, sentFormatsRowBytes } from "../../../src/workbook/office/numberFormats";
import { parseStoredSettings } from "../../../src/workbook/office/storedSettings";
import { layoutSummary } from "../../../src/workbook/layout";
import { sampleModel } from "../contract/sampleModel";

const utf8 = (v: unknown): number => Buffer.byteLength(JSON.stringify(v), "utf8");

describe("payload measurement", () => {
  it.each([
    ["", 2],
    ["abc", 5],
    ['a"b', 6],
    ["line\nbreak", 13],
    ["\u0001", 8],
    ["売上高", 11],
    ["😀", 6],
    ["a\\b\\", 8],
    ['=IF(ISNUMBER(Figures!H7),Figures!H7,"n.m.")', 47],
    ["tab\there", 11],
  ])("jsonStringBytes(%j) = %i (UTF-8 bytes of JSON.stringify)", (text, bytes) => {
    expect(jsonStringBytes(text)).toBe(bytes);
    expect(utf8(text)).toBe(bytes);
  });

  it("equals the UTF-8 length of JSON.stringify for printable ASCII with quotes and backslashes", () => {
    const ascii = fc.string({ unit: fc.constantFrom("a", "=", " ", "~", '"', "\\", "!", "(") });
    fc.assert(fc.property(ascii, (text) => jsonStringBytes(text) === utf8(text)));
  });

  it("equals the UTF-8 length of JSON.stringify for any grid of cell values", () => {
    const cell = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.boolean()
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }), (grid) => {
        expect(jsonGridBytes(grid)).toBe(utf8(grid));
      })
    );
  });
});

describe("read planning", () => {
  it("spreads sample blocks over the range, first at the top and last at the bottom", () => {
    const blocks = sampleBlocks(1_048_576, 4);
    expect(blocks).toHaveLength(8);
    expect(blocks[0]).toEqual({ start: 0, rows: 16 });
    expect(blocks[7]).toEqual({ start: 1_048_576 - 16, rows: 16 });
    expect(sampleBlocks(50, 4)).toEqual([{ start: 0, rows: 50 }]);
    // A very wide range samples fewer rows per block: 8 × rows × 16,384 columns stays under 100,000 cells.
    expect(sampleBlocks(10_000, 16_384).every((b) => b.rows === 1)).toBe(true);
  });

  it("estimates bytes per row from the heaviest sample with a 25% margin", () => {
    expect(
      estimateBytesPerRow([
        { bytes: 800, rows: 10 },
        { bytes: 1000, rows: 10 },
      ])
    ).toBe(125);
    expect(estimateBytesPerRow([])).toBe(1.25);
  });

  it.each([
    // remaining, bytes/row, columns, byte budget, cell budget → rows
    [1000, 100, 4, 50_000, 1_000_000, 500],
    [300, 100, 4, 50_000, 1_000_000, 300],
    [1000, 100, 1000, 1_000_000, 50_000, 50],
    [1000, 1e9, 4, 50_000, 1_000_000, 1],
  ])("rowsThatFit(%i, %i, %i, %i, %i) = %i", (remaining, bpr, cols, bytes, cells, rows) => {
    expect(rowsThatFit(remaining, bpr, cols, bytes, cells)).toBe(rows);
  });

  it("splits the summary's rows so each block's arrays fit the budget", () => {
    const formulas = Array.from({ length: 10 }, () => ["x".repeat(98)]);
    const formats = formulas.map(() => ["General"]);
    // Each row is measured as a one-row grid as sent: [["'x…"]] = 2 + 2 + 101 = 105 bytes, and no formats ([] =
    // 2: General is not sent); 107 a row, so three rows (321) fit 400 bytes and a fourth (428) does not.
    expect(writeBlocks({ formulas }, formats, 400)).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
    expect(writeBlocks({ formulas }, formats)).toEqual([[0, 10]]);
  });

  it("measures a row as the JSON of what is sent: texts behind an apostrophe, live formulas as they are", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "=", " ", '"', "\\", "売", "\n") });
    const cell = fc.oneof(fc.double(), fc.integer(), text, fc.boolean(), fc.constant(""));
    const pair = fc.tuple(cell, fc.oneof(cell, fc.constant(undefined)));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (cells) => {
        const formulas = cells.map(([f]) => f);
        const values = cells.map(([, v]) => v ?? "");
        expect(sentRowBytes(formulas, values)).toBe(utf8(cellsToWrite([formulas], [values])[0]));
      })
    );
  });

  it("measures a row of formats as sent: null for General, nothing at all when the row is General", () => {
    const format = fc.constantFrom("General", "general", "", "#,##0", "0.0%", '#,##0" 円"', "0.00");
    fc.assert(
      fc.property(fc.array(format, { maxLength: 8 }), (row) => {
        expect(sentFormatsRowBytes(row)).toBe(utf8(formatsToSend([row]) ?? []));
      })
    );
  });
});

describe("ownership", () => {
  it.each([
    ["KPI Summary", [], "KPI Summary"],
    ["KPI Summary", ["kpi summary"], "KPI Summary (2)"],
    ["KPI Summary", ["KPI Summary", "KPI Summary (2)"], "KPI Summary (3)"],
    ["A".repeat(31), ["A".repeat(31)], `${"A".repeat(27)} (2)`],
  ])("freeSheetName(%j, %j) = %j", (wanted, taken, free) => {
    expect(freeSheetName(wanted, taken)).toBe(free);
    expect(free.length).toBeLessThanOrEqual(31);
  });

  it("freeTableName appends a number", () => {
    expect(freeTableName("QuarterDeckKPIs", ["QuarterDeckKPIs", "quarterdeckkpis2"])).toBe(
      "QuarterDeckKPIs3"
    );
  });

  it.each([
    [
      "first write",
      undefined,
      ["Figures"],
      [],
      { replaceSheet: null, sheet: "KPI Summary", table: "QuarterDeckKPIs" },
    ],
    [
      "our previous summary",
      { sheet: "KPI Summary", table: "QuarterDeckKPIs", charts: [] },
      ["Figures", "KPI Summary"],
      [{ name: "QuarterDeckKPIs", sheet: "KPI Summary" }],
      { replaceSheet: "KPI Summary", sheet: "KPI Summary", table: "QuarterDeckKPIs" },
    ],
    [
      "a user's sheet with our name",
      undefined,
      ["Figures", "KPI Summary"],
      [],
      { replaceSheet: null, sheet: "KPI Summary (2)" },
    ],
    [
      "owned sheet deleted by the user",
      { sheet: "KPI Summary", table: "QuarterDeckKPIs", charts: [] },
      ["Figures"],
      [],
      { replaceSheet: null, sheet: "KPI Summary" },
    ],
    [
      "a user's table with our name",
      undefined,
      ["Figures"],
      [{ name: "QuarterDeckKPIs", sheet: "Figures" }],
      { table: "QuarterDeckKPIs2" },
    ],
  ] as const)("plans the write: %s", (_label, owned, sheets, tables, expected) => {
    const plan = planWrite(
      "KPI Summary",
      "QuarterDeckKPIs",
      owned ? { ...owned, charts: [...owned.charts] } : undefined,
      [...sheets],
      tables.map((t) => ({ ...t }))
    );
    expect(plan).toMatchObject(expected);
  });
});

describe("chart series binding", () => {
  it("lists the cells of A1 blocks in order", () => {
    expect(cellsOf(["E12:H12", "J12"])).toEqual(["E12", "F12", "G12", "H12", "J12"]);
  });

  it("binds contiguous series directly and gives split ones linked rows below the summary", () => {
    const layout = layoutSummary(sampleModel());
    const bound = bindChartSeries(layout);
    // The combo chart over 1Q01…4Q01 (J:M) is contiguous.
    expect(bound.charts[2]?.[0]).toMatchObject({
      values: "J14:M14",
      categories: "J8:M8",
      as: "column",
    });
    // The stacked chart over the eight quarters (E:H, J:M) gets helper rows under the summary.
    const first = bound.charts[0]?.[0];
    const top = layout.used.bottom + 2;
    expect(first?.categories).toBe(`A${top + 1}:H${top + 1}`);
    expect(first?.values).toBe(`A${top + 2}:H${top + 2}`);
    expect(bound.address?.startsWith(`A${top}:`)).toBe(true);
    expect(bound.formulas[0]?.[0]).toMatch(/Chart data/);
    expect(bound.formulas[2]?.slice(0, 5)).toEqual([
      "=IF(ISNUMBER(E9),E9,NA())",
      "=IF(ISNUMBER(F9),F9,NA())",
      "=IF(ISNUMBER(G9),G9,NA())",
      "=IF(ISNUMBER(H9),H9,NA())",
      "=IF(ISNUMBER(J9),J9,NA())",
    ]);
    expect(new Set(bound.formulas.map((r) => r.length)).size).toBe(1);
  });

  it.each([
    ["E9:L9", "Rows"],
    ["I9:I13", "Columns"],
    ["I9", "Rows"],
  ])("series of %s go by %s", (address, by) => {
    expect(seriesByOf(address)).toBe(by);
  });
});

describe("stored settings", () => {
  const good = {
    version: 1,
    source: { kind: "table", table: "Pack" },
    settings: { ebitda: "operating" },
  };
  it("fills missing settings from the defaults", () => {
    expect(parseStoredSettings(JSON.stringify(good))?.settings).toMatchObject({
      ebitda: "operating",
      outputSheet: "KPI Summary",
      formulas: true,
      ratioKpis: [],
    });
  });
  it.each([
    ["not JSON", "{"],
    ["another version", JSON.stringify({ ...good, version: 2 })],
    ["an unknown source", JSON.stringify({ ...good, source: { kind: "cloud" } })],
    ["a broken owned list", JSON.stringify({ ...good, owned: { sheet: 1 } })],
  ])("rejects %s", (_label, text) => {
    expect(parseStoredSettings(text)).toBeNull();
  });
});
