import { diagnosticsReport, type PaneEnvironment } from "../../../src/taskpane/model/diagnostics";
import type { RoundTrip } from "../../../src/workbook/office/roundTrip";

const AT = new Date(Date.UTC(2026, 10, 29, 12, 0, 0));
const UA = "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15";

/** ExcelApi 1.1–1.17 with the first `upTo` minors supported. */
function sets(upTo: number, except: number[] = []): PaneEnvironment["apiSets"] {
  return Array.from({ length: 17 }, (_, i) => ({
    version: `1.${i + 1}`,
    supported: i + 1 <= upTo && !except.includes(i + 1),
  }));
}

const mac: PaneEnvironment = {
  office: { host: "Excel", platform: "Mac", version: "16.91.1" },
  apiSets: sets(17),
  userAgent: UA,
};

const ok: RoundTrip = { ok: true, sheet: "QD check x1", ms: { write: 12.4, read: 8, remove: 9.6 } };

describe("diagnosticsReport", () => {
  it.each<[string, PaneEnvironment, RoundTrip | null, string[]]>([
    [
      "outside Office: not running in Excel, with the user agent",
      { office: null, apiSets: [], userAgent: UA },
      null,
      [
        "QuarterDeck diagnostics, 2026-11-29T12:00:00.000Z",
        "Not running in Excel (preview in a browser)",
        `User agent: ${UA}`,
      ],
    ],
    [
      "Excel on Mac, every set, a round trip done",
      mac,
      ok,
      [
        "QuarterDeck diagnostics, 2026-11-29T12:00:00.000Z",
        "Host: Excel",
        "Platform: Mac",
        "Office version: 16.91.1",
        "ExcelApi supported: 1.1–1.17",
        'Round trip on scratch sheet "QD check x1": write 12 ms, read 8 ms, delete 10 ms, total 30 ms',
        `User agent: ${UA}`,
      ],
    ],
    [
      "an older Excel with a gap, round trip not run",
      { ...mac, apiSets: sets(13, [5]) },
      null,
      [
        "QuarterDeck diagnostics, 2026-11-29T12:00:00.000Z",
        "Host: Excel",
        "Platform: Mac",
        "Office version: 16.91.1",
        "ExcelApi supported: 1.1–1.4, 1.6–1.13",
        "ExcelApi not supported: 1.5, 1.14–1.17",
        "Round trip: not run",
        `User agent: ${UA}`,
      ],
    ],
    [
      "a failed round trip whose sheet was removed",
      { ...mac, apiSets: sets(0) },
      { ok: false, sheet: "QD check y", message: "GeneralException", removed: true },
      [
        "QuarterDeck diagnostics, 2026-11-29T12:00:00.000Z",
        "Host: Excel",
        "Platform: Mac",
        "Office version: 16.91.1",
        "ExcelApi supported: none",
        "ExcelApi not supported: 1.1–1.17",
        'Round trip on scratch sheet "QD check y" failed: GeneralException',
        "The scratch sheet was removed.",
        `User agent: ${UA}`,
      ],
    ],
    [
      "a failed round trip that left its sheet, no sets reported, no user agent",
      { office: mac.office, apiSets: [], userAgent: "" },
      { ok: false, sheet: "QD check z", message: "AccessDenied", removed: false },
      [
        "QuarterDeck diagnostics, 2026-11-29T12:00:00.000Z",
        "Host: Excel",
        "Platform: Mac",
        "Office version: 16.91.1",
        "ExcelApi: not reported",
        'Round trip on scratch sheet "QD check z" failed: AccessDenied',
        'The scratch sheet "QD check z" is still in the workbook: delete it by hand.',
        "User agent: unknown",
      ],
    ],
  ])("%s", (_name, env, trip, lines) => {
    expect(diagnosticsReport(env, trip, AT).split("\n")).toEqual(lines);
  });
});
