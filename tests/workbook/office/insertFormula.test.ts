/** Putting a formula into the selected cell: one empty cell of the user's, never the summary sheet, never over content. */
import { FakeExcel } from "./fake/excel";
import { cellFormula, cellValue, type Box, type FakeSheet } from "./fake/model";
import { officePortOn } from "./fake/port";

const FORMULA = '=QUARTERDECK.KPI(Figures!A1:C3, "Total revenues", "yoy", "1Q25")';
const OWNED = { sheet: "KPI Summary", table: "QuarterDeckKPIs", charts: [] };

function setup() {
  const x = new FakeExcel();
  const figures = x.addSheet("Figures", [
    ["", "4Q24", "1Q25"],
    ["Total revenues", 1400, 1320],
  ]);
  const deck = x.addSheet("Deck page", [["Revenue growth", ""]]);
  const summary = x.addSheet("KPI Summary", [["KPI"]]);
  const select = (sheet: FakeSheet, top: number, left: number, bottom = top, right = left) => {
    const box: Box = { sheet, top, left, bottom, right };
    x.model.selection = box;
  };
  return { x, port: officePortOn(x), figures, deck, summary, select };
}

const copyOf = (s: FakeSheet) => JSON.parse(JSON.stringify({ v: s.values, g: s.formulas }));

describe("OfficeWorkbook.writeFormulaToSelection", () => {
  test("the formula lands in the selected empty cell, in one Excel.run, and the cell is named", async () => {
    const { x, port, deck, figures, select } = setup();
    select(deck, 0, 1);
    const before = copyOf(figures);
    const runs = x.runs;
    await expect(port.writeFormulaToSelection(FORMULA, OWNED)).resolves.toEqual({
      kind: "written",
      cell: "'Deck page'!B1",
    });
    expect(cellFormula(deck, 0, 1)).toBe(FORMULA);
    expect(cellValue(deck, 0, 0)).toBe("Revenue growth");
    expect(copyOf(figures)).toEqual(before);
    expect(x.runs - runs).toBe(1);
  });

  test.each([
    [
      "a cell holding text",
      (s: ReturnType<typeof setup>) => s.select(s.deck, 0, 0),
      "not-empty",
      "'Deck page'!A1",
    ],
    [
      "a cell of the figures",
      (s: ReturnType<typeof setup>) => s.select(s.figures, 1, 2),
      "not-empty",
      "Figures!C2",
    ],
    [
      "several cells",
      (s: ReturnType<typeof setup>) => s.select(s.deck, 3, 1, 4, 2),
      "several-cells",
      "'Deck page'!B4:C5",
    ],
    [
      "a cell of the summary sheet",
      (s: ReturnType<typeof setup>) => s.select(s.summary, 5, 5),
      "summary-sheet",
      "'KPI Summary'!F6",
    ],
  ])("refused, nothing written: %s", async (_name, choose, reason, cell) => {
    const s = setup();
    choose(s);
    const before = s.x.model.sheets.map(copyOf);
    await expect(s.port.writeFormulaToSelection(FORMULA, OWNED)).resolves.toEqual({
      kind: "refused",
      reason,
      cell,
    });
    expect(s.x.model.sheets.map(copyOf)).toEqual(before);
  });

  test("a cell holding a formula is not empty, even when it shows nothing", async () => {
    const s = setup();
    s.deck.formulas[2] = [undefined as never, '=""'];
    s.select(s.deck, 2, 1);
    await expect(s.port.writeFormulaToSelection(FORMULA, OWNED)).resolves.toMatchObject({
      kind: "refused",
      reason: "not-empty",
    });
    expect(cellFormula(s.deck, 2, 1)).toBe('=""');
  });

  test("with nothing owned, a sheet called like the summary is the user's and takes the formula", async () => {
    const s = setup();
    s.select(s.summary, 5, 5);
    await expect(s.port.writeFormulaToSelection(FORMULA, undefined)).resolves.toEqual({
      kind: "written",
      cell: "'KPI Summary'!F6",
    });
  });

  test("a failure of the host rejects with a plain message", async () => {
    const s = setup();
    s.select(s.deck, 0, 1);
    s.x.failWhen(/range\.load/, "GeneralException");
    await expect(s.port.writeFormulaToSelection(FORMULA, OWNED)).rejects.toThrow(
      /could not be put into the selected cell/
    );
  });
});
