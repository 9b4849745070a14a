import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import { DataTable } from '../../components/data-table.tsx';
import { DEFAULT_STATE } from '../../filters/explorer-state.ts';
import type { Language } from '../../i18n/resources.ts';
import { CopyLinkButton } from './copy-link-button.tsx';
import { FilterPanel } from './filter-panel.tsx';
import { FilterSummary } from './filter-summary.tsx';
import { PathCell } from './path-cells.tsx';
import { RowDetail } from './row-detail.tsx';
import { RuleCell } from './rule-cells.tsx';
import { TableSwitch } from './table-switch.tsx';
import { UrlProblems, type ShownProblem } from './url-problems.tsx';
import { useExplorerState } from './use-explorer-state.ts';
import { usePathsTable, useRulesTable } from './use-explorer-table.ts';
import { rowSearch } from './view-link.ts';

export function ExplorerPage(props: { catalog: Catalog; language: Language; lang: string | null }) {
  const { t } = useTranslation('explorer');
  const { catalog, language } = props;
  const { state, problems, update } = useExplorerState();
  const pathsTable = usePathsTable(catalog, state, update, language);
  const rulesTable = useRulesTable(catalog, state, update);
  const paths = state.table === 'paths';
  const table = paths ? pathsTable : rulesTable;
  const total = paths ? catalog.dataPaths.length : catalog.firewallRules.length;
  const shown = table.getRowModel().rows.length;

  const knownIds = new Set([...catalog.dataPaths, ...catalog.firewallRules].map((r) => r.id));
  const shownProblems: ShownProblem[] = [
    ...problems,
    ...(state.open && !knownIds.has(state.open)
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
  const toggleRow = (id: string) => update({ open: state.open === id ? null : id });
  const headerLabel = (id: string) => t(`columns.${id}` as 'columns.path');

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
            <FilterPanel table={table} state={state} update={update} />
          </div>
        </details>
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0 space-y-3">
        <UrlProblems problems={shownProblems} />
        <TableSwitch state={state} lang={props.lang} />
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
            {t(`tables.${state.table}`)}: {t('results.summary', { shown, total })}
          </h2>
          <CopyLinkButton />
          <button
            type="button"
            onClick={() => window.print()}
            className="rounded border border-slate-500 px-3 py-1 print:hidden"
          >
            {t('results.print')}
          </button>
          <button
            type="button"
            onClick={() => update({ ...DEFAULT_STATE, table: state.table })}
            className="rounded border border-slate-500 px-3 py-1 print:hidden"
          >
            {t('filters.clearAll')}
          </button>
        </div>
        <FilterSummary state={state} />
        {shown === 0 && <p>{t('results.none')}</p>}
        {paths ? (
          <DataTable
            table={pathsTable}
            caption={t('tables.paths')}
            openId={state.open}
            onToggleRow={toggleRow}
            headerLabel={headerLabel}
            renderCell={(row, columnId) => (
              <PathCell row={row} columnId={columnId} state={state} language={language} />
            )}
            renderDetail={(row) => (
              <RowDetail
                row={row}
                catalog={catalog}
                language={language}
                rowLink={rowSearch('paths', row.id, props.lang)}
                inferredEndpoints={row.endpointsInferred}
              />
            )}
          />
        ) : (
          <DataTable
            table={rulesTable}
            caption={t('tables.rules')}
            openId={state.open}
            onToggleRow={toggleRow}
            headerLabel={headerLabel}
            renderCell={(row, columnId) => <RuleCell row={row} columnId={columnId} state={state} />}
            renderDetail={(row) => (
              <RowDetail
                row={row}
                catalog={catalog}
                language={language}
                rowLink={rowSearch('rules', row.id, props.lang)}
              />
            )}
          />
        )}
      </section>
    </div>
  );
}
