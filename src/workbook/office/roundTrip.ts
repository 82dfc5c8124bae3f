import type { OfficeHost } from "./host";
import { reasonOf } from "../reason";

/**
 * A timed round trip on a scratch sheet, for the pane's diagnostics: add a sheet with a unique name and write
 * a small block (one batch), read it back (same batch, its own sync), then delete the sheet in a batch of its
 * own, which runs whatever happened before, so the scratch sheet never stays behind unless Excel refuses
 * the delete too (and then the result names it).
 */
export type RoundTrip =
  | { ok: true; sheet: string; ms: { write: number; read: number; remove: number } }
  | { ok: false; sheet: string; message: string; removed: boolean };

/** What is written and read back: text, a fraction, a negative number, an empty cell. */
const PROBE: (string | number)[][] = [
  ["QuarterDeck", 0.125],
  [-42, ""],
];

/** A sheet name no user picks, unique per call: "QD check" and the time in base 36 (≤ 31 characters). */
export function scratchSheetName(now: Date, salt = Math.floor(Math.random() * 36 ** 3)): string {
  return `QD check ${now.getTime().toString(36)}${salt.toString(36)}`;
}

function sameGrid(a: unknown[][], b: unknown[][]): boolean {
  return (
    a.length === b.length &&
    a.every((row, r) => row.length === b[r]?.length && row.every((v, c) => v === b[r]?.[c]))
  );
}

export async function scratchRoundTrip(
  host: Pick<OfficeHost, "run">,
  options: { name: string; clock: () => number }
): Promise<RoundTrip> {
  const { name, clock } = options;
  const ms = { write: 0, read: 0, remove: 0 };
  let failure: string | null = null;
  try {
    await host.run(async (context) => {
      let start = clock();
      const sheet = context.workbook.worksheets.add(name);
      sheet.getRange("A1:B2").values = PROBE;
      await context.sync();
      ms.write = clock() - start;
      start = clock();
      const back = sheet.getRange("A1:B2").load("values");
      await context.sync();
      ms.read = clock() - start;
      if (!sameGrid(back.values, PROBE))
        throw new Error(
          `${name}!A1:B2 read back ${JSON.stringify(back.values)}, not what was written`
        );
    });
  } catch (error) {
    failure = reasonOf(error);
  }
  let removeFailure: string | null = null;
  try {
    const start = clock();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("name");
      await context.sync();
      if (sheet.isNullObject) return; // the add itself failed: nothing to remove
      sheet.delete();
      await context.sync();
    });
    ms.remove = clock() - start;
  } catch (error) {
    removeFailure = reasonOf(error);
  }
  if (failure === null && removeFailure === null) return { ok: true, sheet: name, ms };
  return {
    ok: false,
    sheet: name,
    message: [failure, removeFailure && `removing the sheet: ${removeFailure}`]
      .filter((m): m is string => Boolean(m))
      .join("; "),
    removed: removeFailure === null,
  };
}
