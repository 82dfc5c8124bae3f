import { suggestMetric } from "./suggest";

/** What the reader tells a finance user, in plain words. Every message names the cell it is about. */
export const readMessages = {
  notANumber: (cell: string, text: string, metric: string, period: string): string =>
    `${cell} holds the text “${text}”, not a number: the KPIs that need ${metric} in ${period} are n.m.`,
  excelError: (cell: string, error: string, metric: string, period: string): string =>
    `${cell} shows the Excel error ${error}: the KPIs that need ${metric} in ${period} are n.m.`,
  unknownPeriod: (cell: string, text: string): string =>
    `${cell} heads a column of figures with “${text}”, which is not a period label QuarterDeck understands ` +
    `(such as 4Q01, Q4 FY2001, FY3/02 or 2002年3月期): that column is left out.`,
  unknownToDate: (cell: string, text: string): string =>
    `${cell} “${text}” is a year-to-date column, but the quarters it adds up cannot be told from the header ` +
    `(its year's first quarters in order, right before or right after it): that column is left out. Label it ` +
    `with its last quarter, such as 第3四半期累計 or 9M FY2025.`,
  groupOverUnknown: (cell: string, label: string, below: string): string =>
    `${cell} “${label}” is written over columns labelled “${below}” and so on, which are not period labels ` +
    `QuarterDeck understands: those columns are left out rather than read as ${label}. Write each column's ` +
    `period in full (such as Q1 FY2025) or in one row.`,
  duplicatePeriod: (cell: string, label: string, first: string): string =>
    `${cell} repeats the period ${label} already given at ${first}: only the first is used.`,
  duplicateEntry: (cell: string, metric: string, period: string, first: string): string =>
    `${cell} gives ${metric} for ${period} a second time (first at ${first}): only the first figure is used.`,
  noPeriods: (range: string): string =>
    `No period labels found in ${range}: QuarterDeck needs a row or column of periods such as 4Q01, FY3/02 or dates.`,
  ambiguousLayout: (row: string, col: string): string =>
    `Numbers in ${row} and in ${col} both read as periods (years or dates), so the figures could run either way: ` +
    `nothing is read. Write the periods as text ("FY2024", "1Q25") or format the dates as dates, or select ` +
    `only the table.`,
  noNumbers: (range: string): string =>
    `No figures found in ${range}: the periods were found but no cell under them holds a number.`,
  emptyRange: (range: string): string =>
    `${range} is empty: select the block of figures, including its period labels.`,
  unknownLabel: (cell: string, label: string, id: string): string => {
    const guess = suggestMetric(label);
    return (
      `${cell}: “${label}” is not a metric QuarterDeck knows; it is read as “${id}” with growth figures, ` +
      `but no margin or total uses it. Map it to a known metric to use it in KPIs.` +
      (guess ? ` Did you mean ${guess.label} (${guess.metric})?` : "")
    );
  },
  unlabelledRow: (cell: string): string =>
    `${cell}: a row of figures without a label is left out; give it a label to read it.`,
  unitUnknown: (cell: string): string =>
    `No unit found for the money figures (from ${cell}): no unit column, no note such as “JPY in millions” and no ` +
    `reporting currency in the settings. They are read as plain numbers; set the unit to show amounts correctly.`,
  fxCellUnread: (cell: string): string =>
    `The FX rate cell ${cell} could not be read: the figures converted at that rate are left out. Check the address in the settings.`,
  fxCellNotRate: (cell: string, text: string): string =>
    `The FX rate cell ${cell} holds “${text}”, not a rate above zero: the figures converted at that rate are left out.`,
  sourceEntity: (source: string, first: string, disagree: number, shared: number): string =>
    `${source} gives ${disagree} of the ${shared} figures it shares with ${first} differently: it is read as a ` +
    `business of its own, its lines named after its sheet and kept apart (no margin or share of the group's totals).`,
  sourceMixed: (source: string, other: string, disagree: number, shared: number): string =>
    `${source} and ${other} give ${disagree} of the ${shared} figures they share differently and the others alike: ` +
    `it cannot be told whether they are one business or two. ${source} is kept apart, its lines named after its ` +
    `sheet; check both sheets, or remove the one that does not belong.`,
  sourceUnit: (source: string, unit: string, from: string): string =>
    `${source} gives no unit for its money figures: they are read in ${unit}, the unit of ${from}.`,
  sourceUnitByFigures: (source: string, unit: string, from: string, shared: number): string =>
    `${source} gives no unit for its money figures, and the ${shared} figures it shares with ${from} are ` +
    `${from}'s in ${unit}: they are read in ${unit}. Add a unit note to ${source} if that is not its unit.`,
  sourceEmpty: (message: string): string => `${message} The other sources are read without it.`,
  sourceCalendar: (source: string, a: string, b: string): string =>
    `${source} reads as a fiscal year ending in month ${b}, the first source as one ending in month ${a}: their ` +
    `periods may not line up; set the fiscal year-end month.`,
  blockRepeats: (cell: string, first: string, metric: string, period: string): string =>
    `${cell} gives ${metric} for ${period} again, the same figure as ${first}: the figure at ${first} is used.`,
  blockDisagrees: (
    first: string,
    a: string,
    cell: string,
    b: string,
    metric: string,
    period: string
  ): string =>
    `${first} gives ${metric} for ${period} as ${a} but ${cell} gives ${b}: the tables disagree, so neither is ` +
    `used and the KPIs that need ${metric} in ${period} are n.m. Correct one of the two cells.`,
  more: (count: number, what: string): string =>
    `${count} more cells have the same problem (${what}); fix the first ones and recheck.`,
};
