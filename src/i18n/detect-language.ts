import { isLanguage, type Language } from './resources.ts';

/** The link's `lang` wins, then the browser's preferred languages, then Japanese. */
export function detectLanguage(search: string, browserLanguages: readonly string[]): Language {
  const fromLink = new URLSearchParams(search).get('lang');
  if (isLanguage(fromLink)) return fromLink;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'ja';
}
