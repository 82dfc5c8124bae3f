import type { SheetDetected } from "../../../src/app/detectWorkbook";
import {
  describeSource,
  keptSources,
  sameSource,
  withSourceAdded,
  withSourceRemoved,
} from "../../../src/taskpane/model/sources";
import { en } from "../../../src/taskpane/strings/en";
import type { SourceRequest } from "../../../src/workbook/port";

const at = (address: string): SourceRequest => ({ kind: "address", address });
const block = (sheet: string, range: string) => ({
  sheet,
  range,
  first: "1Q24",
  last: "4Q25",
  periods: 8,
  unit: "JPY mn",
  lines: 5,
});

const sheets: SheetDetected[] = [
  { sheet: "Cover", blocks: [] },
  { sheet: "P&L", blocks: [block("P&L", "'P&L'!A3:J20")], source: at("'P&L'!A:XFD") },
  {
    sheet: "Segments",
    blocks: [block("Segments", "Segments!A3:J12"), block("Segments", "Segments!L3:O12")],
    source: at("Segments!A:XFD"),
  },
  { sheet: "Ops", blocks: [block("Ops", "Ops!B2:I9")], source: at("Ops!A:XFD") },
];

describe("keptSources: the blocks kept after a whole-workbook Detect", () => {
  it.each<[string, string[], SourceRequest[]]>([
    [
      "all kept: each sheet read whole",
      ["'P&L'!A3:J20", "Segments!A3:J12", "Segments!L3:O12", "Ops!B2:I9"],
      [at("'P&L'!A:XFD"), at("Segments!A:XFD"), at("Ops!A:XFD")],
    ],
    [
      "one block of a sheet dropped: the other read by its address",
      ["'P&L'!A3:J20", "Segments!L3:O12"],
      [at("'P&L'!A:XFD"), at("Segments!L3:O12")],
    ],
    ["a sheet dropped", ["Ops!B2:I9"], [at("Ops!A:XFD")]],
    ["nothing kept", [], []],
  ])("%s", (_, kept, expected) => {
    expect(keptSources(sheets, new Set(kept))).toEqual(expected);
  });
});

describe("the list of sources", () => {
  it("adds a source once (an address in any case is the same place)", () => {
    const list = [at("Figures!A1:B2")];
    expect(withSourceAdded(list, at("'P&L'!A3:J20"))).toEqual([
      at("Figures!A1:B2"),
      at("'P&L'!A3:J20"),
    ]);
    expect(withSourceAdded(list, at("figures!a1:b2"))).toEqual(list);
  });

  it.each<[number, number, string[]]>([
    [3, 1, ["A!A1", "C!A1"]],
    [3, 0, ["B!A1", "C!A1"]],
    [1, 0, ["A!A1"]],
    [3, 5, ["A!A1", "B!A1", "C!A1"]],
  ])("of %i sources, removing #%i leaves %p", (n, index, left) => {
    const list = ["A!A1", "B!A1", "C!A1"].slice(0, n).map(at);
    expect(withSourceRemoved(list, index)).toEqual(left.map(at));
  });

  it.each<[SourceRequest, SourceRequest, boolean]>([
    [{ kind: "name", name: "Q" }, { kind: "name", name: "Q" }, true],
    [{ kind: "name", name: "Q" }, { kind: "table", table: "Q" }, false],
    [{ kind: "selection" }, { kind: "selection" }, true],
    [at("A!A1"), at("B!A1"), false],
  ])("sameSource(%p, %p) is %p", (a, b, same) => expect(sameSource(a, b)).toBe(same));

  it.each<[SourceRequest, string]>([
    [at("'P&L'!A3:J20"), "'P&L'!A3:J20"],
    [{ kind: "name", name: "Figures_Q" }, "named range Figures_Q"],
    [{ kind: "table", table: "KPIs" }, "table KPIs"],
    [{ kind: "selection" }, "the selected range"],
  ])("describes %p as %p", (source, text) => expect(describeSource(source, en)).toBe(text));
});
