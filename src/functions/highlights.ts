/** QUARTERDECK.HIGHLIGHTS: the summary's highlight sentences, one per row. */
import type { AnalysisCache } from "./analysis-cache";
import { analysisOf, type Figures } from "./analysis-of";
import { fnMessages } from "./messages";
import { notAvailable, ok, type FnResult } from "./result";
import type { FnSettingsArgs } from "./settings";

export function highlightsOf(
  figures: Figures,
  args: FnSettingsArgs,
  cache?: AnalysisCache
): FnResult<string[][]> {
  const analysis = analysisOf(figures, args, cache);
  if (!analysis.ok) return analysis;
  const lines = analysis.value.highlights;
  return lines.length === 0 ? notAvailable(fnMessages.noHighlights) : ok(lines.map((h) => [h]));
}
