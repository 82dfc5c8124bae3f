/**
 * What a catalog entry declares about its KPI: everything the engine and the summary need to know, in one place.
 * The engine reads `inputs`, `formula` (or `define`), `kind`, `nature` and `marginOf`; the summary table reads
 * `summary` (the family the rows sit with and the measures an earnings deck shows); the Excel formula is the
 * rendering of the same expression tree that gives the value.
 */
import type { MetricId, MetricNature } from "../read/types";
import type { Settings } from "../settings";
import type { Expr } from "./expr";
import type { FamilyId } from "./families";
import type { FigureContext, MetricDef, MetricKind } from "./figures";
import type { KpiKind } from "./types";

/** A KPI's name in English (the summary's) and Japanese; `{segment}` stands for a segment's label. */
export interface KpiLabel {
  en: string;
  ja: string;
}

/** Where a metric's rows go in the summary table and which of its measures they show. */
export interface SummaryPlace {
  /** The family the rows sit with (families follow the order of `FAMILIES`). */
  family: FamilyId;
  /** Measures shown at "key" detail (the default), as an earnings deck prints them; "full" shows all. */
  measures: readonly KpiKind[];
  /** Its ratio to revenues reads as a margin (a profit line) rather than as "of revenues" (a cost). */
  profit: boolean;
  /** Its values are in the reporting currency itself (money per unit), not in the money unit. */
  unit?: "currency";
}

export interface CatalogEntry {
  /** The metric it defines; `<segment>` stands for each segment ("gross_profit.<segment>"). */
  id: MetricId;
  label: KpiLabel;
  /** The metrics it needs, in the order `formula` receives their figures; no figure where one is missing. */
  inputs: readonly MetricId[];
  summary: SummaryPlace;
  /** What its values are: money (the default), a count, a rate or money per unit. */
  kind?: MetricKind;
  /** Flow (the default: summed over quarters), stock or rate. */
  nature?: MetricNature;
  /** Denominator of its `margin` measure: revenue.total by default for money flows; null for none. */
  marginOf?: MetricId | null;
  /** Only under these settings (the two EBITDA definitions). */
  when?: (settings: Settings) => boolean;
  /**
   * Its figure for one period from its inputs' figures (same order as `inputs`), as an expression tree
   * (expr.ts): evaluated for the value and rendered as the Excel formula over the source cells.
   */
  formula?: (inputs: Expr[]) => Expr | null;
  /**
   * For entries `formula` cannot say (one metric per segment, a figure the input may also report): the
   * metrics it defines, given those already known. Takes precedence over `formula`.
   */
  define?: (ctx: FigureContext) => MetricDef[];
}

/** The entry's label for a segment ("Gross profit — Systems integration"). */
export function labelFor(label: KpiLabel, segment = "", lang: keyof KpiLabel = "en"): string {
  return label[lang].replace("{segment}", segment);
}
