/** The analysis of a figures argument, through the shared cache; a range without figures is #N/A with the reader's reason. */
import type { Analysis } from "../core/analyse";
import { createAnalysisCache, type AnalysisCache } from "./analysis-cache";
import { fnMessages } from "./messages";
import { badArgument, notAvailable, ok, type FnResult } from "./result";
import { settingsOf, type FnSettingsArgs } from "./settings";
import { toSourceRange } from "./source";

/** The cache every worksheet function of the add-in shares (one per runtime). */
export const sharedCache: AnalysisCache = createAnalysisCache();

/** A figures argument: the host's 2-D values and, when known, the range's address. */
export interface Figures {
  values: readonly (readonly unknown[])[];
  address?: string;
}

export function analysisOf(
  figures: Figures,
  args: FnSettingsArgs,
  cache: AnalysisCache = sharedCache
): FnResult<Analysis> {
  if (!Array.isArray(figures.values) || figures.values.length === 0)
    return badArgument(fnMessages.emptyRange);
  const settings = settingsOf(args);
  if (!settings.ok) return settings;
  const analysis = cache.get(toSourceRange(figures.values, figures.address), settings.value);
  if (analysis.noFigures) return notAvailable(fnMessages.noFigures(analysis.noFigures.message));
  return ok(analysis);
}
