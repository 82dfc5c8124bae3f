/**
 * The check use case (the pane's Check view): analyse the source — issues and KPIs — and write nothing.
 * Errors come back as values.
 */
import type { Analysis } from "../core/analyse";
import type { StoredSettings, WorkbookPort } from "../workbook/port";
import { analyseSource } from "./analyseSource";

export type CheckResult =
  { ok: true; analysis: Analysis; address: string } | { ok: false; message: string };

export interface CheckOptions {
  now?: Date;
}

export async function check(
  port: WorkbookPort,
  stored: StoredSettings,
  opts: CheckOptions = {}
): Promise<CheckResult> {
  const result = await analyseSource(port, stored, opts.now ? { now: opts.now } : {});
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, analysis: result.analysis, address: result.address };
}
