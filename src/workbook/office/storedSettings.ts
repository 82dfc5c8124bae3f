/**
 * StoredSettings as kept in the workbook: one JSON string under one key. Parsing checks the shape so a damaged
 * or foreign value is reported rather than used; missing optional settings fall back to the defaults.
 */
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings";
import type { SourceRequest, StoredSettings } from "../port";

export const SETTINGS_KEY = "QuarterDeck";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";

function parseSource(v: unknown): SourceRequest | null {
  if (!isObject(v)) return null;
  if (v.kind === "address" && isString(v.address)) return { kind: "address", address: v.address };
  if (v.kind === "name" && isString(v.name)) return { kind: "name", name: v.name };
  if (v.kind === "table" && isString(v.table)) return { kind: "table", table: v.table };
  if (v.kind === "selection") return { kind: "selection" };
  return null;
}

function parseOwned(v: unknown): StoredSettings["owned"] | null | undefined {
  if (v === undefined) return undefined;
  if (
    !isObject(v) ||
    !isString(v.sheet) ||
    !isString(v.table) ||
    !Array.isArray(v.charts) ||
    !v.charts.every(isString)
  )
    return null;
  return { sheet: v.sheet, table: v.table, charts: [...v.charts] };
}

/** StoredSettings from the stored text, or null when it is not valid JSON of version 1. */
export function parseStoredSettings(text: unknown): StoredSettings | null {
  let value: unknown = text;
  if (isString(text)) {
    try {
      value = JSON.parse(text);
    } catch {
      return null;
    }
  }
  if (!isObject(value) || value.version !== 1 || !isObject(value.settings)) return null;
  const source = parseSource(value.source);
  const owned = parseOwned(value.owned);
  if (!source || owned === null) return null;
  // further sources (absent in settings saved before there could be several): one that cannot be read
  // makes the whole value unreadable rather than silently dropping it
  let moreSources: SourceRequest[] | undefined;
  if (value.moreSources !== undefined) {
    if (!Array.isArray(value.moreSources)) return null;
    const parsed = value.moreSources.map(parseSource);
    if (parsed.some((x) => x === null)) return null;
    moreSources = parsed as SourceRequest[];
  }
  // Settings are merged over the defaults so a value saved by an older version keeps working.
  const settings: Settings = { ...DEFAULT_SETTINGS, ...(value.settings as Partial<Settings>) };
  const stored: StoredSettings = { version: 1, source, settings };
  if (moreSources && moreSources.length > 0) stored.moreSources = moreSources;
  if (owned) stored.owned = owned;
  if (isString(value.lastRefreshed)) stored.lastRefreshed = value.lastRefreshed;
  return stored;
}

export function serialiseStoredSettings(settings: StoredSettings): string {
  return JSON.stringify(settings);
}
