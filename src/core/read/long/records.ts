/**
 * The records of a long table: for each data row its series (account × segment) and its raw period label, kept in
 * typed arrays (no object per row); amounts stay in the grid and are read where a figure is made.
 */
import type { CellValue, Grid } from "../../grid/types";
import type { LongColumns } from "../layout";
import { CELL_NUMBER, readNumberCell, type NumberSlot } from "../numbers";
import { rescale } from "../scale";
import type { Unit } from "../types";
import { parseUnitCell } from "../units";

export interface Records {
  /** Grid row of the first data row (record k is grid row first + k). */
  first: number;
  /** Number of records (data rows, including skipped ones). */
  n: number;
  /** Series of each record, −1 for a row skipped (no period or no label). */
  recSeries: Int32Array;
  /** Index into `rawValues` of each record's period cell. */
  recPeriod: Int32Array;
  /** Distinct period cells, in order of first appearance, and the grid row of each first one. */
  rawValues: CellValue[];
  rawFirstRow: number[];
  seriesLabel: string[];
  seriesSegment: string[];
  seriesFirstRow: number[];
  seriesUnit: (Unit | null)[];
  /** The unit of a unit cell (each distinct cell parsed once). */
  unitOf: (cell: CellValue | undefined) => Unit | null;
}

function text(cell: CellValue | undefined): string {
  if (cell === undefined || typeof cell === "boolean") return "";
  return typeof cell === "number" ? String(cell) : cell;
}

/** A unit parser that reads each distinct cell once (unit cells repeat down a long column). */
function unitCache(): (cell: CellValue | undefined) => Unit | null {
  const units = new Map<CellValue | undefined, Unit | null>();
  let lastCell: CellValue | undefined = "";
  let lastUnit: Unit | null = null;
  return (cell) => {
    if (cell === lastCell) return lastUnit;
    let u = units.get(cell);
    if (u === undefined) {
      u = parseUnitCell(cell);
      units.set(cell, u);
    }
    lastCell = cell;
    lastUnit = u;
    return u;
  };
}

/** One pass over the data rows below `headerRow`: series and period of each. */
export function readRecords(grid: Grid, headerRow: number, cols: LongColumns): Records {
  const first = headerRow + 1;
  const n = Math.max(0, grid.length - first);
  const recSeries = new Int32Array(n).fill(-1);
  const recPeriod = new Int32Array(n);
  const rawIndex = new Map<CellValue, number>();
  const rawValues: CellValue[] = [];
  const rawFirstRow: number[] = [];
  const seriesIndex = new Map<string, Map<string, number>>();
  const seriesLabel: string[] = [];
  const seriesSegment: string[] = [];
  const seriesFirstRow: number[] = [];
  const seriesUnit: (Unit | null)[] = [];
  const unitOf = unitCache();

  for (let r = first; r < grid.length; r++) {
    const row = grid[r];
    if (!row) continue;
    const pcell = row[cols.period];
    if (pcell === undefined || pcell === "" || typeof pcell === "boolean") continue;
    const mcell = row[cols.metric];
    const label = typeof mcell === "string" ? mcell : text(mcell);
    if (label === "" || label.trim() === "") continue;
    let pi = rawIndex.get(pcell);
    if (pi === undefined) {
      pi = rawValues.length;
      rawIndex.set(pcell, pi);
      rawValues.push(pcell);
      rawFirstRow.push(r);
    }
    const segment = cols.segment >= 0 ? text(row[cols.segment]) : "";
    let bySegment = seriesIndex.get(label);
    if (!bySegment) {
      bySegment = new Map();
      seriesIndex.set(label, bySegment);
    }
    let si = bySegment.get(segment);
    if (si === undefined) {
      si = seriesLabel.length;
      bySegment.set(segment, si);
      seriesLabel.push(label.trim());
      seriesSegment.push(segment.trim());
      seriesFirstRow.push(r);
      seriesUnit.push(cols.unit >= 0 ? unitOf(row[cols.unit]) : null);
    }
    recSeries[r - first] = si;
    recPeriod[r - first] = pi;
  }
  return {
    first,
    n,
    recSeries,
    recPeriod,
    rawValues,
    rawFirstRow,
    seriesLabel,
    seriesSegment,
    seriesFirstRow,
    seriesUnit,
    unitOf,
  };
}

/**
 * A reader of amounts: the amount of grid row `r` for series `s` into `slot`, with its status. A row in another
 * scale of the series' currency ("JPY thousands" among "JPY mn" rows) is brought to the series' unit.
 */
export function amountReader(
  grid: Grid,
  cols: LongColumns,
  rec: Records,
  slot: NumberSlot
): (r: number, s: number) => number {
  return (r, s) => {
    const row = grid[r];
    const status = readNumberCell(row?.[cols.amount], slot);
    if (cols.unit >= 0 && status === CELL_NUMBER) {
      const rowUnit = rec.unitOf(row?.[cols.unit]);
      const unit = rec.seriesUnit[s];
      if (
        rowUnit &&
        unit &&
        rowUnit !== unit &&
        rowUnit.scale !== unit.scale &&
        rowUnit.currency === unit.currency
      ) {
        slot.value = rescale(slot.value, rowUnit.scale, unit.scale);
      }
    }
    return status;
  };
}
