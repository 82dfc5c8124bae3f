/**
 * Number formats as sent. Excel's default format is "General", and every cell the summary writes is fresh — on a
 * new sheet, or in a block cleared (formats included) in the same batch — so sending "General" changes nothing
 * and only doubles the request for a mostly-text layout. A `null` in a `range.numberFormat` array leaves that
 * cell's format as it is; a block that is General throughout sends no formats at all.
 */

export const DEFAULT_NUMBER_FORMAT = "General";

const isDefault = (format: string): boolean =>
  format === "" || format.toLowerCase() === DEFAULT_NUMBER_FORMAT.toLowerCase();

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
