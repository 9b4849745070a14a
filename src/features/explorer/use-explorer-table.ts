// Builds the TanStack table for the current view: data paths or firewall rules. All its state
// (filters, global text filter, sorting) is derived from ExplorerState, i.e. from the URL.
import { functionalUpdate, useTable, type TableOptions } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import type { ExplorerState } from '../../filters/explorer-state.ts';
import { pathHaystack, ruleHaystack } from '../../filters/filter-rows.ts';
import { matchesText } from '../../filters/text-search.ts';
import type { Language } from '../../i18n/resources.ts';
import { pathColumnFilters, pathColumns } from './path-columns.ts';
import { ruleColumnFilters, ruleColumns } from './rule-columns.ts';
import { fromSorting, toSorting } from './sorting-state.ts';
import { explorerFeatures, type ExplorerFeatures } from './table-features.ts';
import type { UpdateExplorer } from './use-explorer-state.ts';

interface Options<TData extends { id: string }> {
  data: TData[];
  columns: TableOptions<ExplorerFeatures, TData>['columns'];
  /** The one column the free-text filter is attached to (it searches the whole row). */
  searchColumn: string;
  columnFilters: { id: string; value: unknown }[];
  /** The row's normalised search text (built once per row, see filter-rows.ts). */
  haystackOf: (row: TData) => string;
  state: ExplorerState;
  update: UpdateExplorer;
  hidden?: Record<string, boolean>;
}

function useExplorerTable<TData extends { id: string }>(o: Options<TData>) {
  const sorting = toSorting(o.state.sort);
  return useTable({
    features: explorerFeatures,
    columns: o.columns,
    data: o.data,
    getRowId: (row) => row.id,
    state: {
      columnFilters: o.columnFilters,
      globalFilter: o.state.q,
      sorting,
      columnVisibility: o.hidden ?? {},
    },
    // Every column sorts ascending first (TanStack would start numbers descending).
    sortDescFirst: false,
    onSortingChange: (updater) =>
      o.update({ sort: fromSorting(functionalUpdate(updater, sorting)) }),
    // The free-text search runs once per row, over a haystack prepared from all its texts.
    getColumnCanGlobalFilter: (column) => column.id === o.searchColumn,
    globalFilterFn: (row, _columnId, query: string) =>
      matchesText(o.haystackOf(row.original), query),
  });
}

export function usePathsTable(
  catalog: Catalog,
  state: ExplorerState,
  update: UpdateExplorer,
  language: Language,
) {
  const { t } = useTranslation('labels');
  const columns = useMemo(
    () =>
      pathColumns({
        dir: state.dir,
        authScope: state.authScope,
        language,
        endpointLabel: (id) => t(`endpoint.${id}`),
      }),
    [state.dir, state.authScope, language, t],
  );
  return useExplorerTable({
    data: catalog.dataPaths,
    columns,
    columnFilters: pathColumnFilters(state),
    haystackOf: (row) => pathHaystack(row, catalog.notes),
    searchColumn: 'path',
    state,
    update,
    hidden: { role: false, pair: false },
  });
}

export function useRulesTable(catalog: Catalog, state: ExplorerState, update: UpdateExplorer) {
  const columns = useMemo(() => ruleColumns(), []);
  return useExplorerTable({
    data: catalog.firewallRules,
    columns,
    columnFilters: ruleColumnFilters(state),
    haystackOf: (row) => ruleHaystack(row, catalog.notes),
    searchColumn: 'name',
    state,
    update,
  });
}
