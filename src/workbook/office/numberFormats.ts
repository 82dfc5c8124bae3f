/**
 * Number formats as sent. Excel's default format is "General", and every cell the summary writes is fresh — on a
 * new sheet, or in a block cleared (formats included) in the same batch — so sending "General" changes nothing
 * and only doubles the request for a mostly-text layout. A `null` in a `range.numberFormat` array leaves that
 * cell's format as it is; a block that is General throughout sends no formats at all.
 */

import { jsonStringBytes } from "./payload";

export const DEFAULT_NUMBER_FORMAT = "General";

/** "", "General" in any case (lowercased only when it could be: a summary has a million formats to test). */
const isDefault = (format: string): boolean =>
  format === "" ||
  format === DEFAULT_NUMBER_FORMAT ||
  (format.length === DEFAULT_NUMBER_FORMAT.length &&
    format.toLowerCase() === DEFAULT_NUMBER_FORMAT.toLowerCase());

/**
 * JSON bytes of one row of formats as sent (`formatsToSend` of that row alone, as a one-row grid): 2 (`[]`) when
 * every cell has the default. Worked out without building the row.
 */
export function sentFormatsRowBytes(row: readonly string[]): number {
  let bytes = 0;
  let any = false;
  let last = "";
  let lastBytes = 0;
  for (const f of row) {
    if (isDefault(f))
      bytes += 4; // null
    else {
      any = true;
      // a row's formats repeat: measured once per run
      if (f !== last) {
        last = f;
        lastBytes = jsonStringBytes(f);
      }
      bytes += lastBytes;
    }
  }
  return any ? 2 + 2 + Math.max(0, row.length - 1) + bytes : 2;
}

/** The block's formats with `null` for the default, or null when no cell needs a format. */
export function formatsToSend(formats: readonly (readonly string[])[]): (string | null)[][] | null {
  let any = false;
  const sent = formats.map((row) =>
    row.map((f) => {
      if (isDefault(f)) return null;
      any = true;
      return f;
    })
  );
  return any ? sent : null;
}
