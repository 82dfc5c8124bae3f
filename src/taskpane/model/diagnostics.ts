import type { RoundTrip } from "../../workbook/office/roundTrip";

/** Where the pane runs, as the diagnostics report it. */
export interface PaneEnvironment {
  /** From `Office.context.diagnostics`; null outside Office (the preview in a browser). */
  office: { host: string; platform: string; version: string } | null;
  /** ExcelApi 1.1–1.17, each supported or not; empty outside Office. */
  apiSets: { version: string; supported: boolean }[];
  userAgent: string;
}

/** Consecutive versions with the same answer, as "1.1–1.13" (or "1.4" alone). */
function runsOf(sets: PaneEnvironment["apiSets"], supported: boolean): string[] {
  const runs: string[][] = [];
  let current: string[] | null = null;
  for (const s of sets) {
    if (s.supported === supported) {
      if (!current) runs.push((current = []));
      current.push(s.version);
    } else current = null;
  }
  return runs.map((r) => (r.length === 1 ? r.join("") : `${r[0] ?? ""}–${r[r.length - 1] ?? ""}`));
}

function apiSetLine(sets: PaneEnvironment["apiSets"]): string {
  if (sets.length === 0) return "ExcelApi: not reported";
  const yes = runsOf(sets, true);
  const no = runsOf(sets, false);
  return [
    `ExcelApi supported: ${yes.length ? yes.join(", ") : "none"}`,
    ...(no.length ? [`ExcelApi not supported: ${no.join(", ")}`] : []),
  ].join("\n");
}

function roundTripLine(trip: RoundTrip | null | undefined): string {
  if (!trip) return "Round trip: not run";
  if (trip.ok) {
    const { write, read, remove } = trip.ms;
    const ms = (n: number): string => `${Math.round(n)} ms`;
    return `Round trip on scratch sheet "${trip.sheet}": write ${ms(write)}, read ${ms(read)}, delete ${ms(remove)}, total ${ms(write + read + remove)}`;
  }
  return [
    `Round trip on scratch sheet "${trip.sheet}" failed: ${trip.message}`,
    trip.removed
      ? "The scratch sheet was removed."
      : `The scratch sheet "${trip.sheet}" is still in the workbook: delete it by hand.`,
  ].join("\n");
}

/**
 * The diagnostics as plain text a user can paste into a support request. In English whatever the pane's
 * language, so support reads every report the same way.
 */
export function diagnosticsReport(
  env: PaneEnvironment,
  trip: RoundTrip | null | undefined,
  at: Date
): string {
  const head = `QuarterDeck diagnostics, ${at.toISOString()}`;
  const agent = `User agent: ${env.userAgent || "unknown"}`;
  if (!env.office) return [head, "Not running in Excel (preview in a browser)", agent].join("\n");
  const { host, platform, version } = env.office;
  return [
    head,
    `Host: ${host}`,
    `Platform: ${platform}`,
    `Office version: ${version}`,
    apiSetLine(env.apiSets),
    roundTripLine(trip),
    agent,
  ].join("\n");
}
