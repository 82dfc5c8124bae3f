import { cellAddress, parseCellAddress } from "../grid";
import type { CellRef } from "../grid/types";
import type { Issue, IssueCode, Severity } from "../issue";
import { readMessages } from "./messages";
import type { MetricId } from "./types";

/** Issues naming single cells are listed up to this many per code; the rest are counted in one summary issue. */
export const MAX_CELL_ISSUES_PER_CODE = 100;

/**
 * Where the grid being read sits on its sheet. `transposed` is set when a tall range is read through its
 * transpose: grid (r, c) is then sheet cell (c, r) of the block.
 */
export interface ReadContext {
  sheet: string;
  originRow: number;
  originCol: number;
  transposed: boolean;
  issues: Issue[];
  counts: Map<IssueCode, number>;
}

export function createContext(sheet: string, topLeft: string): ReadContext {
  const origin = parseCellAddress(topLeft) ?? { row: 0, col: 0 };
  return {
    sheet,
    originRow: origin.row,
    originCol: origin.col,
    transposed: false,
    issues: [],
    counts: new Map(),
  };
}

/** The sheet cell of grid cell (r, c). */
export function refAt(ctx: ReadContext, r: number, c: number): CellRef {
  return ctx.transposed
    ? { sheet: ctx.sheet, row: ctx.originRow + c, col: ctx.originCol + r }
    : { sheet: ctx.sheet, row: ctx.originRow + r, col: ctx.originCol + c };
}

/** Sheet-qualified A1 address of grid cell (r, c): `Figures!O7`. */
export function addressAt(ctx: ReadContext, r: number, c: number): string {
  return cellAddress(refAt(ctx, r, c));
}

/**
 * Record an issue. Cell-level issues beyond `MAX_CELL_ISSUES_PER_CODE` of one code are only counted;
 * `build` (message, cell, metric, period) is a thunk so that counted issues cost nothing.
 */
export function report(
  ctx: ReadContext,
  severity: Severity,
  code: IssueCode,
  build: () => Omit<Issue, "severity" | "code">
): void {
  const n = (ctx.counts.get(code) ?? 0) + 1;
  ctx.counts.set(code, n);
  if (n > MAX_CELL_ISSUES_PER_CODE) return;
  ctx.issues.push({ severity, code, ...build() });
}

/**
 * The read's issues at positions `from` to `to` (excluded) that name a metric `moved` renames, re-pointed to its
 * new id: a block's (or a run's) own issues follow its lines when they are renamed.
 */
export function repointIssues(
  ctx: ReadContext,
  moved: ReadonlyMap<MetricId, MetricId>,
  from: number,
  to: number = ctx.issues.length
): void {
  for (let i = Math.max(0, from); i < to && i < ctx.issues.length; i++) {
    const issue = ctx.issues[i];
    const id = issue?.metric === undefined ? undefined : moved.get(issue.metric);
    if (issue && id !== undefined) issue.metric = id;
  }
}

/**
 * Count one more issue of `code` without listing it, when the code already has its fill of listed cells;
 * true when it did. Lets a loop over a million rows skip building a `report` thunk per row.
 */
export function countedOnly(ctx: ReadContext, code: IssueCode): boolean {
  const n = ctx.counts.get(code) ?? 0;
  if (n < MAX_CELL_ISSUES_PER_CODE) return false;
  ctx.counts.set(code, n + 1);
  return true;
}

/** The issues of a read, with one summary issue per code that had more cells than were listed. */
export function finishIssues(ctx: ReadContext): Issue[] {
  const out = ctx.issues.slice();
  for (const [code, n] of ctx.counts) {
    if (n <= MAX_CELL_ISSUES_PER_CODE) continue;
    const first = ctx.issues.find((i) => i.code === code);
    out.push({
      severity: first?.severity ?? "error",
      code,
      message: readMessages.more(n - MAX_CELL_ISSUES_PER_CODE, code),
    });
  }
  return out;
}
