/**
 * A fingerprint of a range's content: a 32-bit mix over every cell's type and value, with the range's shape.
 * Equal grids always give equal keys; unequal grids almost always differ, and a cache that uses the key also
 * compares the cells before trusting it (`sameGrid`), so a collision costs a re-analysis, never a wrong figure.
 */
import type { Grid } from "../core/grid/types";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function mix(h: number, x: number): number {
  return Math.imul(h ^ x, 0x01000193) >>> 0;
}

function mixString(h: number, s: string): number {
  let out = mix(h, s.length);
  for (let i = 0; i < s.length; i++) out = mix(out, s.charCodeAt(i));
  return out;
}

/** The content key of a grid and the text of everything else the result depends on (settings, address). */
export function contentKey(grid: Grid, extra: string): string {
  let h = 0x811c9dc5;
  h = mix(h, grid.length);
  h = mix(h, grid[0]?.length ?? 0);
  for (const row of grid) {
    for (const v of row) {
      if (typeof v === "number") {
        f64[0] = v;
        h = mix(mix(mix(h, 1), u32[0] ?? 0), u32[1] ?? 0);
      } else if (typeof v === "string") {
        h = mixString(mix(h, 2), v);
      } else {
        h = mix(h, v ? 3 : 4);
      }
    }
  }
  return `${grid.length}x${grid[0]?.length ?? 0}:${h.toString(16)}:${mixString(0x811c9dc5, extra).toString(16)}`;
}

/** True when two grids hold the same cells (Object.is per cell, so -0/NaN never pass as others). */
export function sameGrid(a: Grid, b: Grid): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r] ?? [];
    const y = b[r] ?? [];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (!Object.is(x[c], y[c])) return false;
  }
  return true;
}
