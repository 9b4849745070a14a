import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table.tsx';
import { CellTextProvider } from './cell-text.tsx';
import { portMatchKey } from './port-match-key.ts';
import type { Language } from '../../catalog/languages.ts';
import { ExplorerLayout, type ExplorerViewProps } from '../../shared/frame/explorer-layout.tsx';
import { PathCell } from './path-cells.tsx';
import { RowDetail } from './row-detail.tsx';
import { usePathsTable } from '../../shared/table/use-explorer-table.ts';
import { rowSearch } from '../../view/view-link.ts';
import type { Selection } from '../../view/selection.ts';

/** The data-path table; only the shown table is built, so each keystroke filters one. */
export function PathsView(props: ExplorerViewProps & { language: Language; selection: Selection }) {
  const { t } = useTranslation('explorer');
  const { catalog, state, update, language } = props;
  const table = usePathsTable(props.selection.paths, state, update, language);
  return (
    <ExplorerLayout
      {...props}
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
              rowLink={rowSearch('paths', row.id, props.lang)}
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
