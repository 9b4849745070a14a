import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import { DEFAULT_STATE } from '../../view/view-state.ts';
import { ExportControl } from '../export/export-control.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import { FilterPanel } from './filter-panel.tsx';
import type { Facets } from '../../view/facets.ts';
import { FilterSummary } from './filter-summary.tsx';
import { ViewSwitch } from './view-switch.tsx';
import { UrlProblems, type ShownProblem } from '../url-problems.tsx';
import { useView } from '../../view/use-view.ts';

/** The explorer's frame around one table: filters, link problems, table switch, counts, actions. */
export function ExplorerLayout(props: {
  catalog: Catalog;
  /** The ids of the rows shown, in the order shown (the export follows them). */
  shownIds: string[];
  facets: Facets;
  total: number;
  /** The view's name in the results heading; the table's name by default. */
  title?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('explorer');
  const { t: tl } = useTranslation('labels');
  const { catalog } = props;
  const { state, problems, update, currentSearch } = useView();
  const shown = props.shownIds.length;
  // Looked up only when a row is open: not on every keystroke.
  const isKnownRow = (id: string) =>
    catalog.dataPaths.some((r) => r.id === id) || catalog.firewallRules.some((r) => r.id === id);
  const shownProblems: ShownProblem[] = [
    ...problems,
    ...(state.open && !isKnownRow(state.open)
      ? [{ key: 'open' as const, value: state.open, reason: 'unknown-row' as const }]
      : []),
  ];

  // A link to an open row lands on that row.
  useEffect(() => {
    if (state.open)
      document.getElementById(`row-${state.open}`)?.scrollIntoView({ block: 'center' });
  }, [state.open]);

  // Filters start open on a wide screen and folded on a phone, where the table matters first.
  const [filtersOpen] = useState(() => window.matchMedia('(min-width: 1024px)').matches);

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <aside aria-labelledby="filters-heading" className="print:hidden">
        <details open={filtersOpen}>
          <summary className="cursor-pointer lg:hidden">
            <h2 id="filters-heading" className="inline text-lg font-semibold">
              {t('filters.heading')}
            </h2>
          </summary>
          <div className="mt-3">
            <FilterPanel facets={props.facets} state={state} update={update} />
          </div>
        </details>
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0 space-y-3">
        <UrlProblems problems={shownProblems} />
        <ViewSwitch />
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
            {props.title ?? t(`tables.${state.table}`)}:{' '}
            {t('results.summary', { shown, total: props.total })}
          </h2>
          <CopyLinkButton currentSearch={currentSearch} />
          <ExportControl catalog={catalog} state={state} rowIds={props.shownIds} />
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded border border-slate-500 px-3 py-1 print:hidden"
          >
            {t('results.print')}
          </button>
          <button
            type="button"
            onClick={() => update({ ...DEFAULT_STATE, view: state.view, table: state.table })}
            className="rounded border border-slate-500 px-3 py-1 print:hidden"
          >
            {t('filters.clearAll')}
          </button>
        </div>
        {(state.from || state.to) && (
          <p className="flex flex-wrap items-center gap-2" data-testid="pair-filter">
            {t('filters.pair', {
              from: state.from ? tl(`endpoint.${state.from}`) : '*',
              to: state.to ? tl(`endpoint.${state.to}`) : '*',
            })}
            <button
              type="button"
              onClick={() => update({ from: null, to: null })}
              className="rounded border border-slate-500 px-2 py-0.5 text-sm print:hidden"
            >
              {t('filters.clearPair')}
            </button>
          </p>
        )}
        <FilterSummary state={state} />
        {shown === 0 && <p>{t('results.none')}</p>}
        {props.children}
      </section>
    </div>
  );
}
