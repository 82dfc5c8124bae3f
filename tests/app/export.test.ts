import fc from "fast-check";
import { base64FromBytes } from "../../src/app/base64";
import { downloadsBlockedOn, exportFileName, exportSummaryWorkbook } from "../../src/app/export";
import { sampleModel } from "../workbook/contract/sampleModel";

const NOW = new Date(2026, 10, 25, 14, 5);

describe("base64FromBytes", () => {
  it.each([
    ["", ""],
    ["f", "Zg=="],
    ["fo", "Zm8="],
    ["foo", "Zm9v"],
    ["foobar", "Zm9vYmFy"],
  ])("RFC 4648 test vector %j → %j", (text, b64) => {
    expect(base64FromBytes(new TextEncoder().encode(text))).toBe(b64);
  });

  it("matches Node's encoder for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) =>
        expect(base64FromBytes(bytes)).toBe(Buffer.from(bytes).toString("base64"))
      )
    );
  });
});

describe("exportSummaryWorkbook", () => {
  const bytes = new Uint8Array([80, 75, 3, 4]);

  it("opens the workbook in a new Excel window when the host can", async () => {
    const open = jest.fn(async (_b64: string) => undefined);
    const download = jest.fn();
    const result = await exportSummaryWorkbook(sampleModel(), {
      build: async () => bytes,
      open,
      download,
      now: NOW,
    });
    expect(result).toMatchObject({
      ok: true,
      how: "opened",
      fileName: "KPI Summary 2026-11-25 1405.xlsx",
    });
    expect(open).toHaveBeenCalledWith("UEsDBA==");
    expect(download).not.toHaveBeenCalled();
  });

  it("downloads when opening is not supported or refused", async () => {
    const download = jest.fn();
    expect(
      await exportSummaryWorkbook(sampleModel(), { build: async () => bytes, download, now: NOW })
    ).toMatchObject({ ok: true, how: "downloaded" });
    const refused = await exportSummaryWorkbook(sampleModel(), {
      build: async () => bytes,
      open: () => Promise.reject(new Error("blocked")),
      download,
      now: NOW,
    });
    expect(refused).toMatchObject({ ok: true, how: "downloaded" });
    expect(download).toHaveBeenCalledTimes(2);
  });

  it.each(["Mac", "iOS"])(
    "on %s opens the workbook through createWorkbook and never downloads",
    async (platform) => {
      const open = jest.fn(async (_b64: string) => undefined);
      const download = jest.fn();
      const result = await exportSummaryWorkbook(sampleModel(), {
        build: async () => bytes,
        open,
        download,
        now: NOW,
        platform,
      });
      expect(result).toMatchObject({ ok: true, how: "opened" });
      expect(open).toHaveBeenCalledWith("UEsDBA==");
      expect(download).not.toHaveBeenCalled();
    }
  );

  it("on Mac, when createWorkbook throws, says the export did not happen and does not download", async () => {
    const download = jest.fn();
    const result = await exportSummaryWorkbook(sampleModel(), {
      build: async () => bytes,
      open: () => Promise.reject(new Error("InvalidOperation")),
      download,
      now: NOW,
      platform: "Mac",
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(
      /^The export did not happen: .*InvalidOperation/
    );
    expect(download).not.toHaveBeenCalled();
  });

  it("on Mac without createWorkbook, says the export did not happen and does not download", async () => {
    const download = jest.fn();
    const result = await exportSummaryWorkbook(sampleModel(), {
      build: async () => bytes,
      download,
      now: NOW,
      platform: "Mac",
    });
    expect(result.ok ? "" : result.message).toMatch(/^The export did not happen: .*API 1\.8/);
    expect(download).not.toHaveBeenCalled();
  });

  it.each([
    [undefined, false],
    ["PC", false],
    ["OfficeOnline", false],
    ["Universal", false],
    ["Mac", true],
    ["iOS", true],
    ["Android", true],
  ])("downloads are blocked on platform %s: %s", (platform, blocked) => {
    expect(downloadsBlockedOn(platform)).toBe(blocked);
  });

  it("reports a build failure as a message", async () => {
    const result = await exportSummaryWorkbook(sampleModel(), {
      build: () => Promise.reject(new Error("disk full")),
      download: jest.fn(),
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      message: "The summary workbook could not be made: disk full",
    });
  });

  it("makes file names safe", () => {
    expect(exportFileName(sampleModel({ sheetName: 'Q4/FY "02"' }), NOW)).toBe(
      "Q4-FY -02- 2026-11-25 1405.xlsx"
    );
  });
});
