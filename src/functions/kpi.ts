/**
 * QUARTERDECK.KPI: one figure of the engine. The line by label or id, the measure (value by default), the
 * period as written or the latest with a figure of the line. A figure the engine calls n.m. is #N/A with the
 * engine's reason; it is never replaced by a number.
 */
import type { KpiKind } from "../core/compute/types";
import type { AnalysisCache } from "./analysis-cache";
import { analysisOf, type Figures } from "./analysis-of";
import { KPI_KINDS, lookupOf, normaliseName } from "./lookup";
import { fnMessages } from "./messages";
import { badArgument, notAvailable, ok, type FnResult } from "./result";
import type { FnSettingsArgs } from "./settings";

const blank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** The measure argument: a kind of KpiKind (case and spaces ignored; "share change" = share_change), value when omitted. */
export function parseKpiKind(v: unknown): FnResult<KpiKind> {
  if (blank(v)) return ok("value");
  const text = normaliseName(String(v)).replace(/[ -]/g, "_");
  const kind = KPI_KINDS.find((k) => k === text);
  return kind ? ok(kind) : badArgument(fnMessages.unknownKpi(String(v), KPI_KINDS));
}

export interface KpiArgs extends FnSettingsArgs {
  line: unknown;
  kpi?: unknown;
  period?: unknown;
}

export function kpiOf(figures: Figures, args: KpiArgs, cache?: AnalysisCache): FnResult<number> {
  if (blank(args.line)) return badArgument(fnMessages.blankLine);
  const kind = parseKpiKind(args.kpi);
  if (!kind.ok) return kind;
  const analysis = analysisOf(figures, args, cache);
  if (!analysis.ok) return analysis;
  const look = lookupOf(analysis.value);
  const line = String(args.line);
  const shared = look.ambiguous(line);
  if (shared.length > 0) return badArgument(fnMessages.ambiguousLine(line, shared));
  const metric = look.metricOf(line);
  if (metric === null) return badArgument(fnMessages.unknownLine(line));
  const label = look.labelOf(metric);
  let period: string;
  if (blank(args.period)) {
    const latest = look.latestOf(metric);
    if (latest === null) return notAvailable(fnMessages.noLatest(label));
    period = latest.label;
  } else {
    const given = typeof args.period === "number" ? String(args.period) : String(args.period);
    const found = look.periodOf(given);
    if (found === null) return badArgument(fnMessages.unknownPeriod(given));
    period = found.label;
  }
  const k = look.kpi(metric, period, kind.value);
  if (k === undefined) return notAvailable(fnMessages.notComputed(label, kind.value, period));
  if (k.value === null || !Number.isFinite(k.value))
    return notAvailable(fnMessages.notMeaningful(label, kind.value, period, k.note));
  return ok(k.value);
}
