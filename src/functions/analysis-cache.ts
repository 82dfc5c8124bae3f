/**
 * Analyses cached by the content of the range (and the settings and address): a sheet with hundreds of
 * QUARTERDECK.KPI calls over one range analyses it once per change. A small LRU: the most recently used
 * ranges stay; a key that matches is trusted only when the cells match too.
 */
import { analyse, type Analysis } from "../core/analyse";
import type { Grid, SourceRange } from "../core/grid/types";
import type { Settings } from "../core/settings";
import { contentKey, sameGrid } from "./content-key";

/** How many distinct ranges (with their settings) are kept. */
export const CACHE_SIZE = 8;

export type Analyser = (range: SourceRange, settings: Settings) => Analysis;

interface Entry {
  grid: Grid;
  extra: string;
  analysis: Analysis;
}

export interface AnalysisCache {
  /** The analysis of `range` under `settings`, from the cache when the same content was analysed. */
  get(range: SourceRange, settings: Settings): Analysis;
  /** How many times the analyser ran (for tests and measurements). */
  readonly analyses: number;
  clear(): void;
}

/** A cache over `analyser` (the core's `analyse` by default) keeping `size` entries, keyed by `keyOf`. */
export function createAnalysisCache(
  analyser: Analyser = (range, settings) => analyse(range, settings),
  size: number = CACHE_SIZE,
  keyOf: (grid: Grid, extra: string) => string = contentKey
): AnalysisCache {
  const entries = new Map<string, Entry>();
  let analyses = 0;
  return {
    get(range, settings) {
      const extra = JSON.stringify([range.sheet, range.topLeft, settings]);
      const key = keyOf(range.values, extra);
      const hit = entries.get(key);
      if (hit && hit.extra === extra && sameGrid(hit.grid, range.values)) {
        entries.delete(key);
        entries.set(key, hit);
        return hit.analysis;
      }
      const analysis = analyser(range, settings);
      analyses += 1;
      entries.delete(key);
      entries.set(key, { grid: range.values, extra, analysis });
      while (entries.size > size) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return analysis;
    },
    get analyses() {
      return analyses;
    },
    clear() {
      entries.clear();
    },
  };
}
