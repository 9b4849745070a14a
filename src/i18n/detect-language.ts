import { firstLanguage, isLanguage, type Language } from '../catalog/languages.ts';

/** The link's `lang` wins, then the browser's preferred languages, then Japanese. */
export function detectLanguage(search: string, browserLanguages: readonly string[]): Language {
  // The same reading as the link parser's: trimmed, the first value that is a language.
  const fromLink = firstLanguage(new URLSearchParams(search).getAll('lang'));
  if (fromLink) return fromLink;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'ja';
}
