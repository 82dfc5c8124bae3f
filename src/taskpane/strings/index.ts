import { en, type Strings } from "./en";

export type Locale = "en";
export type { Strings };

const locales: Record<Locale, Strings> = { en };
let current: Strings = en;

/** Choose the language of the pane (falls back to English). */
export function setLocale(locale: string): void {
  current = locales[locale as Locale] ?? en;
}

/** The text (or text-building function) for a key in the current language. */
export function t<K extends keyof Strings>(key: K): Strings[K] {
  return current[key];
}
