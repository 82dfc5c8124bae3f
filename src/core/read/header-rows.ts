/**
 * Period headers written over two rows, as statements print them:
 *
 *     |        Three Months Ended June 30,        |        Six Months Ended June 30,        |
 *     |        2024        |        2023          |        2024        |       2023         |
 *
 * or `FY2024` over `Q1 Q2 Q3 Q4`, or `2024年3月期` over `第1四半期 …`. The upper row's text is carried across the
 * cells it spans (a merged cell holds its text in its first cell only) and joined to the text below it. When the
 * joined labels name at least two periods, and as many as the lower row alone or more, the lower row reads as the
 * joined labels and the upper cells it used are blanked (the rest of the upper row stays, as a title row).
 */
import type { CellValue, Grid } from "../grid/types";
import type { Period } from "../periods/types";
import type { Settings } from "../settings";
import { chooseCalendar, periodParser } from "./calendar";
import { HEADER_SCAN_ROWS } from "./layout";
import { resolveToDate } from "./to-date";

type Parse = (cell: CellValue | undefined) => Period | null;

function textOf(cell: CellValue | undefined): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  return "";
}

/** How many of `cells` are period labels. */
function periodsOf(cells: readonly CellValue[], parse: Parse): { count: number } {
  let count = 0;
  for (const cell of cells) if (parse(cell)) count++;
  return { count };
}

/**
 * Whether a row could hold the lower halves of period labels: two cells or more that are text or a year
 * ("Q1", "June 30, 2024", 2024). A row of figures cannot, and is passed over without parsing.
 */
function mayCompleteLabels(row: readonly CellValue[]): boolean {
  let n = 0;
  for (const cell of row) {
    const label =
      (typeof cell === "string" && cell.trim() !== "") ||
      (typeof cell === "number" && Number.isInteger(cell) && cell >= 1900 && cell <= 2199);
    if (label && ++n >= 2) return true;
  }
  return false;
}

/** The lower row with the upper row's text (carried across blanks) joined in front of each cell. */
function joined(upper: readonly CellValue[], lower: readonly CellValue[]): CellValue[] {
  const out: CellValue[] = [];
  let carried = "";
  const width = Math.max(upper.length, lower.length);
  for (let c = 0; c < width; c++) {
    const above = textOf(upper[c]);
    if (above !== "") carried = above;
    const below = textOf(lower[c]);
    out.push(carried !== "" && below !== "" ? `${carried} ${below}` : (lower[c] ?? ""));
  }
  return out;
}

/** The first row below `r` that is not blank (at most two blank rows down), or `r + 1`. */
export function rowBelow(grid: Grid, r: number): number {
  for (let k = r + 1; k < grid.length && k <= r + 3; k++) {
    if ((grid[k] ?? []).some((cell) => cell !== "" && cell !== undefined)) return k;
  }
  return r + 1;
}

/**
 * The grid with a two-row period header joined into its lower row, or the grid itself when there is none.
 * Looks at the pairs of rows whose upper row is at most `lastUpper`.
 */
export function joinHeaderRows(
  grid: Grid,
  parse: Parse,
  settings: Settings,
  lastUpper = HEADER_SCAN_ROWS - 1
): Grid {
  const rows = Math.min(grid.length - 1, HEADER_SCAN_ROWS, lastUpper + 1);
  for (let r = 0; r < rows; r++) {
    const upper = grid[r];
    // a cell merged down over two rows leaves the row below it blank: the labels are under that
    const below = rowBelow(grid, r);
    const lower = grid[below];
    if (!upper || !lower || !mayCompleteLabels(lower)) continue;
    // a bare 累計 / YTD under a year covers its quarters written before it
    const combined = resolveToDate(joined(upper, lower), parse);
    // the joined labels read under the calendar they imply ("Nine Months Ended June 29" → a September year end)
    const { calendar } = chooseCalendar(combined, settings);
    const parseJoined = periodParser(calendar);
    const both = periodsOf(combined, (cell) => parse(cell) ?? parseJoined(cell));
    if (both.count < 2) continue;
    const alone = periodsOf(lower, parse);
    const above = periodsOf(upper, parse);
    if (both.count < above.count) continue;
    // as many periods as the lower row alone or more: the upper row says what they are ("Year Ended" over
    // "December 31, 2023" is a year, not the quarter that date closes)
    if (both.count >= alone.count) {
      // keep a cell as written where the joined text is no period
      const isPeriod = combined.map((cell) => (parse(cell) ?? parseJoined(cell)) !== null);
      const header = combined.map((cell, c) => (isPeriod[c] ? cell : (lower[c] ?? "")));
      // the upper cells now read in the header are blanked, so the header is found below them
      const title = upper.slice();
      let source = -1;
      for (let c = 0; c < combined.length; c++) {
        if (textOf(upper[c]) !== "") source = c;
        if (isPeriod[c] && source >= 0) title[source] = "";
      }
      const out = grid.slice();
      out[r] = title;
      out[below] = header;
      return out;
    }
  }
  return grid;
}
