/**
 * Writes that adapt: a sync Excel refuses as too large is halved and sent again until the summary is complete;
 * "General" number formats are not sent.
 */
import { officePortOn } from "./fake/port";
import { sampleModel, SAMPLE_SOURCE, SAMPLE_SOURCE_SHEET } from "../contract/sampleModel";
import { FakeExcel } from "./fake/excel";
import type { FakeSheet } from "./fake/model";
import { seen } from "./fake/seen";
import { formatsToSend } from "../../../src/workbook/office/numberFormats";

function setup(): FakeExcel {
  const x = new FakeExcel();
  x.apiMinor = 17;
  x.addSheet(
    SAMPLE_SOURCE_SHEET,
    SAMPLE_SOURCE.map((r) => [...r])
  );
  return x;
}

function snapshot(sheet: FakeSheet | undefined): unknown {
  return JSON.parse(JSON.stringify({ v: sheet?.values, f: sheet?.formats, g: sheet?.formulas }));
}

/** The summary as written where nothing is refused, and the largest request it took. */
async function reference(): Promise<{ x: FakeExcel; largest: number; result: unknown }> {
  const x = setup();
  const result = await officePortOn(x).writeSummary(sampleModel(), undefined);
  const largest = Math.max(...x.syncs.map((s) => s.requestBytes));
  return { x, largest, result };
}

function changed(): ReturnType<typeof sampleModel> {
  const base = sampleModel();
  return {
    ...base,
    title: `${base.title} (restated)`,
    highlights: base.highlights.map((h) => h.toUpperCase()),
    table: {
      ...base.table,
      rows: base.table.rows.map((r) => ({
        ...r,
        values: r.values.map((v) => (typeof v === "number" ? v + 1 : v)),
      })),
    },
  };
}

describe("a sync refused as too large", () => {
  it("is retried in halves and the summary ends complete, identical to an unrefused write", async () => {
    const ref = await reference();
    const x = setup();
    // Excel's own count of the request is larger than the adapter's estimate: the cells' sync is refused.
    x.payloadCap = Math.floor(ref.largest * 0.6);
    const result = await officePortOn(x).writeSummary(sampleModel(), undefined);
    const refused = x.syncs.filter((s) => s.failed === "RequestPayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(result).toEqual(ref.result);
    expect(snapshot(x.sheet("KPI Summary"))).toEqual(snapshot(ref.x.sheet("KPI Summary")));
    expect(x.model.tables.map((t) => t.name)).toEqual(ref.x.model.tables.map((t) => t.name));
    expect([...x.model.names.keys()].sort()).toEqual([...ref.x.model.names.keys()].sort());
    // Every sync that went through stayed under the cap; the halves wrote the cells.
    for (const s of x.syncs.filter((s) => !s.failed))
      expect(s.requestBytes).toBeLessThanOrEqual(x.payloadCap);
    expect(
      x.syncs.filter((s) => !s.failed && s.ops.includes("range.formulas")).length
    ).toBeGreaterThan(1);
    // The events were turned off again with the halves and are back on at the end.
    expect(x.model.enableEvents).toBe(true);
  });

  it("also on a rewrite of a previous summary (the clearing rides along and is sent again)", async () => {
    const ref = await reference();
    await officePortOn(ref.x).writeSummary(sampleModel(), {
      sheet: "KPI Summary",
      table: "QuarterDeckKPIs",
      charts: (ref.result as { charts: string[] }).charts,
    });
    const x = setup();
    const first = await officePortOn(x).writeSummary(sampleModel(), undefined);
    x.payloadCap = Math.floor(ref.largest * 0.6);
    await officePortOn(x).writeSummary(sampleModel(), {
      sheet: first.sheet,
      table: first.table,
      charts: first.charts,
    });
    expect(x.syncs.some((s) => s.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(snapshot(x.sheet("KPI Summary"))).toEqual(snapshot(ref.x.sheet("KPI Summary")));
  });

  it("in the restore after a failed rewrite: halved too, and the previous summary is back whole", async () => {
    const x = setup();
    const first = await officePortOn(x).writeSummary(sampleModel(), undefined);
    const before = seen(x, x.sheet("KPI Summary")!);
    const largest = Math.max(...x.syncs.map((s) => s.requestBytes));
    x.payloadCap = Math.floor(largest * 0.6);
    x.failWhen(/^settings\.add$|^names\.add$/, "GeneralException", 1);
    await expect(
      // Different figures, so a half-written rewrite would show.
      officePortOn(x).writeSummary(changed(), {
        sheet: first.sheet,
        table: first.table,
        charts: first.charts,
      })
    ).rejects.toThrow(/Nothing was changed|previous summary|could not be written/i);
    expect(
      x.syncs.filter((s) => s.failed === "RequestPayloadSizeLimitExceeded").length
    ).toBeGreaterThanOrEqual(2);
    expect(seen(x, x.sheet("KPI Summary")!)).toEqual(before);
  });

  it("fails with a plain message and leaves no half-written sheet when even one row is too large", async () => {
    const x = setup();
    x.payloadCap = 200;
    await expect(officePortOn(x).writeSummary(sampleModel(), undefined)).rejects.toThrow(
      /could not be written|too large|payload/i
    );
    expect(x.sheet("KPI Summary")).toBeUndefined();
  });
});

describe("number formats", () => {
  it.each([
    [[["General", "General"]], null],
    [[["General", "0.0%"]], [[null, "0.0%"]]],
    [
      [
        ["general", ""],
        ["#,##0", "General"],
      ],
      [
        [null, null],
        ["#,##0", null],
      ],
    ],
    [[], null],
  ])("%j is sent as %j", (formats, sent) => {
    expect(formatsToSend(formats)).toEqual(sent);
  });

  it("sends no General format to Excel, and the cells end with the layout's formats", async () => {
    const ref = await reference();
    const sheet = ref.x.sheet("KPI Summary")!;
    const formats = sheet.formats.flat().filter((f): f is string => typeof f === "string");
    expect(formats.length).toBeGreaterThan(0);
    expect(formats).not.toContain("General");
    expect(formats.some((f) => f.includes("%") || f.includes("0"))).toBe(true);
  });
});
