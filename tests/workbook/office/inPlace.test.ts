/**
 * The summary is rewritten in place: what a user built on it (formulas on their own sheets pointing at the
 * summary sheet, at its table and at the KPI names) keeps working across refreshes, and a failure at any step
 * of a refresh leaves the previous summary, the user's sheets and the saved record as they were.
 */
import { sampleModel, SAMPLE_SOURCE, SAMPLE_SOURCE_SHEET } from "../contract/sampleModel";
import type { SummaryModel } from "../../../src/core/summarise/types";
import type { StoredSettings } from "../../../src/workbook/port";
import { officePortOn } from "./fake/port";
import { FakeExcel } from "./fake/excel";
import { cellFormula, cellValue, type FakeSheet } from "./fake/model";
import { seen } from "./fake/seen";

const KEY = "QuarterDeck";

function setup(apiMinor = 17) {
  const x = new FakeExcel();
  x.apiMinor = apiMinor;
  x.addSheet(
    SAMPLE_SOURCE_SHEET,
    SAMPLE_SOURCE.map((r) => [...r])
  );
  x.addSheet("Notes", [["my own notes", 42]]);
  const record: StoredSettings = {
    version: 1,
    source: { kind: "address", address: "Figures!A1:M9" },
    settings: {
      ebitda: "net-income",
      ratioKpis: [],
      guidance: [],
      outputSheet: "KPI Summary",
      formulas: true,
    },
  };
  x.model.settings.set(KEY, JSON.stringify(record));
  return { x, port: officePortOn(x) };
}

/** The user's deck sheet: formulas on the summary's cells, on its table and on a KPI name. */
const DECK = [
  "='KPI Summary'!M9", // dedicated access, 4Q01
  "=SUM(QuarterDeckKPIs[4Q01])",
  "=QD_Revenue_Total_YoY",
  "='KPI Summary'!A1",
];

function addDeck(x: FakeExcel): FakeSheet {
  const deck = x.addSheet("Deck", [["Latest quarter"]]);
  deck.formulas[1] = [...DECK];
  deck.values[1] = DECK.map(() => "");
  return deck;
}

const deckValues = (x: FakeExcel, deck: FakeSheet) =>
  x.valuesOf({ sheet: deck, top: 1, left: 0, bottom: 1, right: DECK.length - 1 })[0]!;

const ownedOf = (x: FakeExcel): StoredSettings["owned"] =>
  (JSON.parse(String(x.model.settings.get(KEY))) as StoredSettings).owned;

const model = sampleModel();
const latest = (metric: string, kpi: string): unknown =>
  model.table.rows.find((r) => r.metric === metric && r.kpi === kpi)?.values.at(-1);
const sum4Q01 = model.table.rows.reduce((n, r) => {
  const v = r.values[8];
  return typeof v === "number" ? n + v : n;
}, 0);

describe("references to the summary survive refreshes", () => {
  it.each([
    ["ExcelApi 1.13 (the table is resized)", 17],
    ["ExcelApi 1.12 (the table is converted to a range and added again)", 12],
  ])("%s", async (_label, minor) => {
    const { x, port } = setup(minor);
    await port.writeSummary(model, ownedOf(x));
    const deck = addDeck(x);
    const expected = [
      model.table.rows[0]!.values[8]!, // 5100
      sum4Q01,
      latest("revenue.total", "yoy"),
      model.title,
    ];
    expect(deckValues(x, deck)).toEqual(expected);

    for (const title of ["second", "third"]) {
      await port.writeSummary({ ...model, title }, ownedOf(x));
      const values = deckValues(x, deck);
      expect(values.slice(0, 3)).toEqual(expected.slice(0, 3));
      expect(values[3]).toBe(title);
      expect(JSON.stringify(deck.formulas)).not.toContain("#REF!");
    }
    expect(cellFormula(deck, 1, 0)).toBe(DECK[0]);
    if (minor >= 13) expect(cellFormula(deck, 1, 1)).toBe(DECK[1]);
    // Below 1.13 Excel turned the structured reference into a cell reference when the table was converted.
    else expect(cellFormula(deck, 1, 1)).toBe("=SUM('KPI Summary'!$M$9:$M$19)");
    expect(x.model.tables.map((t) => `${t.sheet.name}!${t.name}`)).toEqual([
      "KPI Summary!QuarterDeckKPIs",
    ]);
  });

  it("follows the table when the highlights above it grow or shrink: rows are inserted or deleted", async () => {
    const { x, port } = setup();
    await port.writeSummary(model, ownedOf(x));
    const deck = addDeck(x);
    const expected = deckValues(x, deck).slice(0, 3);
    const highlights = (n: number) => Array.from({ length: n }, (_, i) => `Highlight ${i + 1}`);
    for (const [n, row] of [
      [4, 11],
      [1, 8],
      [2, 9],
    ] as const) {
      await port.writeSummary({ ...model, highlights: highlights(n) }, ownedOf(x));
      expect([n, deckValues(x, deck).slice(0, 3)]).toEqual([n, expected]);
      expect([n, cellFormula(deck, 1, 0)]).toEqual([n, `='KPI Summary'!M${row}`]);
      expect(cellFormula(deck, 1, 1)).toBe(DECK[1]);
      expect(x.boxAddress(x.model.tables[0]!.range)).toBe(`'KPI Summary'!A${row - 1}:N${row + 10}`);
    }
  });

  it("moves the KPI names to the latest period when a period is added", async () => {
    const { x, port } = setup();
    await port.writeSummary(model, ownedOf(x));
    const deck = addDeck(x);
    const longer: SummaryModel = {
      ...model,
      table: {
        ...model.table,
        periods: [...model.table.periods, "1Q02"],
        rows: model.table.rows.map((r, i) => ({
          ...r,
          values: [...r.values, i + 0.5],
          formats: [...r.formats, undefined],
          formulas: [...r.formulas, undefined],
        })),
      },
    };
    await port.writeSummary(longer, ownedOf(x));
    const yoyRow = model.table.rows.findIndex(
      (r) => r.metric === "revenue.total" && r.kpi === "yoy"
    );
    expect(deckValues(x, deck)[2]).toBe(yoyRow + 0.5);
    expect(x.boxAddress(x.model.names.get("QD_Revenue_Total_YoY")!)).toBe("'KPI Summary'!O17");
  });

  it("leaves a user's name of the same spelling alone, with a note", async () => {
    const { x, port } = setup();
    const notes = x.sheet("Notes")!;
    x.model.names.set("QD_Revenue_Total_YoY", {
      sheet: notes,
      top: 0,
      left: 1,
      bottom: 0,
      right: 1,
    });
    const result = await port.writeSummary(model, ownedOf(x));
    expect(result.notes.join(" ")).toMatch(/"QD_Revenue_Total_YoY" already exists/);
    expect(x.model.names.get("QD_Revenue_Total_YoY")!.sheet).toBe(notes);
    expect(x.model.names.has("QD_Operating_Income_Margin")).toBe(true);
  });
});

describe("the record of what the add-in owns", () => {
  it("is saved in the same sync as the summary's last cells, keeping the rest of the record", async () => {
    const { x, port } = setup();
    const before = JSON.parse(String(x.model.settings.get(KEY))) as StoredSettings;
    const result = await port.writeSummary(model, undefined);
    const last = x.syncs.find((s) => s.ops.includes("settings.add"))!;
    expect(last.ops).toContain("range.formulas");
    expect(last.ops).toContain("tables.add");
    const after = JSON.parse(String(x.model.settings.get(KEY))) as StoredSettings;
    expect(after).toEqual({
      ...before,
      owned: { sheet: result.sheet, table: result.table, charts: result.charts },
    });
  });
});

describe("a failure at any step of a refresh", () => {
  /** Every operation of a second refresh, as [name, occurrence] (first and last of each name). */
  async function refreshOps(minor: number, next: SummaryModel): Promise<[string, number][]> {
    const { x, port } = setup(minor);
    await port.writeSummary(model, ownedOf(x));
    x.syncs.length = 0;
    await port.writeSummary(next, ownedOf(x));
    const ops = x.syncs.flatMap((s) => s.ops);
    const out: [string, number][] = [];
    for (const name of new Set(ops)) {
      const count = ops.filter((o) => o === name).length;
      out.push([name, 0]);
      if (count > 1) out.push([name, count - 1]);
    }
    return out;
  }

  const again: SummaryModel = { ...model, title: "again" };
  const more: SummaryModel = { ...again, highlights: ["a", "b", "c", "d"] };
  const fewer: SummaryModel = { ...again, highlights: ["a"] };
  it.each<[number, string, SummaryModel]>([
    [17, "the same layout", again],
    [12, "the same layout", again],
    [17, "two more highlights (rows inserted)", more],
    [17, "one highlight less (rows deleted)", fewer],
    [12, "two more highlights (rows inserted)", more],
  ])(
    "leaves the previous summary readable and everything else unchanged (ExcelApi 1.%i, %s)",
    async (minor, _label, next) => {
      const steps = await refreshOps(minor, next);
      expect(steps.length).toBeGreaterThan(20);
      for (const [op, skip] of steps) {
        const { x, port } = setup(minor);
        await port.writeSummary(model, ownedOf(x));
        const deck = addDeck(x);
        const sheet = x.sheet("KPI Summary")!;
        const summary = seen(x, sheet);
        const users = JSON.stringify(
          ["Figures", "Notes", "Deck"].map((n) => {
            const s = x.sheet(n)!;
            return [s.values, s.formats, s.formulas];
          })
        );
        const deckBefore = deckValues(x, deck);
        const record = x.model.settings.get(KEY);
        const names = [...x.model.names.entries()].map(([n, b]) => `${n}=${x.boxAddress(b)}`);
        const charts = sheet.charts.map((c) => c.name);

        const escaped = op.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        x.failWhen(new RegExp(`^${escaped}$`), "GeneralException", 1, skip);
        const outcome = await port.writeSummary(next, ownedOf(x)).then(
          (r) => r,
          (e: Error) => e.message
        );

        const label = `${op} #${skip}`;
        if (typeof outcome !== "string") {
          // Only the tidying after the summary is complete may fail without undoing it: said in a note,
          // the extra charts gone at the next refresh.
          expect([label, outcome.notes.join(" ")]).toEqual([
            label,
            expect.stringMatching(/previous charts could not all be removed/),
          ]);
          expect([label, cellValue(sheet, 0, 0)]).toEqual([label, "again"]);
          expect([label, deckValues(x, deck).slice(0, 3)]).toEqual([label, deckBefore.slice(0, 3)]);
          await port.writeSummary(model, ownedOf(x));
          expect([label, sheet.charts.map((c) => c.name)]).toEqual([label, charts]);
          continue;
        }
        expect([label, outcome]).toEqual([
          label,
          expect.stringMatching(/previous summary is unchanged/),
        ]);
        expect([label, x.sheet("KPI Summary")]).toEqual([label, sheet]);
        expect([label, seen(x, sheet)]).toEqual([label, summary]);
        expect([label, deckValues(x, deck)]).toEqual([label, deckBefore]);
        const usersAfter = JSON.stringify(
          ["Figures", "Notes", "Deck"].map((n) => {
            const s = x.sheet(n)!;
            return [s.values, s.formats, s.formulas];
          })
        );
        // The deck's structured reference may have become a cell reference to the same cells (below 1.13).
        if (minor >= 13) expect([label, usersAfter]).toEqual([label, users]);
        expect([label, x.model.settings.get(KEY)]).toEqual([label, record]);
        expect([
          label,
          [...x.model.names.entries()].map(([n, b]) => `${n}=${x.boxAddress(b)}`),
        ]).toEqual([label, names]);
        expect([label, sheet.charts.map((c) => c.name)]).toEqual([label, charts]);
        expect([label, x.model.tables.map((t) => t.name)]).toEqual([label, ["QuarterDeckKPIs"]]);
        expect([label, x.model.sheets.map((s) => s.name)]).toEqual([
          label,
          ["Figures", "Notes", "KPI Summary", "Deck"],
        ]);
        expect([label, x.model.enableEvents]).toEqual([label, true]);
      }
    }
  );

  it("on a first write, leaves no sheet, name or table behind", async () => {
    const { x, port } = setup();
    x.failWhen(/^settings\.add$/);
    await expect(port.writeSummary(model, undefined)).rejects.toThrow(
      /previous summary is unchanged/
    );
    expect(x.model.sheets.map((s) => s.name)).toEqual(["Figures", "Notes"]);
    expect(x.model.tables).toEqual([]);
    expect([...x.model.names.keys()]).toEqual([]);
  });
});

describe("text stays text", () => {
  const tricky = [
    "2024",
    "1-3",
    "12%",
    "=SUM(A1:A3)",
    "+1 adj.",
    "-net",
    "@risk",
    "'quoted",
    "TRUE",
  ];

  it("writes labels, highlights and notes exactly as text, never as numbers, dates or formulas", async () => {
    const { x, port } = setup();
    const rows = model.table.rows
      .slice(0, tricky.length)
      .map((r, i) => ({ ...r, label: tricky[i]! }));
    const m: SummaryModel = {
      ...model,
      title: "2024",
      highlights: ["=A1", "31/3/2024"],
      table: { ...model.table, rows },
      charts: [],
    };
    await port.writeSummary(m, undefined);
    const sheet = x.sheet("KPI Summary")!;
    expect(cellValue(sheet, 0, 0)).toBe("2024");
    expect(cellValue(sheet, 4, 0)).toBe("=A1");
    expect(cellValue(sheet, 5, 0)).toBe("31/3/2024");
    tricky.forEach((label, i) => {
      expect([label, cellValue(sheet, 8 + i, 0)]).toEqual([label, label]);
      expect([label, sheet.formulas[8 + i]?.[0]]).toEqual([label, undefined]);
    });
    // Period headers such as "1Q00" and live formulas are unaffected.
    expect(cellValue(sheet, 7, 4)).toBe("1Q00");
    expect(cellFormula(sheet, 8, 4)).toBe("=Figures!D2");
  });
});
