// Column definitions of the firewall-rule table (sorting only; the selection filters).
import { createColumnHelper } from '@tanstack/react-table';
import { ROLE_IDS, type FirewallRule } from '../../catalog/schema.ts';
import type { ExplorerFeatures } from '../../components/table-features.ts';
import { portColumnOptions, portSortValue } from './port-column.ts';
import { sortByValue } from './sort-values.ts';

const column = createColumnHelper<ExplorerFeatures, FirewallRule>();

export function ruleColumns() {
  return column.columns([
    column.accessor((r) => r.source.ja.name, { id: 'name', sortFn: sortByValue }),
    column.accessor((r) => Math.min(...r.roles.map((role) => ROLE_IDS.indexOf(role))), {
      id: 'roles',
      sortFn: sortByValue,
    }),
    column.accessor(portSortValue, portColumnOptions()),
    column.accessor((r) => r.program ?? '', { id: 'program', enableSorting: false }),
  ]);
}
