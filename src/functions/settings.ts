/**
 * The optional trailing settings arguments of the worksheet functions: fiscal year-end month, unit and the
 * EBITDA definition.
 * Omitted arguments leave the setting to be inferred from the figures, as refresh infers it.
 */
import { DEFAULT_SETTINGS, type EbitdaDefinition, type Settings } from "../core/settings";
import { badArgument, ok, type FnResult } from "./result";
import { fnMessages } from "./messages";

const UNIT_WORDS: Record<string, number> = {
  units: 1,
  unit: 1,
  ones: 1,
  thousands: 1e3,
  thousand: 1e3,
  k: 1e3,
  millions: 1e6,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billions: 1e9,
  billion: 1e9,
  bn: 1e9,
};

const blank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Fiscal year-end month 1–12, or undefined when omitted. */
export function parseFyEnd(v: unknown): FnResult<number | undefined> {
  if (blank(v)) return ok(undefined);
  const n = typeof v === "number" ? v : Number(String(v).trim());
  return Number.isInteger(n) && n >= 1 && n <= 12
    ? ok(n)
    : badArgument(fnMessages.badFyEnd(String(v)));
}

/** Unit scale (1e6 = figures in millions) from a word or a positive number, or undefined when omitted. */
export function parseUnit(v: unknown): FnResult<number | undefined> {
  if (blank(v)) return ok(undefined);
  if (typeof v === "number")
    return v > 0 && Number.isFinite(v) ? ok(v) : badArgument(fnMessages.badUnit(String(v)));
  const text = String(v).trim().toLowerCase();
  const word = UNIT_WORDS[text];
  if (word !== undefined) return ok(word);
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? ok(n) : badArgument(fnMessages.badUnit(String(v)));
}

/** The EBITDA definition: "net-income" (net income + taxes + interest + D&A) or "operating" (operating income + D&A). */
export function parseEbitda(v: unknown): FnResult<EbitdaDefinition | undefined> {
  if (blank(v)) return ok(undefined);
  const text = String(v)
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (text === "net-income" || text === "netincome") return ok("net-income");
  if (text === "operating" || text === "operating-income") return ok("operating");
  return badArgument(fnMessages.badEbitda(String(v)));
}

/** "key" (default) or "full" rows of the KPI table. */
export function parseDetail(v: unknown): FnResult<"key" | "full"> {
  if (blank(v)) return ok("key");
  if (v === true) return ok("full");
  if (v === false) return ok("key");
  const text = String(v).trim().toLowerCase();
  return text === "key" || text === "full"
    ? ok(text)
    : badArgument(fnMessages.badDetail(String(v)));
}

/** The settings a function's figures are analysed with. */
export interface FnSettingsArgs {
  fyEnd?: unknown;
  unit?: unknown;
  ebitda?: unknown;
  detail?: "key" | "full";
}

/** Settings for the core from the optional arguments; a bad argument is #VALUE! naming it. */
export function settingsOf(args: FnSettingsArgs): FnResult<Settings> {
  const fy = parseFyEnd(args.fyEnd);
  if (!fy.ok) return fy;
  const unit = parseUnit(args.unit);
  if (!unit.ok) return unit;
  const ebitda = parseEbitda(args.ebitda);
  if (!ebitda.ok) return ebitda;
  const s: Settings = { ...DEFAULT_SETTINGS, formulas: false };
  if (fy.value !== undefined) s.fyEndMonth = fy.value;
  if (unit.value !== undefined) s.unitScale = unit.value;
  if (ebitda.value !== undefined) s.ebitda = ebitda.value;
  // "key" is the core's default: left unset so KPI and TABLE calls over one range share one analysis.
  if (args.detail === "full") s.summaryDetail = "full";
  return ok(s);
}
