import { readRange, readSources } from "../../../src/core/read";
import type { Grid, SourceRange } from "../../../src/core/grid/types";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { groupLines } from "../../../src/taskpane/model/lineGroups";
import { shownMapping } from "../../../src/taskpane/model/mapping";
import { understand } from "../../../src/taskpane/model/understanding";

const MONEY: Settings = { ...DEFAULT_SETTINGS, reportingCurrency: "JPY", unitScale: 1e6 };
const HEADER = ["JPY mn", "1Q24", "2Q24", "3Q24", "4Q24"];
const at = (sheet: string, topLeft: string, values: Grid): SourceRange => ({
  sheet,
  topLeft,
  values,
});

describe("understand: the lines of the Set up view", () => {
  test.each<[string, string]>([
    ["Subscribers (end of period)", "ops.subscribers"],
    ["Subscribers (period end)", "ops.subscribers"],
    ["Total assets (end of period)", "bs.total_assets"],
  ])("%s is read as %s and not shown as an unknown label", (label, metric) => {
    const { dataset } = readRange(
      at("Figures", "A1", [HEADER, ["Total revenue", 100, 110, 120, 130], [label, 1, 2, 3, 4]]),
      MONEY
    );
    const row = understand(dataset).mapping.find((r) => r.label === label);
    expect(row).toMatchObject({ metric, unknown: false, nature: "stock" });
    expect(shownMapping(row!, undefined)).toEqual({ metric, unknown: false });
  });

  test("a label the reader does not know is still shown as unknown", () => {
    const { dataset } = readRange(
      at("Figures", "A1", [HEADER, ["Total revenue", 100, 110, 120, 130], ["Widgets", 1, 2, 3, 4]]),
      MONEY
    );
    expect(understand(dataset).mapping.find((r) => r.label === "Widgets")).toMatchObject({
      unknown: true,
    });
  });

  test("two ranges on one sheet are two groups titled by their addresses; a sheet's only range by the sheet", () => {
    const { dataset } = readSources(
      [
        at("Figures", "A1", [HEADER, ["Total revenue", 100, 110, 120, 130]]),
        at("Figures", "A10", [
          HEADER,
          ["Operating income", 10, 11, 12, 13],
          ["Net income", 5, 6, 7, 8],
        ]),
        at("Operating data", "B2", [HEADER, ["Subscribers (end of period)", 1, 2, 3, 4]]),
      ],
      MONEY
    );
    const rows = understand(dataset).mapping;
    expect(rows.map((r) => [r.label, r.source])).toEqual([
      ["Total revenue", "Figures!A1:E2"],
      ["Operating income", "Figures!A10:E12"],
      ["Net income", "Figures!A10:E12"],
      ["Subscribers (end of period)", "Operating data"],
    ]);
    const groups = groupLines(rows, "", (r) => r.metric);
    expect(groups.map((g) => [g.source, g.lines.map((l) => l.row.label)])).toEqual([
      ["Figures!A1:E2", ["Total revenue"]],
      ["Figures!A10:E12", ["Operating income", "Net income"]],
      ["Operating data", ["Subscribers (end of period)"]],
    ]);
  });

  test("a sheet name that needs quotes is quoted in a range's title", () => {
    const { dataset } = readSources(
      [
        at("Q4 pack", "A1", [HEADER, ["Total revenue", 100, 110, 120, 130]]),
        at("Q4 pack", "H1", [HEADER, ["Operating income", 10, 11, 12, 13]]),
      ],
      MONEY
    );
    expect(understand(dataset).mapping.map((r) => r.source)).toEqual([
      "'Q4 pack'!A1:E2",
      "'Q4 pack'!H1:L2",
    ]);
  });

  test("one range: every line in one group titled by its sheet", () => {
    const { dataset } = readRange(
      at("Figures", "A1", [
        HEADER,
        ["Total revenue", 100, 110, 120, 130],
        ["Operating income", 1, 2, 3, 4],
      ]),
      MONEY
    );
    expect(understand(dataset).mapping.map((r) => r.source)).toEqual(["Figures", "Figures"]);
  });
});
