// Column definitions of the firewall-rule table (sorting only; the selection filters).
import { createColumnHelper } from '@tanstack/react-table';
import type { FirewallRule } from '../../catalog/schema.ts';
import { ROLE_IDS } from '../../catalog/ids.ts';
import type { ExplorerFeatures } from '../../components/table-features.ts';
import { portColumnOptions, portSortValue } from './port-column.ts';
import { sortByValue } from './sort-values.ts';

const column = createColumnHelper<ExplorerFeatures, FirewallRule>();

export function ruleColumns() {
  return column.columns([
    // Shares of the table (see path-columns.ts); the program takes the rest.
    column.accessor((r) => r.source.ja.name, {
      id: 'name',
      sortFn: sortByValue,
      meta: { width: '28%' },
    }),
    column.accessor((r) => Math.min(...r.roles.map((role) => ROLE_IDS.indexOf(role))), {
      id: 'roles',
      sortFn: sortByValue,
      meta: { width: '20%' },
    }),
    column.accessor(portSortValue, { ...portColumnOptions(), meta: { width: '16%' } }),
    column.accessor((r) => r.program ?? '', {
      id: 'program',
      enableSorting: false,
      meta: { width: '34%' },
    }),
  ]);
}
