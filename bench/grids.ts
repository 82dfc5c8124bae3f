/** Synthetic inputs for the core benchmark: a wide data book and a long (one row per entry) table. */
import type { CellValue, Grid } from "../src/core/grid/types";

/** Small deterministic PRNG so every run measures the same grid. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/**
 * Wide range: `metrics` rows × `periods` columns, quarters interleaved with fiscal-year columns
 * (`Q1 FY1951 … Q4 FY1951 FY1951 …`), an id column, a label column and a unit column.
 */
export function wideGrid(metrics: number, periods: number): Grid {
  const rand = prng(7);
  const header: CellValue[] = ["id", "label", "unit"];
  const labels: string[] = [];
  for (let year = 1951; labels.length < periods; year++) {
    for (let q = 1; q <= 4 && labels.length < periods; q++) labels.push(`Q${q} FY${year}`);
    if (labels.length < periods) labels.push(`FY${year}`);
  }
  header.push(...labels);
  const grid: Grid = [header];
  for (let m = 0; m < metrics; m++) {
    const row: CellValue[] = [`bench.metric_${m}`, `Metric ${m}`, "USD mn"];
    let level = 100 + rand() * 900;
    let yearSum = 0;
    for (const label of labels) {
      if (label.startsWith("FY")) {
        row.push(Math.round(yearSum));
        yearSum = 0;
      } else {
        level *= 0.97 + rand() * 0.08;
        const v = Math.round(level);
        yearSum += v;
        row.push(v);
      }
    }
    grid.push(row);
  }
  return grid;
}

/**
 * Long table: `rows` data rows (plus a header) of month-end date (Excel serial) | account | segment | amount | unit —
 * a retailer's monthly P&L by store: each (month, account, store) once, ten years that roll up into quarters and years.
 */
export function longGrid(rows: number): Grid {
  const rand = prng(11);
  const accounts = [
    "Net sales",
    "Cost of sales",
    "Operating income",
    "Depreciation and amortization",
    "Capital expenditures",
    "Net income",
  ];
  // Month ends from January 2015 (Excel serial of 2015-01-31 is 42035), 120 months.
  const monthEnds: number[] = [];
  for (let i = 0; i < 120; i++) {
    const y = 2015 + Math.floor(i / 12);
    const m = i % 12; // 0-based
    const lastDay = Date.UTC(y, m + 1, 0);
    monthEnds.push(Math.round(lastDay / 86400000) + 25569);
  }
  const grid: Grid = new Array<CellValue[]>(rows + 1);
  grid[0] = ["Date", "Account", "Segment", "Amount", "Unit"];
  for (let r = 1; r <= rows; r++) {
    // Every (month, account, store) once: 120 months × 6 accounts per store, 1,457 stores for Excel's row limit.
    const i = r - 1;
    const month = monthEnds[i % monthEnds.length] ?? 42035;
    const account = accounts[Math.floor(i / 120) % accounts.length] ?? "Net sales";
    const segment = `Store ${String(Math.floor(i / 720) + 1).padStart(4, "0")}`;
    grid[r] = [month, account, segment, Math.round(rand() * 10000) / 10, "JPY mn"];
  }
  return grid;
}
