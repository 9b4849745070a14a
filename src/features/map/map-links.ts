// Where a node or an arrow of the role map leads: the explorer, filtered to it.
import { DEFAULT_STATE, type ExplorerState } from '../../view/view-state.ts';
import type { MapEdge, MapNode, RoleMap } from '../../diagrams/role-map.ts';

/**
 * A pair the filters keep opens with the filters, so the explorer shows exactly the rows that
 * were highlighted; a faded pair opens without them, since with them it would show no row.
 */
export function edgeTarget(edge: MapEdge, map: RoleMap, state: ExplorerState): ExplorerState {
  const base = !map.filtered || edge.matching.length > 0 ? state : DEFAULT_STATE;
  return { ...base, view: 'explorer', table: 'paths', from: edge.from, to: edge.to, open: null };
}

/** An endpoint opens as the role filter (either end), with the filters if it has matching paths. */
export function nodeTarget(node: MapNode, map: RoleMap, state: ExplorerState): ExplorerState {
  const base = !map.filtered || node.matched ? state : DEFAULT_STATE;
  return {
    ...base,
    view: 'explorer',
    table: 'paths',
    roles: [node.id],
    dir: 'any',
    from: null,
    to: null,
    open: null,
  };
}
