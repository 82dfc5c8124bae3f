/** The headless JSON printed piece by piece is the text `JSON.stringify(toHeadlessJson(…), null, 2)` gives. */
import fc from "fast-check";
import { analyse, toHeadlessJson, type Analysis } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { writeHeadlessJson } from "../../src/cli/headlessJson";

const settings: Settings = { ...DEFAULT_SETTINGS, fyEndMonth: 12 };
const now = new Date(2026, 10, 25);

function whole(analysis: Analysis): string {
  return JSON.stringify(toHeadlessJson(analysis), null, 2) + "\n";
}

function printed(analysis: Analysis, chunkChars?: number): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeHeadlessJson(analysis, (chunk) => pieces.push(chunk), chunkChars);
  return { text: pieces.join(""), pieces: pieces.length };
}

const cases: { name: string; grid: Grid }[] = [
  {
    name: "quarters with a derived fiscal year, a loss and a zero base",
    grid: [
      ["", "1Q23", "2Q23", "3Q23", "4Q23", "1Q24"],
      ["Total revenues", 900, 950, 980, 1000, 1020],
      ["Operating income", 10, -15, 0, 30, 5],
    ],
  },
  {
    name: 'labels that need escaping ("quotes", back\\slash, tab)',
    grid: [
      ["", "1Q23", "2Q23"],
      ['Revenues "core" \\ net\tof tax', 1.5, 2.25],
    ],
  },
  { name: "no figures at all", grid: [["nothing here"], ["still nothing"]] },
];

describe("writeHeadlessJson", () => {
  it.each(cases)("prints the contract exactly: $name", ({ grid }) => {
    const a = analyse({ sheet: "P&L", topLeft: "A1", values: grid }, settings, now);
    expect(printed(a).text).toBe(whole(a));
  });

  it("prints an analysis without KPIs with an empty values list", () => {
    const a = analyse({ sheet: "P&L", topLeft: "A1", values: cases[0]!.grid }, settings, now);
    const none = { ...a, kpis: [], kpiList: [] };
    expect(printed(none).text).toBe(whole(none));
    expect(JSON.parse(printed(none).text).values).toEqual([]);
  });

  it.each([1, 200, 5000])("gives the same text in pieces of %i characters", (chunkChars) => {
    const a = analyse({ sheet: "P&L", topLeft: "A1", values: cases[0]!.grid }, settings, now);
    const { text, pieces } = printed(a, chunkChars);
    expect(pieces).toBeGreaterThan(chunkChars < 5000 ? 2 : 1);
    expect(text).toBe(whole(a));
  });

  it("prints any figures exactly as JSON.stringify does (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e12, max: 1e12 }), {
          minLength: 4,
          maxLength: 4,
        }),
        fc.string(),
        (values, label) => {
          const grid: Grid = [
            ["", "1Q23", "2Q23", "3Q23", "4Q23"],
            [`Revenue ${label}`, ...values],
          ];
          const a = analyse({ sheet: "P&L", topLeft: "A1", values: grid }, settings, now);
          return printed(a).text === whole(a);
        }
      ),
      { numRuns: 40 }
    );
  });
});
