import fc from "fast-check";
import {
  parseStoredSettings,
  serialiseStoredSettings,
} from "../../../src/workbook/office/storedSettings";
import { sourcesOf, withSources, type SourceRequest } from "../../../src/workbook/port";
import { sourcesKey } from "../../../src/taskpane/model/stored";

/** Settings exactly as the version with one source saved them. */
const OLD_JSON =
  '{"version":1,"source":{"kind":"address","address":"Figures!A1:M26"},' +
  '"settings":{"ebitda":"operating","ratioKpis":[],"guidance":[],"outputSheet":"KPI Summary",' +
  '"formulas":false,"fyEndMonth":3,"fx":{"from":"JPY","to":"USD","cell":"Figures!M28"}},' +
  '"owned":{"sheet":"KPI Summary","table":"QDKpis","charts":["QDChart1"]},' +
  '"lastRefreshed":"2026-11-20T10:00:00.000Z"}';

describe("several sources in the stored settings", () => {
  it("reads settings saved with one source as a list of that one source, nothing lost", () => {
    const stored = parseStoredSettings(OLD_JSON);
    expect(stored).not.toBeNull();
    if (!stored) return;
    expect(sourcesOf(stored)).toEqual([{ kind: "address", address: "Figures!A1:M26" }]);
    expect(stored.moreSources).toBeUndefined();
    expect(stored.settings).toMatchObject({
      ebitda: "operating",
      formulas: false,
      fyEndMonth: 3,
      fx: { from: "JPY", to: "USD", cell: "Figures!M28" },
    });
    expect(stored.owned).toEqual({ sheet: "KPI Summary", table: "QDKpis", charts: ["QDChart1"] });
    expect(stored.lastRefreshed).toBe("2026-11-20T10:00:00.000Z");
    // saved again and read back: the same value
    expect(parseStoredSettings(serialiseStoredSettings(stored))).toEqual(stored);
  });

  it.each<[string, SourceRequest[]]>([
    [
      "a range and a table",
      [
        { kind: "address", address: "'P&L'!A1:H30" },
        { kind: "table", table: "Segments" },
      ],
    ],
    [
      "a named range and whole sheets",
      [
        { kind: "name", name: "PnL" },
        { kind: "address", address: "Operating!A:XFD" },
        { kind: "address", address: "'Cash flow'!A:XFD" },
      ],
    ],
  ])("keeps %s in order through saving and loading", (_, sources) => {
    const base = parseStoredSettings(OLD_JSON);
    if (!base) throw new Error("old settings unreadable");
    const stored = withSources(base, sources);
    const back = parseStoredSettings(serialiseStoredSettings(stored));
    expect(back && sourcesOf(back)).toEqual(sources);
    expect(back?.settings).toEqual(base.settings);
  });

  it("rejects a list holding a source it cannot read, rather than dropping it", () => {
    const value = JSON.parse(OLD_JSON) as Record<string, unknown>;
    value.moreSources = [{ kind: "table", table: "Segments" }, { kind: "chart" }];
    expect(parseStoredSettings(JSON.stringify(value))).toBeNull();
    value.moreSources = "Segments";
    expect(parseStoredSettings(JSON.stringify(value))).toBeNull();
  });

  it("names every source in reading order", () => {
    const base = parseStoredSettings(OLD_JSON);
    if (!base) throw new Error("old settings unreadable");
    expect(
      sourcesKey(
        withSources(base, [
          { kind: "name", name: "PnL" },
          { kind: "table", table: "Seg" },
        ])
      )
    ).toBe("name:PnL + table:Seg");
    expect(sourcesKey(base)).toBe("address:Figures!A1:M26");
  });

  it("any list of sources survives a save and a load (property)", () => {
    const source = fc.oneof(
      fc.string({ minLength: 1 }).map((address): SourceRequest => ({ kind: "address", address })),
      fc.string({ minLength: 1 }).map((name): SourceRequest => ({ kind: "name", name })),
      fc.string({ minLength: 1 }).map((table): SourceRequest => ({ kind: "table", table })),
      fc.constant<SourceRequest>({ kind: "selection" })
    );
    const base = parseStoredSettings(OLD_JSON);
    if (!base) throw new Error("old settings unreadable");
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 6 }), (sources) => {
        const back = parseStoredSettings(serialiseStoredSettings(withSources(base, sources)));
        expect(back && sourcesOf(back)).toEqual(sources);
      })
    );
  });
});
