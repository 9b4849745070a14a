// The role map's model: one node per endpoint, one edge per source → destination pair, each edge
// knowing which of its paths the current filters keep. Drawn by features/map; pure here.
import type { DataPath, EndpointId } from '../catalog/schema.ts';
import { ENDPOINT_IDS } from '../catalog/ids.ts';
import type { EncryptionClass } from '../filters/filter-values.ts';
import type { Plan } from '../plan/plan-types.ts';
import { shapeOf, type EdgeShape } from './map-geometry.ts';
import { EDGE_BENDS, NODE_PLACES, type NodePlace } from './map-layout.ts';
import {
  groupByPair,
  pairKey,
  pairPlan,
  weakestEncryption,
  type PairKey,
  type Planning,
} from './pair-groups.ts';

export interface MapEdge {
  key: PairKey;
  from: EndpointId;
  to: EndpointId;
  /** Every path of the pair, in catalog order. */
  paths: DataPath[];
  /** The paths the filters keep; the edge is highlighted when there is at least one. */
  matching: DataPath[];
  /** The paths whose ports and encryption are drawn: the matching ones, or all when none match. */
  drawn: DataPath[];
  encryption: EncryptionClass;
  shape: EdgeShape;
}

export interface MapNode {
  id: EndpointId;
  place: NodePlace;
  /** At least one matching path starts or ends here. */
  matched: boolean;
  /** Data paths that start or end here, filtered or not. */
  pathCount: number;
}

export interface RoleMap {
  nodes: MapNode[];
  edges: MapEdge[];
  /** The filters leave some paths out, so the map fades what they do not keep. */
  filtered: boolean;
}

const order = (id: EndpointId) => ENDPOINT_IDS.indexOf(id);

/** Edges are listed by source, then destination, in the schema's order: the keyboard order. */
export function buildRoleMap(all: DataPath[], matchingIds: ReadonlySet<string>): RoleMap {
  const groups = groupByPair(all);
  const edges = [...groups.values()]
    .flatMap((paths): MapEdge[] => {
      const first = paths[0];
      if (!first) return [];
      const { from, to } = first;
      const matching = paths.filter((p) => matchingIds.has(p.id));
      const drawn = matching.length > 0 ? matching : paths;
      const edge: MapEdge = {
        key: pairKey(from, to),
        from,
        to,
        paths,
        matching,
        drawn,
        encryption: weakestEncryption(drawn),
        shape: shapeOf(NODE_PLACES[from], NODE_PLACES[to], {
          self: from === to,
          reversePresent: from !== to && groups.has(pairKey(to, from)),
          extraBend: EDGE_BENDS[pairKey(from, to)] ?? 0,
        }),
      };
      return [edge];
    })
    .sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to));
  const matchedEnds = new Set(
    edges.filter((e) => e.matching.length > 0).flatMap((e) => [e.from, e.to]),
  );
  const nodes = ENDPOINT_IDS.filter((id) => all.some((p) => p.from === id || p.to === id)).map(
    (id): MapNode => ({
      id,
      place: NODE_PLACES[id],
      matched: matchedEnds.has(id),
      pathCount: all.filter((p) => p.from === id || p.to === id).length,
    }),
  );
  return { nodes, edges, filtered: all.some((p) => !matchingIds.has(p.id)) };
}

/** An edge is faded when filters are set and none of its paths pass them. */
export const isFaded = (edge: MapEdge, map: RoleMap): boolean =>
  map.filtered && edge.matching.length === 0;

/**
 * The plan of each edge's drawn paths, by pair: the ports its label writes. Apart from the map's
 * shape, so the shape needs neither Setup's rules nor the environment.
 */
export const edgePlans = (map: RoleMap, planning: Planning): Map<PairKey, Plan> =>
  new Map(map.edges.map((edge) => [edge.key, pairPlan(edge.drawn, planning)]));
