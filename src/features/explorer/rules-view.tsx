import type { Catalog } from '../../catalog/schema.ts';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table.tsx';
import { CellTextProvider } from './cell-text.tsx';
import { portMatchKey } from './port-match-key.ts';
import { ExplorerLayout } from '../../shared/frame/explorer-layout.tsx';
import { RowDetail } from './row-detail.tsx';
import { RuleCell } from './rule-cells.tsx';
import { useRulesTable } from '../../shared/table/use-explorer-table.ts';
import { rowTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import type { Selection } from '../../view/selection.ts';

/** The Windows Firewall rule table. */
export function RulesView(props: { catalog: Catalog; selection: Selection }) {
  const { t } = useTranslation('explorer');
  const { catalog } = props;
  const { state, update, language, search } = useView();
  const table = useRulesTable(props.selection.rules, state, update);
  return (
    <ExplorerLayout
      catalog={catalog}
      shownIds={table.getRowModel().rows.map((r) => r.id)}
      facets={props.selection.facets}
      total={catalog.firewallRules.length}
    >
      <CellTextProvider>
        <DataTable
          table={table}
          renderKey={(row) => `${language}|${portMatchKey(row.ports, state.port)}`}
          caption={t('tables.rules')}
          openId={state.open}
          onToggleRow={(id) => update((s) => ({ open: s.open === id ? null : id }))}
          headerLabel={(id) => t(`columns.${id}` as 'columns.path')}
          renderCell={(row, columnId) => <RuleCell row={row} columnId={columnId} state={state} />}
          renderDetail={(row) => (
            <RowDetail
              row={row}
              catalog={catalog}
              language={language}
              rowLink={search(rowTarget('rules', row.id))}
            />
          )}
        />
      </CellTextProvider>
    </ExplorerLayout>
  );
}
