import { cellAddress } from "../grid";
import { quoteSheetName } from "../grid/sheet-name";
import type { Dataset } from "../read/types";
import type { Settings } from "../settings";
import type { Issue } from "../issue";
import { MONTHS, noteLabels, summaryText } from "./messages";

function qualified(source: Dataset["source"]): string {
  return source.sheet === "" ? source.range : `${quoteSheetName(source.sheet)}!${source.range}`;
}

/**
 * "Figures!A1:M26", the sheet quoted when Excel needs it ("'Q4 pack'!A1:M26"); every source, joined by ", ",
 * when the figures came from several ("'P&L'!A1:H30, Segments!A1:H12").
 */
export function sourceAddress(dataset: Dataset): string {
  const all = dataset.sources;
  return all && all.length > 1 ? all.map(qualified).join(", ") : qualified(dataset.source);
}

/** Local date and time as "2026-11-25 14:05". */
export function formatStamp(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}`;
}

export function ebitdaDefinition(settings: Settings): string {
  return settings.ebitda === "operating"
    ? summaryText.ebitdaOperating
    : summaryText.ebitdaNetIncome;
}

const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

/** "Computed from Figures!A1:M26 on 2026-11-25 14:05 · FY ends March (start-year naming) · EBITDA: net income + …". */
export function buildSubtitle(dataset: Dataset, settings: Settings, now: Date): string {
  const naming =
    dataset.calendar.naming === "start-year"
      ? summaryText.namingStartYear
      : summaryText.namingEndYear;
  return [
    summaryText.computedFrom(sourceAddress(dataset), formatStamp(now)),
    summaryText.fiscalYear(monthName(dataset.calendar.endMonth), naming),
    summaryText.ebitdaNamed(ebitdaDefinition(settings)),
  ].join(" · ");
}

function fxNote(dataset: Dataset, settings: Settings): string {
  const fx = settings.fx;
  if (fx !== undefined) {
    if (!("rate" in fx)) return summaryText.fxCell(fx.from, fx.to, fx.cell);
    return fx.ref
      ? summaryText.fxRateFrom(fx.from, fx.to, String(fx.rate), cellAddress(fx.ref))
      : summaryText.fxRate(fx.from, fx.to, String(fx.rate));
  }
  const row = dataset.series.find((s) => s.metric.startsWith("fx."));
  if (row === undefined) return summaryText.noFx;
  const last = lastFigure(row.values, dataset.periods);
  return last === null
    ? row.label.trim()
    : summaryText.fxRow(row.label.trim(), String(last.value), last.period);
}

/** The last non-null figure of a series, with its period label. */
function lastFigure(
  values: readonly (number | null)[],
  periods: Dataset["periods"]
): { value: number; period: string } | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v))
      return { value: v, period: periods[i]?.label ?? "" };
  }
  return null;
}

/** Settings and source as label/value pairs for the summary sheet. */
export function buildNotes(
  dataset: Dataset,
  settings: Settings,
  issues: readonly Issue[],
  now: Date
): [string, string][] {
  const count = (severity: Issue["severity"]): number =>
    issues.filter((i) => i.severity === severity).length;
  const calendarSource = dataset.calendarInferred ? summaryText.inferred : summaryText.fromSettings;
  return [
    [noteLabels.source, sourceAddress(dataset)],
    [noteLabels.layout, dataset.layout],
    [noteLabels.fiscalYearEnd, `${monthName(dataset.calendar.endMonth)} (${calendarSource})`],
    [
      noteLabels.naming,
      dataset.calendar.naming === "start-year"
        ? summaryText.namingStartYearLong
        : summaryText.namingEndYearLong,
    ],
    [noteLabels.unit, dataset.money.label],
    [noteLabels.ebitda, ebitdaDefinition(settings)],
    [noteLabels.fx, fxNote(dataset, settings)],
    [noteLabels.issues, summaryText.issuesCount(count("error"), count("warning"), count("info"))],
    [noteLabels.computed, formatStamp(now)],
  ];
}
