import type { Settings } from "../settings";
import type { Unit } from "./types";
import { isCountUnit, moneyUnit } from "./units";

/**
 * A figure in a unit of `fromScale` expressed in `toScale`: value × fromScale / toScale.
 * Divides by an exact ratio when shrinking so that 1,234 thousands reads as 1.234 millions, not 1.2340000000000002.
 */
export function rescale(value: number, fromScale: number, toScale: number): number {
  if (fromScale === toScale) return value;
  return fromScale > toScale ? value * (fromScale / toScale) : value / (toScale / fromScale);
}

/** The unit scale the settings give (1e6 for millions): settings.unitScale when it is a number > 0, else 1. */
export function settingsScale(settings: Settings): number {
  const scale = settings.unitScale;
  return scale !== undefined && Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** Whether a line's unit (or absence of one) makes it money. Count units and rates never are. */
export function isMoneyUnit(unit: Unit | null): boolean {
  return unit === null || (!isCountUnit(unit) && (unit.currency !== undefined || unit.scale !== 1));
}

/**
 * The money unit a block's figures are scaled to: a header note ("JPY in millions") first, then the most
 * common unit of the unit column, then the settings (reporting currency, unit scale). Null when nothing says.
 */
export function chooseMoneyBase(
  note: Unit | null,
  lineUnits: (Unit | null)[],
  settings: Settings
): Unit | null {
  if (note)
    return note.currency === undefined && settings.reportingCurrency
      ? moneyUnit(settings.reportingCurrency, note.scale)
      : note;
  const counts = new Map<string, { unit: Unit; n: number }>();
  for (const u of lineUnits) {
    if (!u) continue;
    const entry = counts.get(u.label) ?? { unit: u, n: 0 };
    entry.n++;
    counts.set(u.label, entry);
  }
  let best: { unit: Unit; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  if (best) {
    const u = best.unit;
    return u.currency === undefined && settings.reportingCurrency
      ? moneyUnit(settings.reportingCurrency, u.scale)
      : u;
  }
  if (settings.reportingCurrency !== undefined || settings.unitScale !== undefined)
    return moneyUnit(settings.reportingCurrency, settingsScale(settings));
  return null;
}

/**
 * The unit and factor of one money line against the base: same currency (or one side unknown) → the base
 * unit with factor lineScale / baseScale; another currency → its own unit, factor 1; no unit → the base.
 */
export function moneyLine(
  lineUnit: Unit | null,
  base: Unit | null
): { unit: Unit; factor: number; fromScale: number; toScale: number } {
  if (lineUnit && base) {
    const sameCurrency =
      lineUnit.currency === undefined ||
      base.currency === undefined ||
      lineUnit.currency === base.currency;
    if (sameCurrency)
      return {
        unit: base,
        factor: lineUnit.scale / base.scale,
        fromScale: lineUnit.scale,
        toScale: base.scale,
      };
    return { unit: lineUnit, factor: 1, fromScale: 1, toScale: 1 };
  }
  const unit = lineUnit ?? base ?? { scale: 1, label: "" };
  return { unit, factor: 1, fromScale: 1, toScale: 1 };
}
