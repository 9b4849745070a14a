// Every link the app draws leads to one of these targets, so which keys a link keeps is decided
// here, once. Two kinds:
// - the same question in another place (a tab, another role of a one-role view, a matrix cell, a
//   map arrow or box): every filter travels, and a view that does not read one names it;
// - a fresh page for one role (the sheet's "scripts" button, the scripts' "back to the explorer")
//   or one row: only what names that page travels.
import type { EndpointId, RoleId } from '../catalog/schema.ts';
import type { MapEdge, MapNode, RoleMap } from '../diagrams/role-map.ts';
import type { Direction } from '../filters/filter-values.ts';
import { DEFAULT_STATE, type TableId, type ViewId, type ViewState } from './view-state.ts';

/** A view tab: the same filters in another view or table; an open row closes. */
export const tabTarget = (state: ViewState, view: ViewId, table: TableId): ViewState => ({
  ...state,
  view,
  table,
  open: null,
});

/** Another role in a view of one role (sheet, scripts): that view's own settings stay. */
export const roleTarget = (state: ViewState, role: RoleId): ViewState => ({
  ...state,
  roles: [role],
});

/** A role's page in another view, fresh: nothing of the view it is opened from travels. */
export const rolePageTarget = (
  view: ViewId,
  role: RoleId | null,
  dir: Direction = DEFAULT_STATE.dir,
): ViewState => ({ ...DEFAULT_STATE, view, roles: role ? [role] : [], dir });

/** One row of a table, opened, alone. */
export const rowTarget = (table: TableId, id: string): ViewState => ({
  ...DEFAULT_STATE,
  table,
  open: id,
});

/** One pair (a matrix cell): the data paths from `from` to `to`, with the filters. */
export const pairTarget = (state: ViewState, from: EndpointId, to: EndpointId): ViewState => ({
  ...state,
  view: 'explorer',
  table: 'paths',
  from,
  to,
  open: null,
});

/**
 * A map arrow: its pair. One the filters keep opens with the filters, so the explorer shows
 * exactly the rows that were highlighted; a faded one opens without them (it would show no row).
 */
export function edgeTarget(edge: MapEdge, map: RoleMap, state: ViewState): ViewState {
  const base = !map.filtered || edge.matching.length > 0 ? state : DEFAULT_STATE;
  return pairTarget(base, edge.from, edge.to);
}

/** A map box: the role filter (either end), with the filters if it has matching paths. */
export function nodeTarget(node: MapNode, map: RoleMap, state: ViewState): ViewState {
  const base = !map.filtered || node.matched ? state : DEFAULT_STATE;
  return {
    ...tabTarget(base, 'explorer', 'paths'),
    roles: [node.id],
    dir: 'any',
    from: null,
    to: null,
  };
}
