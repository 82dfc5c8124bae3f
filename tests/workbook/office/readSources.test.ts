/** Several sources read in one batch: one Excel.run, as many syncs for five sources as for one. */
import { officePortOn } from "./fake/port";
import { FakeExcel } from "./fake/excel";
import { seedGrid } from "../../helpers/seed";
import type { SourceRequest } from "../../../src/workbook/port";
import type { CellValue } from "../../../src/core/grid/types";
import fc from "fast-check";
import { blindReads } from "../../../src/workbook/office/readPlan";
import { SMALL_RANGE_CELLS } from "../../../src/workbook/office/limits";

const seed = seedGrid();
const SHEETS = ["P&L", "Segments", "Operating", "Cash flow", "Cloud"];

/** A workbook of the seed on five sheets, a name over the third, a table on the fourth, the fifth selected. */
function pack() {
  const x = new FakeExcel();
  x.addSheet("Index", [["Results pack"], ["Contents"]]);
  for (const name of SHEETS) x.addSheet(name, seed);
  const third = x.sheet("Operating")!;
  x.model.names.set("OpsData", { sheet: third, top: 0, left: 0, bottom: 1_048_575, right: 12 });
  x.addTable("CashFlow", x.sheet("Cash flow")!, { top: 0, left: 0, bottom: 5, right: 12 });
  x.model.selection = { sheet: x.sheet("Cloud")!, top: 0, left: 0, bottom: 3, right: 12 };
  x.addSheet("Blank", []);
  return { x, port: officePortOn(x) };
}

const FIVE: SourceRequest[] = [
  { kind: "address", address: "'P&L'!A1:M27" },
  { kind: "address", address: "Segments!A:XFD" },
  { kind: "name", name: "OpsData" },
  { kind: "table", table: "CashFlow" },
  { kind: "selection" },
];

describe("reading several sources in one batch", () => {
  it("takes as many syncs for five sources as for one, in one Excel.run", async () => {
    const one = pack();
    await one.port.readRanges([FIVE[0]!]);
    const five = pack();
    const ranges = await five.port.readRanges(FIVE);
    expect(one.x.runs).toBe(1);
    expect(five.x.runs).toBe(1);
    expect(one.x.syncCount).toBe(2);
    expect(five.x.syncCount).toBe(one.x.syncCount);
    expect(ranges.map((r) => r.sheet)).toEqual(SHEETS);
    expect(ranges[0]?.values).toEqual(seed);
    expect(ranges[1]?.values).toEqual(seed);
    expect(ranges[2]?.values.length).toBe(seed.length);
    expect(ranges[3]?.values).toEqual(seed.slice(0, 6));
    expect(ranges[4]?.values).toEqual(seed.slice(0, 4));
  });

  it("returns a source that holds nothing as empty when read among others", async () => {
    const { x, port } = pack();
    const [blank, pnl] = await port.readRanges([
      { kind: "address", address: "Blank!A:XFD" },
      { kind: "address", address: "'P&L'!A1:M27" },
    ]);
    expect(blank).toMatchObject({ sheet: "Blank", values: [] });
    expect(pnl?.values).toEqual(seed);
    expect(x.syncCount).toBe(2);
  });

  it("still says a source alone that holds nothing holds no figures", async () => {
    const { port } = pack();
    await expect(port.readRanges([{ kind: "address", address: "Blank!A:XFD" }])).rejects.toThrow(
      /holds no figures/
    );
  });
});

describe("blind reads of several small sources", () => {
  it.each<[string, number[], boolean[]]>([
    ["one small range", [351], [true]],
    ["five small ranges", [351, 351, 351, 351, 351], [true, true, true, true, true]],
    ["small ranges past the budget together", [10_000, 10_000, 10_000], [true, true, false]],
    ["a large range, then a small one", [50_000, 300], [false, true]],
  ])("%s", (_, cells, expected) => {
    expect(blindReads(cells, 20_000)).toEqual(expected);
  });

  it("never reads more than the budget blind, whatever the number of sources (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60_000 }), { maxLength: 30 }), (cells) => {
        const blind = blindReads(cells, SMALL_RANGE_CELLS);
        const total = cells.reduce((n, c, k) => n + (blind[k] ? c : 0), 0);
        expect(total).toBeLessThanOrEqual(SMALL_RANGE_CELLS);
        // the first small one is always read blind, as a source alone was
        const first = cells.findIndex((c) => c <= SMALL_RANGE_CELLS);
        if (first >= 0) expect(blind[first]).toBe(true);
      })
    );
  });

  it("reads five sources of 10,000 cells in at most one more sync than one, none over 5 MB", async () => {
    const grid: CellValue[][] = [
      ["", "1Q24", "2Q24", "3Q24", "4Q24", "FY2024", "a", "b", "c", "d"],
    ];
    for (let r = 1; r < 1000; r++)
      grid.push([`Line ${r}`, ...Array.from({ length: 9 }, (_, c) => r * 10 + c)]);
    const read = async (n: number) => {
      const x = new FakeExcel();
      const requests: SourceRequest[] = [];
      for (let k = 0; k < n; k++) {
        x.addSheet(`S${k}`, grid);
        requests.push({ kind: "address", address: `S${k}!A1:J1000` });
      }
      const ranges = await officePortOn(x).readRanges(requests);
      for (const r of ranges) expect(r.values).toEqual(grid);
      return x;
    };
    const one = await read(1);
    const five = await read(5);
    expect(one.syncCount).toBe(2);
    expect(five.syncCount).toBeLessThanOrEqual(one.syncCount + 1);
    expect(five.runs).toBe(1);
    for (const s of five.syncs) expect(s.responseBytes).toBeLessThan(5 * 1024 * 1024);
  });
});
