/** watchSheet: onChanged added in one Excel.run, removed in the handler's own context. */
import { watchSheet, type SheetChange } from "../../../src/workbook/office/watch";

it("subscribes to the sheet's onChanged, reports changes, and removes the handler in its own context", async () => {
  let handler: ((e: { source: string }) => Promise<void>) | null = null;
  const remove = jest.fn();
  const handlerContext = { id: "ctx-1", sync: jest.fn(async () => undefined) };
  const sheets: string[] = [];
  const context = {
    workbook: {
      worksheets: {
        getItem: (name: string) => {
          sheets.push(name);
          return {
            onChanged: {
              add: (fn: (e: { source: string }) => Promise<void>) => {
                handler = fn;
                return { context: handlerContext, remove };
              },
            },
          };
        },
      },
    },
    sync: jest.fn(async () => undefined),
  };
  // The stand-in context has only what watchSheet touches.
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) =>
    batch(context as unknown as Excel.RequestContext);
  const runIn = jest.fn(async (ctx: unknown, batch: (c: Excel.RequestContext) => Promise<void>) =>
    batch(ctx as Excel.RequestContext)
  );
  const changes: SheetChange[] = [];
  const stop = await watchSheet("Figures", run, runIn)((c) => changes.push(c));
  expect(sheets).toEqual(["Figures"]);
  expect(context.sync).toHaveBeenCalledTimes(1);
  await handler!({ source: "Local" });
  expect(changes).toEqual([{ sheet: "Figures", source: "Local" }]);
  await stop();
  expect(runIn.mock.calls[0]?.[0]).toBe(handlerContext);
  expect(remove).toHaveBeenCalledTimes(1);
  expect(handlerContext.sync).toHaveBeenCalledTimes(1);
});
