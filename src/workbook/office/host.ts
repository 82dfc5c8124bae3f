/**
 * What the Office.js adapter needs from the host, injectable so tests can run it over a fake:
 * `Excel.run` and `Office.context.requirements.isSetSupported`.
 */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * Options of every batch. `delayForCellEdit`: while the user is typing in a cell Excel refuses a batch
 * (InvalidOperationInCellEditMode); with the option it waits until the user leaves the cell, then runs it.
 * The option carries no requirement set in Microsoft's reference (unlike `mergeUndoGroup`, ExcelApi 1.20): the
 * office.js library, always loaded from Microsoft's CDN, sends it and a host that predates it runs the batch
 * as before, so no guard is needed.
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** The real host: the globals office.js defines once `Office.onReady` has resolved. */
export function officeHost(): OfficeHost {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(RUN_OPTIONS, batch),
    isSetSupported: (name, minVersion) => {
      const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
      return requirements ? requirements.isSetSupported(name, minVersion) : false;
    },
  };
}
