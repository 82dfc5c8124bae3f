import { parsePeriod, periodKey, yoyBaseKey } from "../periods";
import type { Period } from "../periods/types";
import type { GuidanceItem } from "../settings";
import type { KpiValue } from "./types";
import { evaluate, num, safeDiv, sub } from "./expr";
import type { FigureContext } from "./figures";
import { FORMAT_PERCENT } from "./format";
import { kpiValue } from "./kpi";
import { NOTES } from "./messages";

/** The guidance range's mid-point: (low + high) / 2, or the one bound given. */
export function midPoint(item: GuidanceItem): number | null {
  const { low, high } = item;
  if (low !== undefined && high !== undefined) return (low + high) / 2;
  return low ?? high ?? null;
}

function findEntry(ctx: FigureContext, label: string): { entry?: number; period: Period | null } {
  const byLabel = ctx.timeline.entries.findIndex((e) => e.period.label === label);
  if (byLabel >= 0)
    return { entry: byLabel, period: ctx.timeline.entries[byLabel]?.period ?? null };
  let period: Period | null = null;
  try {
    period = parsePeriod(label, ctx.dataset.calendar);
  } catch {
    period = null;
  }
  const entry = period ? ctx.timeline.byKey.get(periodKey(period)) : undefined;
  return entry === undefined ? { period } : { entry, period };
}

/**
 * Guidance vs actual, one value per settings.guidance item:
 * with an actual: actual / mid − 1 (or actual / (base × (1 + yoy)) − 1), note "in range" / "above guidance" / "below guidance";
 * without: implied growth = mid / yoyBase − 1 (or the guided yoy itself), the note says which.
 */
export function guidanceKpi(ctx: FigureContext, item: GuidanceItem): KpiValue | null {
  const def = ctx.defs.get(item.metric);
  if (!def) return null;
  const { entry, period } = findEntry(ctx, item.period);
  const actual = entry === undefined ? null : ctx.get(item.metric, entry);
  const actualValue = actual ? evaluate(actual.expr) : null;
  let baseKey: string | null = null;
  try {
    baseKey = period ? yoyBaseKey(period) : null;
  } catch {
    baseKey = null;
  }
  const baseEntry = baseKey === null ? undefined : ctx.timeline.byKey.get(baseKey);
  const base = baseEntry === undefined ? null : ctx.get(item.metric, baseEntry);
  const baseLabel =
    baseEntry === undefined ? undefined : ctx.timeline.entries[baseEntry]?.period.label;
  const mid = midPoint(item);
  const make = (expr: Parameters<typeof kpiValue>[4], note: string, withBase = false): KpiValue =>
    kpiValue(
      item.metric,
      def.label,
      item.period,
      "guidance",
      expr,
      FORMAT_PERCENT,
      withBase && baseLabel !== undefined ? { base: baseLabel, note } : { note }
    );

  if (actual && actualValue !== null) {
    let verdict: string = NOTES.guidanceInRange;
    if (item.low !== undefined && actualValue < item.low) verdict = NOTES.guidanceBelow;
    if (item.high !== undefined && actualValue > item.high) verdict = NOTES.guidanceAbove;
    if (mid !== null) return make(sub(safeDiv(actual.expr, num(mid)), num(1)), verdict);
    if (item.yoy !== undefined && base) {
      const expected = evaluate(base.expr);
      const growth = expected !== null && expected > 0 ? actualValue / expected - 1 : null;
      if (growth !== null)
        verdict =
          growth > item.yoy + 0.005
            ? NOTES.guidanceAbove
            : growth < item.yoy - 0.005
              ? NOTES.guidanceBelow
              : NOTES.guidanceInRange;
      return make(sub(safeDiv(actual.expr, base.expr), num(1)), verdict, true);
    }
    return make(null, verdict);
  }
  if (mid !== null && base && baseLabel !== undefined)
    return make(sub(safeDiv(num(mid), base.expr), num(1)), NOTES.guidanceImplied(baseLabel), true);
  if (item.yoy !== undefined)
    return make(num(item.yoy), NOTES.guidanceGrowth(baseLabel ?? item.period), true);
  return make(null, NOTES.guidanceNoActual);
}
