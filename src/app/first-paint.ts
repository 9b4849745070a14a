// The first paint of a deep link to the explorer's data-path table, drawn without React as soon
// as the catalog is in: the link's rows, in the link's language, with the same selection the app
// uses (view/selection.ts), so a link pasted in chat shows its answer before the app's code has
// loaded. The app's first render replaces it (createRoot clears #root). Anything it cannot draw
// exactly as the app would (another view or table, a sort, an opened row, a link value the app
// will name as ignored) keeps the neutral frame that index.html painted.
//
// It draws from the parsed catalog before the schema has judged it, so that validation is off the
// critical path: the app validates the same data next and, if it fails, replaces this paint with
// the catalog error. A catalog of another shape is not drawn at all, and a drawing that throws
// leaves the frame as it was (the table is put in only once it is complete).
import { CATALOG_SCHEMA_VERSION } from '../catalog/ids.ts';
import type { Catalog } from '../catalog/schema.ts';
import type { Language } from '../catalog/languages.ts';
import { detectLanguage } from '../i18n/detect-language.ts';
import { toDom } from '../prerender/markup-tree.ts';
import { staticTable } from '../prerender/static-table.ts';
import { filterPaths } from '../view/selection.ts';
import { parseUrlState } from '../view/url-state.ts';
import type { ViewState } from '../view/view-state.ts';
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enExplorer from '../../locales/en/explorer.json' with { type: 'json' };
import jaCommon from '../../locales/ja/common.json' with { type: 'json' };
import jaExplorer from '../../locales/ja/explorer.json' with { type: 'json' };

const WORDS = {
  ja: { common: jaCommon, explorer: jaExplorer },
  en: { common: enCommon, explorer: enExplorer },
} as const;

/** What the drawing reads, checked before it reads it; the rest is the schema's job, in the app. */
const drawable = (data: unknown): data is Catalog => {
  if (typeof data !== 'object' || data === null) return false;
  const catalog = data as Partial<Record<keyof Catalog, unknown>>;
  return (
    catalog.schemaVersion === CATALOG_SCHEMA_VERSION &&
    Array.isArray(catalog.dataPaths) &&
    Array.isArray(catalog.notes)
  );
};

/** The data-path table in catalog order with no row opened: what the static table draws. */
const drawnStatically = (state: ViewState) =>
  state.view === 'explorer' && state.table === 'paths' && state.sort === null && !state.open;

/** The caption and the status line, in the link's language. */
function words(lang: Language, shown: number, total: number) {
  const { common, explorer } = WORDS[lang];
  const summary = explorer.results.summary
    .replace('{{shown}}', String(shown))
    .replace('{{total}}', String(total));
  return { caption: `${explorer.tables.paths}: ${summary}`, status: common.firstPaint };
}

/**
 * Removes the default table prerendered into index.html when the page shows the frame instead
 * (public/early.js): it would never be shown, and its rows would stand beside the first paint's
 * in the page (two rows of one id for a script or a test looking for it).
 */
export function dropHiddenPrerender(doc: Document): void {
  if (doc.documentElement.dataset.firstPaint === 'frame')
    doc.querySelector('[data-prerender]')?.remove();
}

/**
 * Draws the link's table into the neutral frame of its language (scripts/vite-prerender.ts);
 * returns whether it did. Not for the exact default view, whose table index.html already holds.
 */
export function paintFirstView(catalog: unknown, search: string, doc: Document): boolean {
  if (!drawable(catalog)) return false;
  const params = new URLSearchParams(search);
  const { state, problems } = parseUrlState(params);
  if (problems.length > 0 || !drawnStatically(state)) return false;
  const lang = detectLanguage(search, navigator.languages ?? []);
  const main = doc.querySelector(`[data-first-frame="${lang}"] main`);
  const status = main?.querySelector('[role="status"]');
  if (!main || !status || doc.documentElement.dataset.firstPaint !== 'frame') return false;

  const paths = filterPaths(catalog, state);
  const text = words(lang, paths.length, catalog.dataPaths.length);
  const holder = doc.createElement('div');
  holder.setAttribute('data-first-view', lang);
  holder.appendChild(toDom(staticTable(paths, lang, text.caption), doc));
  main.appendChild(holder);
  status.textContent = text.status;
  return true;
}
