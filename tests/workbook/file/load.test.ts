import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { loadWorkbookFile, sheetNameFromFile } from "../../../src/workbook/file/load";
import { csvFieldToCell, csvToGrid, parseCsv } from "../../../src/workbook/file/csv";
import type { LoadResult, LoadedWorkbook } from "../../../src/workbook/file/types";
import { SEED_CSV } from "../../helpers/seed";

// Workbook round trips are slow on a busy machine; these are not timing tests.
jest.setTimeout(60_000);

const fixture = join(__dirname, "../../fixtures/results-pack.xlsx");
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function loaded(r: LoadResult): LoadedWorkbook {
  if (!r.ok) throw new Error(`expected a workbook, got ${r.message}`);
  return r;
}

describe("loadWorkbookFile — .xlsx (fixture re-saved by LibreOffice)", () => {
  let wb: LoadedWorkbook;
  beforeAll(async () => {
    wb = loaded(await loadWorkbookFile(new Uint8Array(readFileSync(fixture)), "results-pack.xlsx"));
  });
  const figures = () => {
    const s = wb.sheets.find((x) => x.name === "Figures");
    if (!s) throw new Error("no Figures sheet");
    return s;
  };

  test("lists every sheet in order with visibility", () => {
    expect(wb.kind).toBe("xlsx");
    expect(wb.sheets.map((s) => [s.name, s.visible])).toEqual([
      ["Figures", true],
      ["Notes", false],
      ["Segments", true],
    ]);
  });

  test.each([
    ["A1 rich text → plain text", 0, 0, "Internet Initiative Japan — quarterly figures"],
    ["A2 unit note", 1, 0, "JPY in millions"],
    ["A3 blank row → empty string", 2, 0, ""],
    ["B4 period label", 3, 1, "1Q01"],
    ["E5 number", 4, 4, 12100],
    ["F5 formula → cached result", 4, 5, 39900],
    ["B6 negative", 5, 1, -210],
    ["F6 formula → cached result", 5, 5, 54],
    ["B7 date → Excel serial (2002-05-20)", 6, 1, 37396],
    ["B8 error value", 7, 1, "#N/A"],
    ["C8 formula with an error result", 7, 2, "#DIV/0!"],
    ["B9 number stored as text stays text", 8, 1, "1,234"],
    ["C9 bracketed text stays text", 8, 2, "(394)"],
    ["D9 boolean", 8, 3, true],
    ["E9 percentage", 8, 4, 0.316],
    ["A11 merged cell's master", 10, 0, "Merged note"],
    ["B11 merged cell's other cells are blank", 10, 1, ""],
    ["A12 hyperlink → its text", 11, 0, "IIJ investor relations"],
  ])("%s", (_what, r, c, expected) => {
    expect(figures().values[r]?.[c]).toEqual(expected);
  });

  test("grid is rectangular from A1 to the last used cell", () => {
    const s = figures();
    expect(s.usedRange).toBe("A1:F12");
    expect(s.values).toHaveLength(12);
    for (const row of s.values) expect(row).toHaveLength(6);
    expect(s.numberFormats.map((r) => r.length)).toEqual(s.values.map((r) => r.length));
  });

  test.each([
    [4, 4, "#,##0"],
    [5, 1, "#,##0;(#,##0)"],
    [6, 1, "yyyy-mm-dd"],
    [8, 4, "0.0%"],
    [0, 0, "General"],
  ])("number format at row %i col %i is %s", (r, c, fmt) => {
    expect(figures().numberFormats[r]?.[c]).toBe(fmt);
  });

  test("named ranges and tables", () => {
    expect(wb.names).toEqual([{ name: "KeyFigures", sheet: "Figures", range: "A4:F6" }]);
    expect(wb.tables).toEqual([{ name: "SegmentTable", sheet: "Segments", range: "B2:C4" }]);
  });
});

describe("loadWorkbookFile — .csv", () => {
  test("the seed CSV: sheet named after the file, ids, labels and numbers", async () => {
    const bytes = new Uint8Array(readFileSync(SEED_CSV));
    const wb = loaded(await loadWorkbookFile(bytes, SEED_CSV));
    expect(wb.kind).toBe("csv");
    const [sheet] = wb.sheets;
    expect(sheet?.name).toBe("iij-figures");
    expect(sheet?.values[0]?.slice(0, 4)).toEqual(["id", "label", "unit", "1Q00"]);
    // revenue.total row (7th line): 4Q01 = 12100, FY3/02 keeps the deck's slip 399000.
    const total = sheet?.values.find((r) => r[0] === "revenue.total");
    expect(total?.[11]).toBe(12100);
    expect(total?.[12]).toBe(399000);
    const opInc = sheet?.values.find((r) => r[0] === "operating_income");
    expect(opInc?.[3]).toBe(-420);
    // quoted label with a comma; indentation kept
    expect(sheet?.values.find((r) => r[0] === "sga")?.[1]).toBe(
      "Selling, general and administrative"
    );
    expect(sheet?.values.find((r) => r[0] === "cost.backbone")?.[1]).toBe(
      "  of which backbone costs"
    );
  });

  test.each<[string, string, unknown[][]]>([
    [
      "BOM and CRLF",
      "\uFEFFa,b\r\n1,2\r\n",
      [
        ["a", "b"],
        [1, 2],
      ],
    ],
    ["embedded comma and newline", 'x,"a, b\nc"\n', [["x", "a, b\nc"]]],
    ["doubled quotes", '"say ""hi""",3', [['say "hi"', 3]]],
    [
      "short rows padded",
      "a,b,c\n1\n",
      [
        ["a", "b", "c"],
        [1, "", ""],
      ],
    ],
    ["bare CR line ends", "a\r1\r", [["a"], [1]]],
    ["empty fields", ",,\n", [["", "", ""]]],
    ["no final newline", "a,1", [["a", 1]]],
    ["quoted number is still a number (CSV has no types)", '"12100"', [[12100]]],
  ])("%s", (_what, text, expected) => {
    expect(csvToGrid(text)).toEqual(expected);
  });

  test.each<[string, unknown]>([
    ["12100", 12100],
    ["-420", -420],
    ["+5", 5],
    ["0.25", 0.25],
    [".5", 0.5],
    ["1e6", 1e6],
    [" 42 ", 42],
    ["1,234", "1,234"],
    ["(394)", "(394)"],
    ["12.1%", "12.1%"],
    ["△394", "△394"],
    ["—", "—"],
    ["", ""],
    ["4Q01", "4Q01"],
    ["Infinity", "Infinity"],
    ["NaN", "NaN"],
    ["0x1F", "0x1F"],
  ])("field %p → %p", (field, cell) => {
    expect(csvFieldToCell(field)).toEqual(cell);
  });

  test("Shift_JIS bytes from Japanese Excel decode to Japanese labels", async () => {
    // "売上高" in Shift_JIS: 94 84 8F E3 8D 82
    const bytes = new Uint8Array([0x94, 0x84, 0x8f, 0xe3, 0x8d, 0x82, 0x2c, 0x31, 0x0a]);
    const wb = loaded(await loadWorkbookFile(bytes, "pack.csv"));
    expect(wb.sheets[0]?.values).toEqual([["売上高", 1]]);
  });

  test("property: any table written as RFC 4180 parses back to the same fields", () => {
    const field = fc.string({
      unit: fc.constantFrom("a", "1", ",", '"', "\n", "\r\n", " ", "é", "-"),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const text = rows
            .map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(","))
            .join("\r\n");
          expect(parseCsv(text)).toEqual(rows);
        }
      )
    );
  });
});

describe("loadWorkbookFile — errors as values", () => {
  test.each<[string, Uint8Array, string, string]>([
    ["empty file", new Uint8Array(), "a.xlsx", "empty"],
    ["xlsx that is not a zip", enc("hello"), "pack.xlsx", "unreadable"],
    ["broken zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "pack.xlsx", "unreadable"],
    ["legacy .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "pack.xls", "unsupported"],
    ["binary junk", new Uint8Array([1, 0, 2]), "x.bin", "unsupported"],
  ])("%s", async (_what, bytes, name, code) => {
    const r = await loadWorkbookFile(bytes, name);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message).toContain(name);
    }
  });

  test("an ArrayBuffer is accepted", async () => {
    const r = loaded(await loadWorkbookFile(enc("a,1").buffer as ArrayBuffer, "t.csv"));
    expect(r.sheets[0]?.values).toEqual([["a", 1]]);
  });

  test.each([
    ["iij-figures.csv", "iij-figures"],
    ["C:\\data\\Q4 pack.csv", "Q4 pack"],
    ["a[1]:b.csv", "a_1__b"],
    ["x".repeat(40) + ".csv", "x".repeat(31)],
  ])("CSV sheet name of %s is %s", (file, sheet) => {
    expect(sheetNameFromFile(file)).toBe(sheet);
  });
});
