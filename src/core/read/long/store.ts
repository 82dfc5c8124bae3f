/** Table of (series, period slot) → grid row of its figure (−1 for none): dense typed array or sparse map. */

/** Dense (series × period) index tables up to this many cells; a sparse map beyond. */
const DENSE_LIMIT = 8_000_000;

export interface Store {
  get(s: number, p: number): number;
  set(s: number, p: number, k: number): void;
}

export function makeStore(series: number, slots: number): Store {
  if (series * slots <= DENSE_LIMIT) {
    const table = new Int32Array(series * slots).fill(-1);
    return {
      get: (s, p) => table[s * slots + p] as number,
      set: (s, p, k) => {
        table[s * slots + p] = k;
      },
    };
  }
  const map = new Map<number, number>();
  return {
    get: (s, p) => map.get(s * slots + p) ?? -1,
    set: (s, p, k) => {
      map.set(s * slots + p, k);
    },
  };
}
