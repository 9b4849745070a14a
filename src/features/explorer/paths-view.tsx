import type { Catalog } from '../../catalog/schema.ts';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table.tsx';
import { CellTextProvider } from './cell-text.tsx';
import { portMatchKey } from './port-match-key.ts';
import { ExplorerLayout } from '../../shared/frame/explorer-layout.tsx';
import { PathCell } from './path-cells.tsx';
import { RowDetail } from './row-detail.tsx';
import { usePathsTable } from '../../shared/table/use-explorer-table.ts';
import { rowTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import type { Selection } from '../../view/selection.ts';

/** The data-path table; only the shown table is built, so each keystroke filters one. */
export function PathsView(props: { catalog: Catalog; selection: Selection }) {
  const { t } = useTranslation('explorer');
  const { catalog } = props;
  const { state, update, language, search } = useView();
  const table = usePathsTable(props.selection.paths, state, update, language);
  return (
    <ExplorerLayout
      catalog={catalog}
      shownIds={table.getRowModel().rows.map((r) => r.id)}
      facets={props.selection.facets}
      total={catalog.dataPaths.length}
    >
      <CellTextProvider>
        <DataTable
          table={table}
          renderKey={(row) => `${language}|${portMatchKey(row.ports, state.port)}`}
          caption={t('tables.paths')}
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
      </CellTextProvider>
      <p className="mt-2 text-xs">{t('marks.legend')}</p>
    </ExplorerLayout>
  );
}
