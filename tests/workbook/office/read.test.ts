import { officePortOn } from "./fake/port";
import { FakeExcel, jsonBytes } from "./fake/excel";
import { seedGrid } from "../../helpers/seed";
import type { CellValue } from "../../../src/core/grid/types";

const MB5 = 5 * 1024 * 1024;

function setup(grid: CellValue[][] = seedGrid(), formats?: string[][]) {
  const x = new FakeExcel();
  x.addSheet("Figures", grid, formats);
  x.addSheet("Notes", [["my own notes"]]);
  return { x, port: officePortOn(x) };
}

describe("OfficeWorkbook.readRanges — small ranges", () => {
  const seed = seedGrid();

  it("reads the seed by address in two syncs, values as Excel returns them, with number formats", async () => {
    const formats = seed.map((row) =>
      row.map((v) => (typeof v === "number" ? "#,##0" : "General"))
    );
    const { x, port } = setup(seed, formats);
    const [range] = await port.readRanges([{ kind: "address", address: "Figures!A1:M27" }]);
    expect(range?.sheet).toBe("Figures");
    expect(range?.topLeft).toBe("A1");
    expect(range?.values).toEqual(seed);
    expect(range?.numberFormats?.[1]?.[3]).toBe("#,##0");
    expect(range?.values[6]?.[12]).toBe(399000); // the deck's FY3/02 slip, as stored
    expect(x.syncCount).toBe(2);
    expect(x.runs).toBe(1);
  });

  it("trims a full-column reference to the used range", async () => {
    const { x, port } = setup();
    const [range] = await port.readRanges([{ kind: "address", address: "Figures!A:M" }]);
    expect(range?.values.length).toBe(seed.length);
    expect(range?.values[0]?.length).toBe(13);
    expect(x.syncs.every((s) => s.responseBytes < 64 * 1024)).toBe(true);
  });

  it("reads a block that does not start at A1 and reports its top-left", async () => {
    const x = new FakeExcel();
    x.addSheet("Q4 pack", [["Revenues", 1, 2]], undefined, { row: 2, col: 1 });
    const port = officePortOn(x);
    const [range] = await port.readRanges([{ kind: "address", address: "'Q4 pack'!B3:D3" }]);
    expect(range).toMatchObject({ sheet: "Q4 pack", topLeft: "B3", values: [["Revenues", 1, 2]] });
  });

  it("reads a named range, a table and the selection", async () => {
    const { x, port } = setup();
    const sheet = x.sheet("Figures")!;
    x.model.names.set("Figures", { sheet, top: 0, left: 0, bottom: 1_048_575, right: 12 });
    x.addTable("Pack", sheet, { top: 0, left: 0, bottom: 2, right: 4 });
    x.model.selection = { sheet, top: 5, left: 0, bottom: 6, right: 12 };
    const [byName, byTable, bySelection] = await port.readRanges([
      { kind: "name", name: "Figures" },
      { kind: "table", table: "Pack" },
      { kind: "selection" },
    ]);
    expect(byName?.values.length).toBe(seed.length);
    expect(byTable?.values).toEqual(seed.slice(0, 3).map((r) => r.slice(0, 5)));
    expect(bySelection?.topLeft).toBe("A6");
    expect(bySelection?.values[1]?.[1]).toBe("Total revenues");
    expect(x.syncCount).toBe(2);
  });

  it.each([
    [{ kind: "address" as const, address: "Budget!A1:C3" }, /Budget!A1:C3.*does not exist/],
    [{ kind: "name" as const, name: "Figs" }, /no named range called "Figs"/],
    [{ kind: "table" as const, table: "Nope" }, /no table called "Nope"/],
    [{ kind: "address" as const, address: "Figures!A1:ZZZZ9" }, /not a range address/],
  ])("rejects %j with a message naming it", async (request, message) => {
    const { port } = setup();
    await expect(port.readRanges([request])).rejects.toThrow(message);
  });

  it("says a full-column reference over empty columns holds no figures", async () => {
    const { port } = setup();
    await expect(port.readRanges([{ kind: "address", address: "Figures!P:Q" }])).rejects.toThrow(
      "Figures!P:Q holds no figures"
    );
  });
});

/** A source of 1,048,576 rows × 4 columns: a header, then dates, ids, amounts and ratios. */
function bigGrid(heavyFrom = Infinity, count = 1_048_576): CellValue[][] {
  const rows: CellValue[][] = [["date", "account", "amount", "ratio"]];
  for (let r = 1; r < count; r++) {
    const account = r >= heavyFrom ? `account ${r} ${"x".repeat(120)}` : `A${r % 97}`;
    rows.push([
      36982 + (r % 3650),
      account,
      ((r * 7919) % 1_000_003) / 7,
      r % 13 === 0 ? "" : r / 1_048_576,
    ]);
  }
  return rows;
}

describe("OfficeWorkbook.readRanges — medium ranges", () => {
  it("loads the chunks of several ranges in one sync while they fit under the cap", async () => {
    const grid = bigGrid(Infinity, 10_000); // 40,000 cells: measured, not read blind
    const x = new FakeExcel();
    x.addSheet("A", grid);
    x.addSheet("B", grid);
    const port = officePortOn(x);
    const [a, b] = await port.readRanges([
      { kind: "address", address: "A!A1:D10000" },
      { kind: "address", address: "B!A1:D10000" },
    ]);
    expect(a?.values).toEqual(grid);
    expect(b?.values).toEqual(grid);
    // sizes, samples, then one sync carrying both ranges whole
    expect(x.syncCount).toBe(3);
    expect(x.syncs[2]?.ops).toEqual(["range.load", "range.load"]);
  });
});

describe("OfficeWorkbook.readRanges — 1,048,576 × 4", () => {
  jest.setTimeout(120_000);

  it("splits the read so that no request or response exceeds 5 MB, in a bounded number of syncs", async () => {
    const grid = bigGrid();
    const { x, port } = setup(grid);
    const [range] = await port.readRanges([{ kind: "address", address: "Figures!A:D" }]);
    expect(range?.values.length).toBe(1_048_576);
    expect(range?.values[1_048_575]).toEqual(grid[1_048_575]);
    expect(range?.values[524_288]).toEqual(grid[524_288]);
    expect(range?.numberFormats?.length).toBe(1_048_576);
    for (const s of x.syncs) {
      expect(s.failed).toBeUndefined();
      expect(s.requestBytes).toBeLessThanOrEqual(MB5);
      expect(s.responseBytes).toBeLessThanOrEqual(MB5);
    }
    // Bounded: what the data weighs divided by half the cap, plus the size and sample syncs.
    const total = x.syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(total).toBeGreaterThan(jsonBytes(grid.slice(0, 1000)) * 1000); // the whole range did travel
    expect(x.syncCount).toBeLessThanOrEqual(Math.ceil(total / (MB5 * 0.5)) + 2);
    expect(x.syncCount).toBeGreaterThanOrEqual(Math.ceil(total / MB5));
  });

  it("confirms the estimate as it goes: rows much heavier than the sample still read, retrying any refused sync", async () => {
    const grid = bigGrid(150_000, 300_000);
    const { x, port } = setup(grid);
    const [range] = await port.readRanges([{ kind: "address", address: "Figures!A1:D300000" }]);
    expect(range?.values.length).toBe(300_000);
    expect(range?.values[200_000]).toEqual(grid[200_000]);
    const refused = x.syncs.filter((s) => s.failed);
    expect(refused.length).toBeLessThanOrEqual(2);
    for (const s of x.syncs.filter((t) => !t.failed))
      expect(s.responseBytes).toBeLessThanOrEqual(MB5);
  });
});
