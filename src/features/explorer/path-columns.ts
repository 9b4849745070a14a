// Column definitions of the data-path table. Filtering and facet values come from the pure
// functions in src/filters; the cells themselves are rendered by path-cells.tsx.
import { createColumnHelper } from '@tanstack/react-table';
import { ROLE_IDS, SECTION_IDS, type DataPath, type EndpointId } from '../../catalog/schema.ts';
import { pathMatchesAuth } from '../../filters/auth-match.ts';
import { encryptionClassOf, pathMatchesEncryption } from '../../filters/encryption-match.ts';
import type { AuthScope, Direction, ExplorerState } from '../../filters/explorer-state.ts';
import { pathMatchesPair, pathMatchesRoles } from '../../filters/role-match.ts';
import type { Language } from '../../i18n/resources.ts';
import { portColumnOptions, portSortValue } from './port-column.ts';
import { sortByValue } from './sort-values.ts';
import type { ExplorerFeatures } from './table-features.ts';

const column = createColumnHelper<ExplorerFeatures, DataPath>();

/** Which endpoints a path offers to the role facet, given the direction switch. */
function endpointsFacing(path: DataPath, dir: Direction): EndpointId[] {
  if (dir === 'in') return [path.to];
  if (dir === 'out') return [path.from];
  return path.from === path.to ? [path.from] : [path.from, path.to];
}

function authFacing(path: DataPath, scope: AuthScope) {
  if (scope === 'default') return path.auth.default;
  if (scope === 'supported') return path.auth.supported;
  return [...new Set([...path.auth.default, ...path.auth.supported])];
}

export function pathColumns(opts: {
  dir: Direction;
  authScope: AuthScope;
  language: Language;
  endpointLabel: (id: EndpointId) => string;
}) {
  const order = (id: EndpointId) => (ROLE_IDS as readonly string[]).indexOf(id);
  return column.columns([
    column.accessor((p) => SECTION_IDS.indexOf(p.section) * 100 + p.order, {
      id: 'section',
      sortFn: sortByValue,
      getUniqueValues: (p) => [p.section],
      filterFn: (row, _id, sections: string[]) => sections.includes(row.original.section),
    }),
    column.accessor((p) => p.source[opts.language].path, { id: 'path', sortFn: sortByValue }),
    column.accessor((p) => opts.endpointLabel(p.from), { id: 'from', sortFn: sortByValue }),
    column.accessor((p) => opts.endpointLabel(p.to), { id: 'to', sortFn: sortByValue }),
    column.accessor(portSortValue, portColumnOptions()),
    column.accessor((p) => p.auth.default.join(' '), {
      id: 'auth',
      enableSorting: false,
      getUniqueValues: (p) => authFacing(p, opts.authScope),
      filterFn: (row, _id, value: Pick<ExplorerState, 'auth' | 'authScope'>) =>
        pathMatchesAuth(row.original, value.auth, value.authScope),
    }),
    column.accessor((p) => encryptionClassOf(p.encryption), {
      id: 'encryption',
      enableSorting: false,
      getUniqueValues: (p) => [encryptionClassOf(p.encryption)],
      filterFn: (row, _id, classes: ExplorerState['enc']) =>
        pathMatchesEncryption(row.original, classes),
    }),
    // Filter-only column (hidden): one source-destination pair, as a matrix cell links to.
    column.accessor((p) => `${p.from}>${p.to}`, {
      id: 'pair',
      enableSorting: false,
      filterFn: (row, _id, value: Pick<ExplorerState, 'from' | 'to'>) =>
        pathMatchesPair(row.original, value.from, value.to),
    }),
    // Filter-only column (hidden): the role facet, where a path counts for either end.
    column.accessor((p) => Math.min(order(p.from), order(p.to)), {
      id: 'role',
      enableSorting: false,
      getUniqueValues: (p) => endpointsFacing(p, opts.dir),
      filterFn: (row, _id, value: Pick<ExplorerState, 'roles' | 'dir'>) =>
        pathMatchesRoles(row.original, value.roles, value.dir),
    }),
  ]);
}

/** ExplorerState -> TanStack column filters of the data-path table (defaults left out). */
export function pathColumnFilters(state: ExplorerState) {
  return [
    ...(state.sections.length ? [{ id: 'section', value: state.sections }] : []),
    ...(state.port ? [{ id: 'port', value: state.port }] : []),
    ...(state.auth.length
      ? [{ id: 'auth', value: { auth: state.auth, authScope: state.authScope } }]
      : []),
    ...(state.enc.length ? [{ id: 'encryption', value: state.enc }] : []),
    ...(state.roles.length ? [{ id: 'role', value: { roles: state.roles, dir: state.dir } }] : []),
    ...(state.from || state.to ? [{ id: 'pair', value: { from: state.from, to: state.to } }] : []),
  ];
}
