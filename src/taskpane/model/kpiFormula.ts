/**
 * The QUARTERDECK.KPI call that gives one figure of the pane, or why there is none. The formula reads the
 * source range alone, with no more settings than its arguments carry: it is offered only when that reading is
 * the pane's own (one source; no line corrections, naming, FX, custom ratios or typed guidance in play), so a
 * cell holding it never shows another number than the pane.
 */
import type { Analysis } from "../../core/analyse";
import type { KpiKind } from "../../core/compute/types";
import type { Settings } from "../../core/settings";
import { kpiFormula } from "../../functions/formula";
import { normaliseName } from "../../functions/lookup";

/** Which figure: a line (metric id), a measure and a period label as written. */
export interface FigureRef {
  metric: string;
  kind: KpiKind;
  period: string;
}

export type NoFormulaReason = "several-sources" | "settings" | "measure" | "no-address";

export type KpiFormulaOutcome =
  { ok: true; formula: string } | { ok: false; reason: NoFormulaReason };

/**
 * The line as a formula names it: its label as written when that names it alone, else its metric id (also for a
 * line the engine derived, whose catalog label is long: "ebitda").
 */
export function lineArgument(
  analysis: Pick<Analysis, "dataset" | "kpiList">,
  metric: string
): string {
  const series = analysis.dataset.series;
  const label = series.find((s) => s.metric === metric)?.label;
  if (label === undefined || label.trim() === "") return metric;
  const key = normaliseName(label);
  const shared = series.some((s) => s.metric !== metric && normaliseName(s.label) === key);
  // The function reads a metric id before a label: a label spelling another line's id names that line.
  const isId =
    series.some((s) => s.metric !== metric && s.metric.toLowerCase() === key) ||
    namesOtherKpi(analysis, metric, key);
  return shared || isId ? metric : label.trim();
}

/** Whether a KPI of another metric has the id `key` (lowercase). */
function namesOtherKpi(analysis: Pick<Analysis, "kpiList">, metric: string, key: string): boolean {
  for (const k of analysis.kpiList)
    if (k.metric !== metric && k.metric.toLowerCase() === key) return true;
  return false;
}

/** Settings the function cannot be given that change the figure. */
function unsupported(settings: Settings, figure: FigureRef): NoFormulaReason | null {
  if (figure.kind === "usd") return "measure";
  if (figure.kind === "guidance" && settings.guidance.length > 0) return "settings";
  if (settings.ratioKpis.some((r) => r.id === figure.metric)) return "settings";
  if (settings.labelMap && Object.keys(settings.labelMap).length > 0) return "settings";
  if (settings.naming !== undefined) return "settings";
  return null;
}

/** The formula for `figure` of `analysis`, read with `settings`. */
export function formulaForFigure(
  analysis: Pick<Analysis, "dataset" | "kpiList">,
  settings: Settings,
  figure: FigureRef
): KpiFormulaOutcome {
  const { dataset } = analysis;
  if ((dataset.sources?.length ?? 1) > 1) return { ok: false, reason: "several-sources" };
  const why = unsupported(settings, figure);
  if (why) return { ok: false, reason: why };
  const formula = kpiFormula({
    sheet: dataset.source.sheet,
    range: dataset.source.range,
    line: lineArgument(analysis, figure.metric),
    kpi: figure.kind,
    period: figure.period,
    fyEndMonth: settings.fyEndMonth,
    unitScale: settings.unitScale,
    ebitda: settings.ebitda,
  });
  return formula === null ? { ok: false, reason: "no-address" } : { ok: true, formula };
}
