/// <reference types="custom-functions-runtime" />
/**
 * QuarterDeck's worksheet functions, namespace QUARTERDECK: the KPIs of a range of figures, computed by the
 * same core as Refresh KPIs (`analyse`), as pure functions of the range they are given. The metadata Excel
 * reads (dist/functions.json) is generated from the JSDoc below by custom-functions-metadata at build time.
 *
 * Runtime: the JavaScript-only custom functions runtime, not the shared runtime. The functions need no
 * Office.js workbook access (Excel passes the figures as the argument), so the lightweight runtime computes
 * them fastest and on every platform with custom functions; the pane and the ribbon command keep their own
 * pages (taskpane.html, commands.html) exactly as before, and the manifest's requirement (ExcelApi 1.9) needs
 * no SharedRuntime 1.1 on top, which a shared runtime would have added. Each runtime keeps
 * its own analysis cache; the functions do not share state with the pane.
 *
 * Optional trailing arguments: fiscal year-end month (1–12), unit of the figures ("millions", "thousands" or a
 * multiplier) and the EBITDA definition ("net-income" or "operating"); omitted, the first two are inferred from
 * the range as refresh infers them and EBITDA is net income + taxes + interest + D&A, refresh's default.
 */
import { checkOf } from "./check";
import { growthOf } from "./growth";
import { highlightsOf } from "./highlights";
import { kpiOf } from "./kpi";
import { unwrap, type MakeError } from "./shell";
import { tableOf } from "./table";

const excelError: MakeError = (code, message) =>
  new CustomFunctions.Error(
    code === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue,
    message
  );

/**
 * One KPI of the figures: a line's value, growth, margin or share in a period.
 * @customfunction KPI
 * @param figures The range of quarterly figures (labels and periods included).
 * @param line The line as written, e.g. "Total revenues", or a metric id such as "revenue.total".
 * @param [kpi] The measure: value (default), yoy, qoq, margin, share, share_change (in percentage points: 1.7 for 58.3% to 60.0%), usd, cagr or guidance.
 * @param [period] The period as written in the range, e.g. "4Q01"; omitted, the latest period with a figure.
 * @param [fiscalYearEnd] Month the fiscal year ends, 1 to 12; omitted, inferred from the labels.
 * @param [unit] Unit of the figures: units, thousands, millions, billions or a multiplier; omitted, inferred.
 * @param [ebitda] EBITDA definition: "net-income" (net income + taxes + interest + D&A, the default) or "operating" (operating income + D&A).
 * @returns The KPI, or #N/A with the reason when it is not meaningful.
 */
export function kpi(
  figures: unknown[][],
  line: string,
  kpi?: string,
  period?: unknown,
  fiscalYearEnd?: number,
  unit?: unknown,
  ebitda?: string
): number {
  return unwrap(
    kpiOf({ values: figures }, { line, kpi, period, fyEnd: fiscalYearEnd, unit, ebitda }),
    excelError
  );
}

/**
 * The KPI table of the summary sheet as a spilled array: a header row of periods, a row per line and measure.
 * @customfunction TABLE
 * @param figures The range of quarterly figures (labels and periods included).
 * @param [detail] "key" (default) for the measures an earnings deck shows, or "full" for every measure.
 * @param [fiscalYearEnd] Month the fiscal year ends, 1 to 12; omitted, inferred from the labels.
 * @param [unit] Unit of the figures: units, thousands, millions, billions or a multiplier; omitted, inferred.
 * @param [ebitda] EBITDA definition: "net-income" (net income + taxes + interest + D&A, the default) or "operating" (operating income + D&A).
 * @returns The KPI table.
 */
export function table(
  figures: unknown[][],
  detail?: unknown,
  fiscalYearEnd?: number,
  unit?: unknown,
  ebitda?: string
): unknown[][] {
  return unwrap(
    tableOf({ values: figures }, { detail, fyEnd: fiscalYearEnd, unit, ebitda }),
    excelError
  );
}

/**
 * The highlight sentences of the figures, one per row.
 * @customfunction HIGHLIGHTS
 * @param figures The range of quarterly figures (labels and periods included).
 * @param [fiscalYearEnd] Month the fiscal year ends, 1 to 12; omitted, inferred from the labels.
 * @param [unit] Unit of the figures: units, thousands, millions, billions or a multiplier; omitted, inferred.
 * @param [ebitda] EBITDA definition: "net-income" (net income + taxes + interest + D&A, the default) or "operating" (operating income + D&A).
 * @returns The highlights.
 */
export function highlights(
  figures: unknown[][],
  fiscalYearEnd?: number,
  unit?: unknown,
  ebitda?: string
): string[][] {
  return unwrap(
    highlightsOf({ values: figures }, { fyEnd: fiscalYearEnd, unit, ebitda }),
    excelError
  );
}

/**
 * The issues found in the figures: cell, severity and message, errors first.
 * @customfunction CHECK
 * @requiresParameterAddresses
 * @param figures The range of quarterly figures (labels and periods included).
 * @param [fiscalYearEnd] Month the fiscal year ends, 1 to 12; omitted, inferred from the labels.
 * @param [unit] Unit of the figures: units, thousands, millions, billions or a multiplier; omitted, inferred.
 * @param [ebitda] EBITDA definition: "net-income" (net income + taxes + interest + D&A, the default) or "operating" (operating income + D&A).
 * @param invocation Where the figures are, so the issues name their cells.
 * @returns The issues under a header row.
 */
export function check(
  figures: unknown[][],
  fiscalYearEnd: number | undefined,
  unit: unknown,
  ebitda: string | undefined,
  invocation: CustomFunctions.Invocation
): string[][] {
  const address = invocation.parameterAddresses?.[0];
  return unwrap(
    checkOf({ values: figures, address }, { fyEnd: fiscalYearEnd, unit, ebitda }),
    excelError
  );
}

/**
 * Growth of a figure over its base (current / base − 1); #N/A when the base is zero, a loss or missing.
 * @customfunction GROWTH
 * @param current The figure of the period.
 * @param base The figure of the comparable period.
 * @returns The growth, or #N/A with the reason.
 */
export function growth(current: unknown, base: unknown): number {
  return unwrap(growthOf(current, base), excelError);
}
