/**
 * Where a series' figures came from (`Series.cells`), built on first read. Most reads never look at a cell
 * address (only formulas and issues do), so a line of a wide range keeps just its first cell and the period
 * columns until then — instead of one CellRef object per figure.
 */
import type { CellRef } from "../grid/types";
import type { Series } from "./types";

/** Every field of a series but its cells. */
export type SeriesFields = Omit<Series, "cells">;

/**
 * The cells of a line whose first cell (grid column 0) is `first`: the cell under each period column,
 * down the sheet instead of across when the range was read transposed (a tall range); those at `textAt`
 * (period indexes) hold their number as text.
 */
export function lineCells(
  first: CellRef,
  transposed: boolean,
  periodCols: readonly number[],
  textAt: readonly number[] | null = null
): () => CellRef[] {
  return () => {
    const { sheet, row, col } = first;
    const out: CellRef[] = new Array<CellRef>(periodCols.length);
    for (let j = 0; j < periodCols.length; j++) {
      const c = periodCols[j] as number;
      out[j] = transposed ? { sheet, row: row + c, col } : { sheet, row, col: col + c };
    }
    for (const j of textAt ?? []) {
      const ref = out[j];
      if (ref) ref.text = true;
    }
    return out;
  };
}

/**
 * A series whose `cells` is an own, enumerable property filled on first read (and then always the same
 * array, so references to its CellRefs stay valid). Spreading or serialising the series reads it like any field.
 */
export function withLazyCells(fields: SeriesFields, build: () => (CellRef | null)[]): Series {
  let cells: (CellRef | null)[] | null = null;
  return {
    metric: fields.metric,
    label: fields.label,
    nature: fields.nature,
    unit: fields.unit,
    values: fields.values,
    get cells(): (CellRef | null)[] {
      if (cells === null) cells = build();
      return cells;
    },
    set cells(refs: (CellRef | null)[]) {
      cells = refs;
    },
    factor: fields.factor,
    ...(fields.parent !== undefined ? { parent: fields.parent } : {}),
    ...(fields.unknownLabel ? { unknownLabel: true } : {}),
  };
}
