import { groupLines, lineMatches } from "../../../src/taskpane/model/lineGroups";
import type { MappingRow } from "../../../src/taskpane/model/understanding";

const row = (label: string, metric: string, source?: string): MappingRow => ({
  label,
  metric,
  unit: "JPY mn",
  unknown: false,
  ...(source !== undefined ? { source } : {}),
});
const words = (r: MappingRow) => `words of ${r.metric}`;

const rows: MappingRow[] = [
  row("Total revenues", "revenue.total", "P&L"),
  row("Operating income", "operating_income", "P&L"),
  row("Dedicated access", "revenue.dedicated_access", "Segments"),
  row("Subscribers", "ops.subscribers", "Operating data"),
  row("Net income", "net_income", "P&L"),
];

describe("groupLines: the lines by source, narrowed by a search", () => {
  it("groups by source in the order of each group's first line, keeping line order and indexes", () => {
    const groups = groupLines(rows, "", words);
    expect(groups.map((g) => [g.source, g.lines.map((l) => l.index), g.total])).toEqual([
      ["P&L", [0, 1, 4], 3],
      ["Segments", [2], 1],
      ["Operating data", [3], 1],
    ]);
  });

  it.each([
    ["income", [["P&L", [1, 4]]]],
    ["INCOME net", [["P&L", [4]]]],
    // the metric words and the id are searched, not only the label
    ["words of ops", [["Operating data", [3]]]],
    ["dedicated_access", [["Segments", [2]]]],
    [
      "jpy",
      [
        ["P&L", [0, 1, 4]],
        ["Segments", [2]],
        ["Operating data", [3]],
      ],
    ],
    ["nothing like this", []],
  ])("search %p keeps %p", (query, expected) => {
    const groups = groupLines(rows, query, words);
    expect(groups.map((g) => [g.source, g.lines.map((l) => l.index)])).toEqual(expected);
    // the total of a group does not depend on the search
    for (const g of groups) expect(g.total).toBe(rows.filter((r) => r.source === g.source).length);
  });

  it("puts lines without a source in one group named by the caller", () => {
    const groups = groupLines([row("A", "a"), row("B", "b")], "", words, "Figures");
    expect(groups).toHaveLength(1);
    expect(groups[0]?.source).toBe("Figures");
  });

  it("an empty query matches every line", () => {
    expect(rows.every((r) => lineMatches(r, words(r), "  "))).toBe(true);
  });
});
