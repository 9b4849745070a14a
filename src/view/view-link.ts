import { DEFAULT_STATE, type ExplorerState } from './view-state.ts';
import { serializeUrlState } from './url-state.ts';

/** "?role=cas&dir=in&lang=en": the query string of a view, with the language kept. */
export function viewSearch(state: ExplorerState, lang: string | null): string {
  const params = serializeUrlState(state);
  if (lang) params.set('lang', lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A row's own link: just that row, opened, in its table and language. */
export function rowSearch(table: ExplorerState['table'], id: string, lang: string | null): string {
  return viewSearch({ ...DEFAULT_STATE, table, open: id }, lang);
}
