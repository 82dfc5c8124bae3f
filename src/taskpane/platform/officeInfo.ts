import type { PaneEnvironment } from "../model/diagnostics";

/** Highest ExcelApi minor version the diagnostics ask about (ExcelApi 1.1–1.17). */
export const EXCEL_API_MAX_MINOR = 17;

/** Host, platform and version from `Office.context.diagnostics`; null outside Office (the preview). */
export function officeInfo(): PaneEnvironment["office"] {
  try {
    const d = typeof Office !== "undefined" ? Office.context?.diagnostics : undefined;
    if (!d) return null;
    return { host: String(d.host), platform: String(d.platform), version: String(d.version) };
  } catch {
    return null; // Office.context is not usable before onReady or outside a host.
  }
}

/** Whether each ExcelApi 1.1–1.17 is supported, asked one by one (false when the question throws). */
export function excelApiSets(
  isSetSupported: (name: string, minVersion?: string) => boolean
): PaneEnvironment["apiSets"] {
  return Array.from({ length: EXCEL_API_MAX_MINOR }, (_, i) => {
    const version = `1.${i + 1}`;
    let supported = false;
    try {
      supported = isSetSupported("ExcelApi", version);
    } catch {
      supported = false;
    }
    return { version, supported };
  });
}

/** What the diagnostics report about where the pane runs. */
export function readEnvironment(): PaneEnvironment {
  const office = officeInfo();
  const requirements =
    office && typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return {
    office,
    apiSets: requirements ? excelApiSets((n, v) => requirements.isSetSupported(n, v)) : [],
    userAgent: typeof navigator === "undefined" ? "" : navigator.userAgent,
  };
}
