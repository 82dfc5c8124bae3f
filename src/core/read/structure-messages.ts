/** What the reader says about the totals and parts it found, in plain words. Every message names the cells. */

/** A line as named in a message: its label and the cell of its label. */
export interface NamedLine {
  label: string;
  cell: string;
}

const MAX_NAMED = 6;

function one(line: NamedLine): string {
  return line.cell === "" ? `“${line.label}”` : `“${line.label}” (${line.cell})`;
}

/** “A” (A3), “B” (A4) and “C” (A5); beyond six lines, “and n more”. */
export function listLines(lines: readonly NamedLine[]): string {
  const shown = lines.slice(0, MAX_NAMED).map(one);
  if (lines.length > MAX_NAMED) return `${shown.join(", ")} and ${lines.length - MAX_NAMED} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1] ?? ""}`;
}

export const structureMessages = {
  partsOf: (total: NamedLine, parts: readonly NamedLine[], periods: number): string =>
    `${one(total)} is the total of ${listLines(parts)}: they add up to it in every period where all ` +
    `are given (${periods}). Each is read as a part of “${total.label}”, with its share of it (no margin).`,
  namedParts: (total: NamedLine, parts: readonly NamedLine[]): string =>
    `${listLines(parts)} are named as parts of ${one(total)} but do not add up to it: each is read as an ` +
    `“of which” line of “${total.label}”, with its share of it (no margin).`,
  bothAddUp: (parts: readonly NamedLine[], totals: readonly NamedLine[]): string =>
    `${listLines(parts)} add up to ${listLines(totals)} alike: the figures cannot tell which total they are ` +
    `parts of, so no share is computed for them. Map them to a segment in the settings to choose.`,
  hintsConflict: (parts: readonly NamedLine[], totals: readonly NamedLine[]): string =>
    `${listLines(parts)} are placed as parts of ${listLines(totals)} by their layout or names, and add up ` +
    `to none of them: no share is computed for them. Check the figures, or map them in the settings.`,
};
