import { resolveRequest, type SheetExtents } from "../../../src/workbook/file/resolveRange";

/** Two sheets: Figures uses 30 rows × 13 columns, Empty nothing. */
const ctx: SheetExtents = {
  sheets: ["Figures", "Empty"],
  activeSheet: "Figures",
  extent: (sheet) => (sheet === "Figures" ? { rows: 30, cols: 13 } : { rows: 0, cols: 0 }),
  names: [],
  tables: [],
};

describe("resolving a full-column reference to the used cells", () => {
  it.each<[string, { top: number; left: number; bottom: number; right: number }]>([
    // a whole sheet stops at the last used row and column
    ["Figures!A:XFD", { top: 1, left: 1, bottom: 30, right: 13 }],
    // columns asked for inside the used ones are kept as asked
    ["Figures!A:D", { top: 1, left: 1, bottom: 30, right: 4 }],
    ["Figures!C:Z", { top: 1, left: 3, bottom: 30, right: 13 }],
    // columns all past the used ones: one column, which holds nothing
    ["Figures!P:Q", { top: 1, left: 16, bottom: 30, right: 16 }],
    ["Empty!A:XFD", { top: 1, left: 1, bottom: 1, right: 1 }],
    // a plain range is never trimmed
    ["Figures!A1:Z40", { top: 1, left: 1, bottom: 40, right: 26 }],
  ])("%s", (address, block) => {
    const r = resolveRequest(ctx, { kind: "address", address });
    expect(r.ok && r.block).toMatchObject(block);
  });
});
