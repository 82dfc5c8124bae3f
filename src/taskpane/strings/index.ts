import { en, type Strings } from "./en";
import { ja } from "./ja";

export type Locale = "en" | "ja";
export type { Strings };

const locales: Record<Locale, Strings> = { en, ja };
let current: Strings = en;
let currentTag: Locale = "en";

/** The pane's language for a BCP 47 tag ("ja-JP" → ja); English otherwise. */
export function localeOf(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/** Choose the language of the pane (falls back to English). */
export function setLocale(locale: Locale): void {
  current = locales[locale] ?? en;
  currentTag = locales[locale] ? locale : "en";
}

/** The pane's language. */
export function currentLocale(): Locale {
  return currentTag;
}

/** The text (or text-building function) for a key in the current language. */
export function t<K extends keyof Strings>(key: K): Strings[K] {
  return current[key];
}
