import { readRange } from "../../../src/core/read";
import type { Grid } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";

const MONEY: Settings = { ...DEFAULT_SETTINGS, reportingCurrency: "JPY", unitScale: 1e6 };

function read(values: Grid, settings: Settings = MONEY, sheet = "Figures", topLeft = "A1") {
  return readRange({ sheet, topLeft, values }, settings);
}

describe("reading issues name the right cell", () => {
  test.each<[string, Grid, string, string, string, string]>([
    // [what, grid, code, severity, cell, words in the message]
    [
      "text in a number cell",
      [
        ["", "2Q00", "3Q00"],
        ["Systems integration", 1900, "1,2O0"],
      ],
      "not-a-number",
      "error",
      "Figures!C2",
      "Figures!C2 holds the text “1,2O0”, not a number: the KPIs that need Systems integration in 3Q00 are n.m.",
    ],
    [
      "a boolean",
      [
        ["", "1Q00"],
        ["Total revenues", true],
      ],
      "not-a-number",
      "error",
      "Figures!B2",
      "“TRUE”",
    ],
    [
      "#N/A",
      [
        ["", "1Q00", "2Q00"],
        ["Total revenues", 1, "#N/A"],
      ],
      "excel-error",
      "error",
      "Figures!C2",
      "Excel error #N/A",
    ],
    [
      "#DIV/0!",
      [
        ["", "1Q00"],
        ["Total revenues", "#DIV/0!"],
      ],
      "excel-error",
      "error",
      "Figures!B2",
      "#DIV/0!",
    ],
    [
      "#REF!",
      [
        ["", "1Q00"],
        ["Total revenues", "#REF!"],
      ],
      "excel-error",
      "error",
      "Figures!B2",
      "#REF!",
    ],
    [
      "a header that looks like a period but is not one",
      [
        ["", "3Q01", "4Q01", "5Q01"],
        ["Total revenues", 1, 2, 3],
      ],
      "unknown-period",
      "warning",
      "Figures!D1",
      "“5Q01”",
    ],
    [
      "a mistyped first period",
      [
        ["", "1Q0O", "2Q00", "3Q00"],
        ["Total revenues", 1, 2, 3],
      ],
      "unknown-period",
      "warning",
      "Figures!B1",
      "“1Q0O”",
    ],
    [
      "the same period twice",
      [
        ["", "4Q01", "Q4 FY2001"],
        ["Total revenues", 1, 2],
      ],
      "duplicate-period",
      "error",
      "Figures!C1",
      "already given at Figures!B1",
    ],
    [
      "an unknown label",
      [
        ["", "1Q00"],
        ["Widgets shipped", 5],
      ],
      "unknown-label",
      "info",
      "Figures!A2",
      "“Widgets shipped”",
    ],
  ])("%s → %s", (_what, grid, code, severity, cell, words) => {
    const { issues } = read(grid);
    const issue = issues.find((i) => i.code === code);
    expect(issue).toBeDefined();
    expect(issue?.severity).toBe(severity);
    expect(issue?.cell).toBe(cell);
    expect(issue?.message).toContain(words);
  });

  test("the value of a bad cell is null, the others are read", () => {
    const { dataset } = read([
      ["", "2Q00", "3Q00"],
      ["Systems integration", 1900, "1,2O0"],
    ]);
    expect(dataset.series[0]?.values).toEqual([1900, null]);
  });

  test("duplicate period keeps the first column", () => {
    const { dataset } = read([
      ["", "4Q01", "Q4 FY2001"],
      ["Total revenues", 1, 2],
    ]);
    expect(dataset.periods.map((p) => p.label)).toEqual(["4Q01"]);
    expect(dataset.series[0]?.values).toEqual([1]);
  });

  test("issues use quoted sheet names and the block's position", () => {
    const { issues } = read(
      [
        ["", "1Q00"],
        ["Total revenues", "#N/A"],
      ],
      MONEY,
      "Q4 pack",
      "C5"
    );
    expect(issues[0]?.cell).toBe("'Q4 pack'!D6");
    expect(issues[0]).toMatchObject({ metric: "revenue.total", period: "1Q00" });
  });

  test.each<[string, Grid, string]>([
    ["an empty range", [], "empty"],
    ["text only", [["Notes"], ["Nothing to see"]], "No period labels"],
    [
      "periods but no numbers",
      [
        ["", "1Q00", "2Q00"],
        ["Total revenues", "", "—"],
      ],
      "no cell under them holds a number",
    ],
  ])("no-figures for %s: empty dataset, no throw", (_what, grid, words) => {
    const { dataset, issues } = read(grid);
    expect(dataset.series).toEqual([]);
    expect(dataset.periods).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: "no-figures", severity: "error" })]);
    expect(issues[0]?.message).toContain(words);
  });

  test("unit-unknown when money has no unit anywhere, on the first money label", () => {
    const grid: Grid = [
      ["", "1Q00"],
      ["Total revenues", 5],
      ["Subscribers (end of period)", 7],
    ];
    const { issues } = read(grid, DEFAULT_SETTINGS);
    expect(issues.filter((i) => i.code === "unit-unknown")).toEqual([
      expect.objectContaining({ code: "unit-unknown", severity: "warning", cell: "Figures!A2" }),
    ]);
    // The subscribers line is a stock (counts need no money unit): the known ops.subscribers, no issue of its own.
    expect(issues.find((i) => i.cell === "Figures!A3")).toBeUndefined();
    const withCurrency = read(grid, { ...DEFAULT_SETTINGS, reportingCurrency: "USD" });
    expect(withCurrency.issues).toEqual([]);
    expect(withCurrency.dataset.series[1]).toMatchObject({ metric: "ops.subscribers" });
    expect(withCurrency.dataset.series[1]?.unknownLabel).toBeUndefined();
  });

  test("duplicate rows in a long table: the second is reported and ignored", () => {
    const grid: Grid = [
      ["Period", "Account", "Amount"],
      ["1Q24", "Revenue", 10],
      ["1Q24", "Revenue", 11],
    ];
    const { dataset, issues } = read(grid);
    expect(dataset.series[0]?.values).toEqual([10]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "duplicate-period", severity: "error", cell: "Figures!C3" }),
    ]);
    expect(issues[0]?.message).toContain("first at Figures!C2");
  });

  test("unknown period label in a long table names its first cell", () => {
    const grid: Grid = [
      ["Period", "Account", "Amount"],
      ["1Q24", "Revenue", 10],
      ["Someday", "Revenue", 11],
    ];
    const { issues } = read(grid);
    expect(issues).toEqual([
      expect.objectContaining({ code: "unknown-period", cell: "Figures!A3" }),
    ]);
  });

  test("thousands of bad cells: 100 listed, the rest counted in one issue", () => {
    const row: (string | number)[] = ["Total revenues"];
    const header: string[] = [""];
    for (let q = 0; q < 160; q++) {
      header.push(`${(q % 4) + 1}Q${String(10 + Math.floor(q / 4)).padStart(2, "0")}`);
      row.push("oops");
    }
    row[1] = 1;
    const { issues } = read([header, row]);
    const nan = issues.filter((i) => i.code === "not-a-number");
    expect(nan).toHaveLength(101);
    expect(nan.filter((i) => i.cell !== undefined)).toHaveLength(100);
    expect(nan[100]?.message).toContain("59 more cells");
  });
});
