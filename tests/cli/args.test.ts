import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  const ok: [string, string[], Record<string, unknown>][] = [
    ["help with no arguments", [], { command: "help" }],
    ["--help anywhere", ["compute", "x.csv", "--help"], { command: "help" }],
    [
      "compute with defaults",
      ["compute", "book.xlsx"],
      { command: "compute", input: "book.xlsx", valuesOnly: false },
    ],
    [
      "every option, separate values",
      [
        "compute",
        "b.xlsx",
        "--sheet",
        "Q4 pack",
        "--range",
        "A1:N30",
        "--fy-end-month",
        "3",
        "--json",
        "o.json",
        "--out",
        "s.xlsx",
      ],
      {
        input: "b.xlsx",
        sheets: ["Q4 pack"],
        ranges: ["A1:N30"],
        fyEndMonth: 3,
        json: "o.json",
        out: "s.xlsx",
      },
    ],
    [
      "options with =",
      ["compute", "b.csv", "--fy-end-month=9", "--ebitda=operating"],
      { fyEndMonth: 9, ebitda: "operating" },
    ],
    ["values only", ["compute", "b.csv", "--values-only"], { valuesOnly: true }],
    [
      "repeated sheets and ranges, in order",
      [
        "compute",
        "b.xlsx",
        "--sheet",
        "P&L",
        "--sheet=Segments",
        "--range",
        "A1:H9",
        "--range=B2:J20",
      ],
      { sheets: ["P&L", "Segments"], ranges: ["A1:H9", "B2:J20"] },
    ],
    ["every sheet", ["compute", "b.xlsx", "--sheet", "all"], { sheets: ["all"], ranges: [] }],
    ["no sheet given", ["compute", "b.xlsx"], { sheets: [], ranges: [] }],
    ["demo", ["demo"], { command: "demo" }],
  ];
  it.each(ok)("%s", (_name, argv, expected) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.args).toMatchObject(expected);
  });

  const bad: [string, string[], RegExp][] = [
    ["unknown command", ["crunch", "x.csv"], /unknown command "crunch"/],
    ["compute without input", ["compute"], /needs an input file/],
    [
      "month out of range",
      ["compute", "x.csv", "--fy-end-month", "13"],
      /--fy-end-month must be a month number 1-12, got "13"/,
    ],
    ["month not a number", ["compute", "x.csv", "--fy-end-month", "March"], /got "March"/],
    ["option without value", ["compute", "x.csv", "--sheet"], /--sheet needs a value/],
    ["unknown option", ["compute", "x.csv", "--fast"], /unknown option --fast/],
    ["two inputs", ["compute", "a.csv", "b.csv"], /unexpected argument "b.csv"/],
    ["bad EBITDA definition", ["compute", "a.csv", "--ebitda", "adjusted"], /--ebitda must be/],
  ];
  it.each(bad)("rejects %s with a message naming the argument", (_name, argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
