// Builds the TanStack table for the current view: data paths or firewall rules. It is given the
// rows the selection kept; it sorts them (from the link's `sort`) and knows the columns.
import { functionalUpdate, useTable, type TableOptions } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataPath, FirewallRule } from '../../catalog/schema.ts';
import type { Language } from '../../catalog/languages.ts';
import { explorerFeatures, type ExplorerFeatures } from '../../components/table-features.ts';
import type { UpdateView } from '../../view/use-view.ts';
import type { ViewState } from '../../view/view-state.ts';
import { pathColumns } from './path-columns.ts';
import { ruleColumns } from './rule-columns.ts';
import { fromSorting, toSorting } from './sorting-state.ts';

function useExplorerTable<TData extends { id: string }>(o: {
  data: TData[];
  columns: TableOptions<ExplorerFeatures, TData>['columns'];
  state: ViewState;
  update: UpdateView;
}) {
  const sorting = toSorting(o.state.sort);
  return useTable({
    features: explorerFeatures,
    columns: o.columns,
    data: o.data,
    getRowId: (row) => row.id,
    state: { sorting },
    // Every column sorts ascending first (TanStack would start numbers descending).
    sortDescFirst: false,
    onSortingChange: (updater) =>
      o.update({ sort: fromSorting(functionalUpdate(updater, sorting)) }),
  });
}

export function usePathsTable(
  paths: DataPath[],
  state: ViewState,
  update: UpdateView,
  language: Language,
) {
  const { t } = useTranslation('labels');
  const columns = useMemo(
    () => pathColumns({ language, endpointLabel: (id) => t(`endpoint.${id}`) }),
    [language, t],
  );
  return useExplorerTable({ data: paths, columns, state, update });
}

export function useRulesTable(rules: FirewallRule[], state: ViewState, update: UpdateView) {
  const columns = useMemo(() => ruleColumns(), []);
  return useExplorerTable({ data: rules, columns, state, update });
}
