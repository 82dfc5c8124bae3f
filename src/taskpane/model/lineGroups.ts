import type { MappingRow } from "./understanding";

/** A row of the mapping table with its place in the dataset. */
export interface GroupedLine {
  row: MappingRow;
  index: number;
}

/** The lines of one source, as shown: `lines` are those the search keeps, `total` how many it has. */
export interface LineGroup {
  source: string;
  lines: GroupedLine[];
  total: number;
}

/** Whether a line holds every word of the query (any case) in its label, metric words, id or unit. */
export function lineMatches(row: MappingRow, words: string, query: string): boolean {
  const wanted = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (wanted.length === 0) return true;
  const text = `${row.label} ${words} ${row.metric} ${row.unit}`.toLowerCase();
  return wanted.every((w) => text.includes(w));
}

/**
 * The lines grouped by source in reading order (groups in the order their first line comes), narrowed to those
 * matching `query`; with a query, a group without a match is left out.
 */
export function groupLines(
  rows: readonly MappingRow[],
  query: string,
  wordsOf: (row: MappingRow) => string,
  noSource = ""
): LineGroup[] {
  const groups = new Map<string, LineGroup>();
  rows.forEach((row, index) => {
    const source = row.source ?? noSource;
    let group = groups.get(source);
    if (!group) {
      group = { source, lines: [], total: 0 };
      groups.set(source, group);
    }
    group.total += 1;
    if (lineMatches(row, wordsOf(row), query)) group.lines.push({ row, index });
  });
  const out = [...groups.values()];
  return query.trim() === "" ? out : out.filter((g) => g.lines.length > 0);
}
