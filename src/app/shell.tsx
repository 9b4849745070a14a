import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../catalog/schema.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { LoadError } from '../components/load-error.tsx';
import { retryableLazy } from '../components/retryable-lazy.tsx';
import { ExplorerPage } from '../features/explorer/explorer-page.tsx';
import { UpdateNotice } from '../features/offline/update-notice.tsx';
import { CatalogSummary } from '../features/summary/catalog-summary.tsx';
import { focusViewTabs, useViewTabsShown, VIEW_TABS_ID } from '../shared/frame/view-tabs.ts';
import { DEFAULT_STATE } from '../view/view-state.ts';
import { documentTitle } from './document-title.ts';
import { useCatalog } from './use-catalog.ts';
import { useView } from '../view/use-view.ts';

/** What every page of the shell is given. */
interface PageProps {
  catalog: Catalog;
}

// Views with a page of their own, each loaded only when opened: none is part of the first view.
// Retryable: an import that failed (an old tab after an update) runs again on "Try again".
const CheatSheetPage = retryableLazy(() =>
  import('../features/cheat-sheet/cheat-sheet-page.tsx').then((m) => m.CheatSheetPage),
);
const MapPage = retryableLazy(() => import('../features/map/map-page.tsx').then((m) => m.MapPage));
const MatrixPage = retryableLazy(() =>
  import('../features/matrix/matrix-page.tsx').then((m) => m.MatrixPage),
);
const ScriptsPage = retryableLazy(() =>
  import('../features/scripts/scripts-page.tsx').then((m) => m.ScriptsPage),
);
const CheckPage = retryableLazy(() =>
  import('../features/check/check-page.tsx').then((m) => m.CheckPage),
);

/** Each such view by its `view` value; the explorer is the rest. */
const LAZY_PAGES = new Map<string, (props: PageProps) => ReactNode>([
  ['sheet', (props) => <CheatSheetPage {...props} />],
  ['map', (props) => <MapPage {...props} />],
  ['matrix', (props) => <MatrixPage {...props} />],
  ['scripts', (props) => <ScriptsPage {...props} />],
  ['check', (props) => <CheckPage {...props} />],
]);

export function Shell() {
  const { t } = useTranslation(['common', 'explorer', 'labels']);
  // The view as the link parser reads it (trimmed, the first readable value), never the raw value.
  const { state, language, setLanguage, search } = useView();
  const result = useCatalog();
  const catalog = result?.ok ? result.catalog : null;
  const view = state.view;
  // "Back to the start" of a crashed view: the first page, in the link's language.
  const startSearch = search(DEFAULT_STATE) || '?';
  const lazyPage = LAZY_PAGES.get(view);
  // The title reads only these: a keystroke in the search box leaves it (and i18next) alone.
  const { roles, from, to, port, table } = state;
  const tabsShown = useViewTabsShown();
  const title = useMemo(
    () => documentTitle({ ...DEFAULT_STATE, view, table, roles, from, to, port }, t),
    [view, table, roles, from, to, port, t],
  );
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      {/* The first stop of the tab order: past the filters, straight to the view tabs. */}
      {tabsShown && (
        <a
          href={`#${VIEW_TABS_ID}`}
          onClick={(event) => {
            // Focus the current tab itself; the link's address stays as it is.
            if (focusViewTabs()) event.preventDefault();
          }}
          className="app-chrome sr-only focus:not-sr-only focus:absolute focus:z-10 focus:bg-white focus:p-2 focus:text-slate-900"
        >
          {t('app.skipToViewTabs')}
        </a>
      )}
      <a href="#main" className="app-chrome sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t('app.skipToContent')}
      </a>
      <header className="app-chrome flex flex-wrap items-center justify-between gap-2 border-b border-slate-300 p-3 dark:border-slate-700">
        <div>
          <h1 className="text-xl font-bold">{t('app.title')}</h1>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('app.subtitle')}</p>
        </div>
        <LanguageSwitch value={language} onChange={setLanguage} />
      </header>
      <UpdateNotice />
      <main id="main" className="p-3">
        {result === null && <p role="status">{t('loading')}</p>}
        {result && !result.ok && <LoadError failure={result.failure} />}
        {catalog && lazyPage && (
          <ErrorBoundary key={view} name={view} startSearch={startSearch}>
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              {lazyPage({ catalog })}
            </Suspense>
          </ErrorBoundary>
        )}
        {catalog && !lazyPage && (
          <ErrorBoundary name="explorer" startSearch={startSearch}>
            <ExplorerPage catalog={catalog} />
          </ErrorBoundary>
        )}
      </main>
      {catalog && (
        <footer className="app-chrome space-y-3 print:hidden border-t border-slate-300 p-3 text-sm dark:border-slate-700">
          <CatalogSummary catalog={catalog} />
          <p>
            {t('app.source', {
              title: catalog.document.title[language],
              appliesTo: catalog.document.appliesTo[language],
              updated: catalog.document.updated,
            })}{' '}
            <a className="underline" href={catalog.document.sourceFile}>
              {t('app.sourceLink')}
            </a>
          </p>
        </footer>
      )}
    </div>
  );
}
