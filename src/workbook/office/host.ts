/**
 * What the Office.js adapter needs from the host, injectable so tests can run it over a fake:
 * `Excel.run` and `Office.context.requirements.isSetSupported`.
 */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The real host: the globals office.js defines once `Office.onReady` has resolved. */
export function officeHost(): OfficeHost {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch),
    isSetSupported: (name, minVersion) => {
      const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
      return requirements ? requirements.isSetSupported(name, minVersion) : false;
    },
  };
}
