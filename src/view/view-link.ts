import type { Language } from '../catalog/languages.ts';
import type { ViewState } from './view-state.ts';
import { serializeUrlState } from './url-state.ts';

/** "?role=cas&dir=in&lang=en": the query string of a view, with the language kept. */
export function searchOf(state: ViewState, lang: Language | null): string {
  const params = serializeUrlState(state);
  if (lang) params.set('lang', lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}
