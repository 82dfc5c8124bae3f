/** Reading a range of figures into a Dataset (docs/DESIGN.md "Layouts", "Vocabulary"). */
export type {
  BlockInfo,
  BookRatio,
  Dataset,
  Layout,
  MetricId,
  MetricNature,
  Series,
  Unit,
} from "./types";
export { readRange, type ReadResult } from "./read-range";
export { readSources } from "./read-sources";
export { detectFigures, detectTable, type Bounds, type DetectedTable } from "./detect";
export { parseNumberText, readNumberCell, isBlankText, EXCEL_ERRORS } from "./numbers";
export { parseUnitCell, findUnitNote, moneyUnit, moneyLabel } from "./units";
export {
  metricForLabel,
  segmentSlug,
  slugify,
  normaliseLabel,
  SYNONYMS,
  SEGMENTS,
} from "./synonyms";
export { readMessages } from "./messages";
export { knownMetrics, type KnownMetric } from "./vocabulary";
export { cleanMetricId, labelMapKey } from "./label-map";
