/** Words the worksheet functions show in Excel's error tooltips: plain, naming the argument or the figure. */
export const fnMessages = {
  noFigures: (reason: string) => `No figures in the range: ${reason}`,
  emptyRange: "The figures argument is empty.",
  unknownLine: (line: string) =>
    `No line "${line}" in the figures (use a label as written, e.g. "Total revenues", or a metric id).`,
  ambiguousLine: (line: string, ids: readonly string[]) =>
    `"${line}" names ${ids.length} lines: give its metric id instead (${ids.join(", ")}).`,
  blankLine: "The line argument is blank: give a label as written or a metric id.",
  unknownKpi: (kpi: string, known: readonly string[]) =>
    `The kpi argument "${kpi}" is not one of ${known.join(", ")}.`,
  unknownPeriod: (period: string) => `No period "${period}" in the figures.`,
  noLatest: (line: string) => `"${line}" has no figure in any period.`,
  notComputed: (line: string, kpi: string, period: string) =>
    `${line} ${kpi} is not computed for ${period}.`,
  notMeaningful: (line: string, kpi: string, period: string, why: string | undefined) =>
    `${line} ${kpi} in ${period} is n.m.${why ? `: ${why}` : ""}.`,
  badFyEnd: (v: string) => `The fiscal year end argument "${v}" is not a month from 1 to 12.`,
  badUnit: (v: string) =>
    `The unit argument "${v}" is not one of units, thousands, millions, billions or a positive number.`,
  badEbitda: (v: string) =>
    `The ebitda argument "${v}" is not "net-income" (net income + taxes + interest + D&A) or "operating" (operating income + D&A).`,
  badDetail: (v: string) => `The detail argument "${v}" is not "key" or "full".`,
  growthNoCurrent: "The current figure is missing or not a number.",
  growthNoBase: "The base figure is missing or not a number: growth is n.m.",
  growthBaseZero: "The base is zero: growth is n.m.",
  growthBaseLoss: "The base is negative (a loss): growth is n.m.",
  noHighlights: "The figures give no highlights.",
};
