/** Several sources read in one batch: one Excel.run, as many syncs for five sources as for one. */
import { officePortOn } from "./fake/port";
import { FakeExcel } from "./fake/excel";
import { seedGrid } from "../../helpers/seed";
import type { SourceRequest } from "../../../src/workbook/port";

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
