// Column definitions of the firewall-rule table.
import { createColumnHelper } from '@tanstack/react-table';
import { ROLE_IDS, type FirewallRule } from '../../catalog/schema.ts';
import type { ExplorerState } from '../../filters/explorer-state.ts';
import { ruleMatchesRoles } from '../../filters/role-match.ts';
import { portColumnOptions, portSortValue } from './port-column.ts';
import { sortByValue } from './sort-values.ts';
import type { ExplorerFeatures } from './table-features.ts';

const column = createColumnHelper<ExplorerFeatures, FirewallRule>();

export function ruleColumns() {
  return column.columns([
    column.accessor((r) => r.source.ja.name, { id: 'name', sortFn: sortByValue }),
    column.accessor((r) => Math.min(...r.roles.map((role) => ROLE_IDS.indexOf(role))), {
      id: 'roles',
      sortFn: sortByValue,
      getUniqueValues: (r) => r.roles,
      filterFn: (row, _id, roles: ExplorerState['roles']) => ruleMatchesRoles(row.original, roles),
    }),
    column.accessor(portSortValue, portColumnOptions()),
    column.accessor((r) => r.program ?? '', { id: 'program', enableSorting: false }),
  ]);
}

export function ruleColumnFilters(state: ExplorerState) {
  return [
    ...(state.port ? [{ id: 'port', value: state.port }] : []),
    ...(state.roles.length ? [{ id: 'roles', value: state.roles }] : []),
  ];
}
