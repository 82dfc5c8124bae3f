/**
 * Analyse a source: read the stored source and the cells its settings point at (the FX-rate cell) through the
 * workbook port, then run the core's `analyse` on them. Writes nothing. The one path from a workbook to an
 * analysis: the check and refresh use cases both run it, so they report the same issues and KPIs.
 */
import { analyse, type Analysis } from "../core/analyse";
import type { Dataset } from "../core/read/types";
import type { Issue } from "../core/issue";
import type { StoredSettings, WorkbookPort } from "../workbook/port";
import { reasonOf } from "../workbook/reason";
import { appMessages } from "./messages";
import { readSource } from "./readSource";
import { yieldToHost } from "./yieldToHost";

/** The stages of an analysis, in order, as a UI reports them. */
export type AnalyseStage = "reading" | "checking" | "computing";

export interface AnalyseSourceOptions {
  /** Stamps the summary; tests pass a fixed date. */
  now?: Date;
  /** Called as each stage starts; a listener that throws does not stop the analysis. */
  onStage?: (stage: AnalyseStage) => void;
}

export type SourceAnalysis =
  | { ok: true; analysis: Analysis; address: string }
  | { ok: false; stage: AnalyseStage; message: string; analysis?: Analysis };

/** No figures at all: the reader's own message when it gave one, else ours with the address. */
export function noFiguresMessage(
  dataset: Dataset,
  issues: readonly Issue[],
  address: string
): string | null {
  if (dataset.series.length > 0 && dataset.periods.length > 0) return null;
  return issues.find((i) => i.code === "no-figures")?.message ?? appMessages.noFigures(address);
}

export async function analyseSource(
  port: WorkbookPort,
  stored: StoredSettings,
  opts: AnalyseSourceOptions = {}
): Promise<SourceAnalysis> {
  const stage = (s: AnalyseStage): void => {
    try {
      opts.onStage?.(s);
    } catch {
      // A broken progress listener must not break the analysis.
    }
  };
  stage("reading");
  const read = await readSource(port, stored);
  if (!read.ok) return { ok: false, stage: "reading", message: read.message };

  stage("checking");
  // Let the host paint before the synchronous computation takes the thread.
  await yieldToHost();
  let analysis: Analysis;
  try {
    stage("computing");
    analysis = analyse(
      read.sources.length === 1 ? read.source : read.sources,
      stored.settings,
      opts.now ?? new Date(),
      {
        fxCell: read.fxCell,
      }
    );
  } catch (error) {
    return { ok: false, stage: "computing", message: appMessages.analyseFailed(reasonOf(error)) };
  }
  const none = noFiguresMessage(analysis.dataset, analysis.issues, read.address);
  if (none) return { ok: false, stage: "checking", message: none, analysis };
  return { ok: true, analysis, address: read.address };
}
