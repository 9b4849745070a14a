import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, DataPath } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { DataTable } from '../../components/data-table.tsx';
import { CellTextProvider } from './cell-text.tsx';
import { portMatchKey } from './port-match-key.ts';
import { ExplorerLayout } from '../../shared/frame/explorer-layout.tsx';
import { PathCell } from './path-cells.tsx';
import { RowDetail } from './row-detail.tsx';
import { usePathsTable } from '../../shared/table/use-explorer-table.ts';
import { rowTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import { useSameData } from '../../view/use-same-data.ts';
import type { Selection } from '../../view/selection.ts';
import type { Plan } from '../../plan/plan-types.ts';
import { formatRange, rpcRangeOf } from '../../plan/environment.ts';
import { PlanAnswer } from './plan-answer.tsx';

/** One table of data paths, sorted as the link says. */
function PathsTable(props: { catalog: Catalog; paths: DataPath[]; caption: string }) {
  const { t } = useTranslation('explorer');
  const { catalog } = props;
  const { state, update, language, search } = useView();
  const table = usePathsTable(props.paths, state, update, language);
  return (
    <DataTable
      table={table}
      renderKey={(row) => `${language}|${portMatchKey(row.ports, state.port)}`}
      caption={props.caption}
      openId={state.open}
      onToggleRow={(id) => update((s) => ({ open: s.open === id ? null : id }))}
      headerLabel={(id) => t(`columns.${id}` as 'columns.path')}
      renderCell={(row, columnId) => (
        <PathCell row={row} columnId={columnId} state={state} language={language} />
      )}
      renderDetail={(row) => (
        <RowDetail
          row={row}
          catalog={catalog}
          language={language}
          rowLink={search(rowTarget('paths', row.id))}
          inferredEndpoints={row.endpointsInferred}
          path={row}
        />
      )}
    />
  );
}

/**
 * The answer follows a keystroke in a deferred render, a frame later: the table answers first.
 * Deferred here, not in PathsView, so that the deferred render draws the answer alone.
 */
function DeferredPlanAnswer(props: { plans: Plan[]; catalog: Catalog; language: Language }) {
  const plans = useDeferredValue(props.plans);
  return <PlanAnswer plans={plans} catalog={props.catalog} language={props.language} />;
}

/**
 * The data-path table, under the answer when the view asks about a role, a pair or a port. For
 * a port, paths that match only because the port lies in the dynamic RPC range are folded into
 * one closed group below the paths that name it.
 */
export function PathsView(props: { catalog: Catalog; selection: Selection; plans: Plan[] }) {
  const { t } = useTranslation('explorer');
  const { catalog, selection, plans } = props;
  const { state, language } = useView();
  const folded = useMemo(() => new Set(plans.flatMap((plan) => plan.alsoInRpcRange)), [plans]);
  // The same lists while a keystroke keeps the same rows: the tables then keep their row models.
  const named = useSameData(selection.paths.filter((p) => !folded.has(p.id)));
  const inRange = useSameData(selection.paths.filter((p) => folded.has(p.id)));
  return (
    <ExplorerLayout
      catalog={catalog}
      shownIds={[...named, ...inRange].map((p) => p.id)}
      facets={selection.facets}
      total={catalog.dataPaths.length}
    >
      <DeferredPlanAnswer plans={plans} catalog={catalog} language={language} />
      <CellTextProvider>
        {named.length > 0 && (
          <PathsTable catalog={catalog} paths={named} caption={t('tables.paths')} />
        )}
        {inRange.length > 0 && (
          // Closed under the paths that name the port; open when none does.
          <details className="mt-3" data-testid="also-in-rpc-range" open={named.length === 0}>
            <summary className="cursor-pointer font-semibold">
              {t('answer.alsoInRange', {
                count: inRange.length,
                range: formatRange(rpcRangeOf(state.env)),
              })}
            </summary>
            <PathsTable
              catalog={catalog}
              paths={inRange}
              caption={t('answer.alsoInRangeCaption')}
            />
          </details>
        )}
      </CellTextProvider>
      <p className="mt-2 text-xs">{t('marks.legend')}</p>
    </ExplorerLayout>
  );
}
