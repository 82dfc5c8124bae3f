/**
 * QUARTERDECK.CHECK: the issues of the figures (errors first), as rows of cell, severity and message under a
 * header row. A range the reader finds without figures is one row with the reader's issue, not an error: the
 * check is what tells the user why.
 */
import type { Issue } from "../core/issue";
import type { AnalysisCache } from "./analysis-cache";
import { sharedCache, type Figures } from "./analysis-of";
import { fnMessages } from "./messages";
import { badArgument, ok, type FnResult } from "./result";
import { settingsOf, type FnSettingsArgs } from "./settings";
import { toSourceRange } from "./source";

export const CHECK_HEADER = ["Cell", "Severity", "Message"] as const;

export function issueRows(issues: readonly Issue[]): string[][] {
  return [[...CHECK_HEADER], ...issues.map((i) => [i.cell ?? "", i.severity, i.message])];
}

export function checkOf(
  figures: Figures,
  args: FnSettingsArgs,
  cache: AnalysisCache = sharedCache
): FnResult<string[][]> {
  if (!Array.isArray(figures.values) || figures.values.length === 0)
    return badArgument(fnMessages.emptyRange);
  const settings = settingsOf(args);
  if (!settings.ok) return settings;
  const analysis = cache.get(toSourceRange(figures.values, figures.address), settings.value);
  return ok(issueRows(analysis.issues));
}
