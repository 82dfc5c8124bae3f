/**
 * Changes on one sheet, through `worksheet.onChanged` (ExcelApi 1.7). The handler is removed in the request
 * context it was added in, as Office requires.
 */
import { RUN_OPTIONS } from "./host";

/** One change on the watched sheet ("Local" edits or "Remote" co-authors). */
export interface SheetChange {
  sheet: string;
  source?: string;
}

type RunInContext = (
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<void>
) => Promise<void>;

export function watchSheet(
  sheetName: string,
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> = (batch) =>
    Excel.run(RUN_OPTIONS, batch),
  runIn: RunInContext = (context, batch) =>
    Excel.run({ ...RUN_OPTIONS, previousObjects: context }, batch)
): (onChange: (change: SheetChange) => void) => Promise<() => Promise<void>> {
  return async (onChange) => {
    const handler = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const result = sheet.onChanged.add(async (event) => {
        onChange({ sheet: sheetName, source: event.source });
      });
      await context.sync();
      return result;
    });
    return async () => {
      await runIn(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      });
    };
  };
}
