// The page languages, apart from the UI text itself: the link parser and the pure layers need
// to know the languages without loading every locale file.
export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  (LANGUAGES as readonly unknown[]).includes(value);

/** The first of a link's `lang` values that reads as a language (trimmed), or null. */
export const firstLanguage = (values: readonly string[]): Language | null =>
  values.map((value) => value.trim()).find(isLanguage) ?? null;
